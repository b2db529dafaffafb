package dev.forte.functions.internal.worker;

import java.io.IOException;
import java.util.Map;

/**
 * The worker JVM's main: loads the handler named by {@code _HANDLER}, then loops over the Runtime API at
 * {@code AWS_LAMBDA_RUNTIME_API} until the host goes away.
 */
public final class WorkerMain {
    private WorkerMain() {}

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        var api = new RuntimeApiClient(environment.get("AWS_LAMBDA_RUNTIME_API"));
        HandlerInvoker handler = loadOrReport(api, environment.get("_HANDLER"));
        try {
            while (true) {
                handleNext(api, handler, environment);
            }
        } catch (IOException e) {
            System.err.println("Lost the Runtime API (" + e.getMessage() + "); the worker stops.");
            System.exit(1);
        }
    }

    private static void handleNext(RuntimeApiClient api, HandlerInvoker handler, Map<String, String> environment)
            throws IOException {
        RuntimeApiClient.NextInvocation invocation = api.next();
        byte[] output;
        try {
            output = handler.invoke(invocation.event(), new WorkerContext(environment, invocation));
        } catch (Exception | StackOverflowError e) {
            e.printStackTrace();
            api.fail(invocation.requestId(), e.getClass().getName(), HandlerInvoker.errorDocument(e));
            return;
        }
        api.respond(invocation.requestId(), output);
    }

    private static HandlerInvoker loadOrReport(RuntimeApiClient api, String handlerName) {
        try {
            return HandlerInvoker.load(handlerName);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            System.err.println("Cannot load handler " + handlerName + ": " + e);
            try {
                api.failInit(e.getClass().getName(), HandlerInvoker.errorDocument(e));
            } catch (IOException reportFailed) {
                System.err.println("Cannot report the init error: " + reportFailed.getMessage());
            }
            System.exit(1);
            throw new AssertionError("unreachable");
        }
    }
}
