package dev.forte.functions.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class Exiter implements RequestHandler<Integer, Long> {
    @Override
    public Long handleRequest(Integer status, Context context) {
        if (status != 0) {
            System.exit(status);
        }
        return ProcessHandle.current().pid();
    }
}
