package dev.forte.data.internal;

import dev.forte.schema.AuthRule;
import dev.forte.schema.FunctionHandler;
import dev.forte.schema.OperationType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A custom operation as the builder recorded it: {@code a.query()} or {@code a.mutation()} and its chained calls. */
public record OperationShape(
        OperationType type,
        List<FieldDeclaration> arguments,
        @Nullable FieldShape returns,
        List<AuthRule> authorization,
        @Nullable FunctionHandler handler) {

    public OperationShape {
        arguments = List.copyOf(arguments);
        authorization = List.copyOf(authorization);
    }

    /** Returns an operation of {@code type} with nothing declared yet. */
    public static OperationShape of(OperationType type) {
        return new OperationShape(type, List.of(), null, List.of(), null);
    }

    public OperationShape withArguments(List<FieldDeclaration> declared) {
        return new OperationShape(type, declared, returns, authorization, handler);
    }

    public OperationShape withReturns(FieldShape returnType) {
        return new OperationShape(type, arguments, returnType, authorization, handler);
    }

    public OperationShape withAuthorization(List<AuthRule> rules) {
        return new OperationShape(type, arguments, returns, rules, handler);
    }

    public OperationShape withHandler(FunctionHandler functionHandler) {
        return new OperationShape(type, arguments, returns, authorization, functionHandler);
    }
}
