package dev.forte.functions.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.Map;

public class EnvironmentReader implements RequestHandler<Object, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Object event, Context context) {
        var seen = new HashMap<String, Object>(System.getenv());
        seen.put("context.functionName", context.getFunctionName());
        seen.put("context.memoryLimitInMB", context.getMemoryLimitInMB());
        seen.put("context.remainingTimeInMillis", context.getRemainingTimeInMillis());
        seen.put("context.awsRequestId", context.getAwsRequestId());
        seen.put("context.invokedFunctionArn", context.getInvokedFunctionArn());
        seen.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        seen.put("pid", ProcessHandle.current().pid());
        return seen;
    }
}
