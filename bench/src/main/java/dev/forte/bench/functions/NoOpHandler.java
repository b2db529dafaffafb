package dev.forte.bench.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The function of the invoke scenarios: reads a small event, does nothing with it, answers a constant map. */
public final class NoOpHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final Map<String, Object> ANSWER = Map.of("ok", true);

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return ANSWER;
    }
}
