package dev.forte.cli.internal;

import dev.forte.functions.FunctionHost;
import dev.forte.functions.FunctionHostException;
import dev.forte.functions.InvocationResult;
import dev.forte.server.FunctionInvocation;
import dev.forte.server.FunctionInvocationException;
import dev.forte.server.FunctionInvoker;
import dev.forte.server.FunctionResult;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's {@link FunctionInvoker} backed by the sandbox's {@link FunctionHost}. The server starts first (the
 * host's workers need its endpoint and credentials), so the host is attached once it runs; until then, and after
 * it closed, invocations fail with a message saying so.
 */
public final class HostedFunctionInvoker implements FunctionInvoker {
    private final AtomicReference<FunctionHost> host = new AtomicReference<>();

    /** Routes invocations to {@code functions} from now on. */
    public void attach(FunctionHost functions) {
        host.set(functions);
    }

    @Override
    public FunctionResult invoke(FunctionInvocation invocation) {
        FunctionHost functions = host.get();
        if (functions == null) {
            throw new FunctionInvocationException("Function `" + invocation.functionName() + "` cannot run yet: the"
                    + " sandbox is still starting its function host. Try again in a moment.");
        }
        try {
            if (invocation.type() == FunctionInvocation.Type.EVENT) {
                functions.invokeEvent(invocation.functionName(), invocation.payloadJson());
                return FunctionResult.queued();
            }
            InvocationResult result = functions.invoke(invocation.functionName(), invocation.payloadJson());
            return new FunctionResult(result.payload(), result.functionError());
        } catch (FunctionHostException e) {
            throw new FunctionInvocationException(e.getMessage(), e);
        }
    }
}
