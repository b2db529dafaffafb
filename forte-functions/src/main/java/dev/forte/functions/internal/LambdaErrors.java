package dev.forte.functions.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.functions.InvocationResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The error documents Lambda itself returns when a function times out or its runtime exits, in Lambda's words. */
final class LambdaErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaErrors() {}

    static String timedOutMessage(String requestId, int timeoutSeconds) {
        return "RequestId: " + requestId + " Error: Task timed out after " + timeoutSeconds + ".00 seconds";
    }

    static String exitedMessage(String requestId, int exitStatus) {
        return "RequestId: " + requestId + " Error: Runtime exited with error: exit status " + exitStatus;
    }

    static String initTimedOutMessage(String requestId, long seconds) {
        return "RequestId: " + requestId + " Error: Init timed out after " + seconds + ".00 seconds";
    }

    static InvocationResult failure(String errorType, String errorMessage) {
        return InvocationResult.failure(errorDocument(errorType, errorMessage));
    }

    static String errorDocument(String errorType, String errorMessage) {
        Map<String, String> document = new LinkedHashMap<>();
        document.put("errorMessage", errorMessage);
        document.put("errorType", errorType);
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serializes", e);
        }
    }
}
