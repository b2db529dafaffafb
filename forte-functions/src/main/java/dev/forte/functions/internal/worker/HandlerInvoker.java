package dev.forte.functions.internal.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A loaded {@code RequestHandler<I, O>}: reads the event as {@code I} and writes the output as JSON, with Jackson
 * configured as Lambda's Java runtime configures it (unknown properties are ignored).
 */
final class HandlerInvoker {
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final RequestHandler<@Nullable Object, @Nullable Object> handler;
    private final JavaType inputType;

    private HandlerInvoker(RequestHandler<@Nullable Object, @Nullable Object> handler, JavaType inputType) {
        this.handler = handler;
        this.inputType = inputType;
    }

    /** Loads {@code handlerName}, a class name optionally followed by {@code ::handleRequest} as Lambda allows. */
    @SuppressWarnings("unchecked")
    static HandlerInvoker load(String handlerName) throws ReflectiveOperationException {
        String className = handlerName.contains("::") ? handlerName.substring(0, handlerName.indexOf("::")) : handlerName;
        Class<?> handlerClass = Class.forName(className);
        if (!RequestHandler.class.isAssignableFrom(handlerClass)) {
            throw new ClassCastException("Class " + className + " does not implement "
                    + RequestHandler.class.getName() + "; make it implement RequestHandler<I, O>.");
        }
        JavaType[] typeArguments = JSON.getTypeFactory().constructType(handlerClass)
                .findTypeParameters(RequestHandler.class);
        JavaType input = typeArguments.length == 2 ? typeArguments[0] : JSON.constructType(Object.class);
        Object instance = handlerClass.getDeclaredConstructor().newInstance();
        return new HandlerInvoker((RequestHandler<@Nullable Object, @Nullable Object>) instance, input);
    }

    byte[] invoke(byte[] event, Context context) throws IOException {
        @Nullable Object input = event.length == 0 ? null : JSON.readValue(event, inputType);
        return JSON.writeValueAsBytes(handler.handleRequest(input, context));
    }

    /** Reads {@code event} as a map and writes it back, loading what {@link #invoke} uses (for the class archive). */
    static byte[] train(byte[] event) throws IOException {
        JavaType input = JSON.getTypeFactory().constructMapType(java.util.Map.class, String.class, Object.class);
        return JSON.writeValueAsBytes(JSON.readValue(event, input));
    }

    static byte[] errorDocument(Throwable error) {
        var document = JSON.createObjectNode()
                .put("errorMessage", error.getMessage())
                .put("errorType", error.getClass().getName());
        var stackTrace = document.putArray("stackTrace");
        for (StackTraceElement frame : error.getStackTrace()) {
            stackTrace.add(frame.toString());
        }
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }
}
