package dev.forte.functions.internal.worker;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@link Context} a handler receives, filled from the worker's environment and the invocation's headers. */
final class WorkerContext implements Context {
    private static final LambdaLogger STANDARD_OUTPUT = new StandardOutputLogger();

    private final Map<String, String> environment;
    private final RuntimeApiClient.NextInvocation invocation;

    WorkerContext(Map<String, String> environment, RuntimeApiClient.NextInvocation invocation) {
        this.environment = environment;
        this.invocation = invocation;
    }

    @Override
    public String getAwsRequestId() {
        return invocation.requestId();
    }

    @Override
    public String getLogGroupName() {
        return environment.getOrDefault("AWS_LAMBDA_LOG_GROUP_NAME", "");
    }

    @Override
    public String getLogStreamName() {
        return environment.getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME", "");
    }

    @Override
    public String getFunctionName() {
        return environment.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "");
    }

    @Override
    public String getFunctionVersion() {
        return environment.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    }

    @Override
    public String getInvokedFunctionArn() {
        return invocation.functionArn();
    }

    @Override
    public @Nullable CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public @Nullable ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, invocation.deadlineMs() - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return Integer.parseInt(environment.getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "0"));
    }

    @Override
    public LambdaLogger getLogger() {
        return STANDARD_OUTPUT;
    }

    @Override
    public String getXrayTraceId() {
        return invocation.traceId();
    }

    /** Writes each message as a line of standard output, which the host prefixes with the function's name. */
    private static final class StandardOutputLogger implements LambdaLogger {
        @Override
        public void log(String message) {
            System.out.println(message);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }
    }
}
