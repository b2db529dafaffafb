package dev.forte.functions.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class Thrower implements RequestHandler<Object, String> {
    @Override
    public String handleRequest(Object event, Context context) {
        throw new IllegalStateException("The todo list is full");
    }
}
