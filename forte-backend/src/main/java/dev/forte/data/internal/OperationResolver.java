package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.data.internal.EntryShape.OperationEntry;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.Field;
import dev.forte.schema.FunctionHandler;
import dev.forte.schema.OperationType;
import dev.forte.schema.Scalar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves the custom operations of {@code a.schema(...)}: names, arguments, return types and handlers. */
final class OperationResolver {
    /** Amplify's {@code EventInvocationResponse}, added to a schema with an {@code .async()} operation. */
    static final CustomType EVENT_INVOCATION_RESPONSE = new CustomType(CustomOperation.EVENT_INVOCATION_RESPONSE,
            List.of(new Field("success", Scalar.BOOLEAN, true, false, false, null, List.of())));

    private final FieldResolver fields;
    private final Set<String> names = new HashSet<>();

    OperationResolver(FieldResolver fields) {
        this.fields = fields;
    }

    CustomOperation resolve(OperationEntry entry) {
        String name = entry.name();
        OperationShape shape = entry.operation();
        GraphqlNames.require(name, "Custom operation name");
        if (!names.add(shape.type().graphqlTypeName() + "." + name)) {
            throw new SchemaException("Custom operation `" + name + "` is declared twice on type "
                    + shape.type().graphqlTypeName() + ". Remove one or rename it.");
        }
        FunctionHandler handler = shape.handler();
        if (handler == null) {
            throw new SchemaException(missingRuleOrHandler(name));
        }
        Owner owner = Owner.operation(name);
        List<Field> arguments = fields.resolveArguments(owner, shape.arguments());
        return new CustomOperation(name, shape.type(), arguments, returns(owner, shape, handler),
                shape.authorization(), handler);
    }

    /** Amplify's message for an operation without rules (its own or the schema's) or without a handler. */
    static String missingRuleOrHandler(String operation) {
        return "Custom operation " + operation + " requires both an authorization rule and a handler reference";
    }

    static boolean anyAsync(List<CustomOperation> operations) {
        return operations.stream().anyMatch(operation -> operation.handler().async());
    }

    private Field returns(Owner owner, OperationShape shape, FunctionHandler handler) {
        if (handler.async()) {
            return Field.of(owner.name(), new CustomTypeRef(CustomOperation.EVENT_INVOCATION_RESPONSE));
        }
        FieldShape returns = shape.returns();
        if (returns == null) {
            String entry = shape.type() == OperationType.QUERY ? "a.query()" : "a.mutation()";
            throw new SchemaException(owner.describe() + " has no return type. Add `.returns(...)` to `" + entry
                    + "`, e.g. `.returns(a.string())` or `.returns(a.ref(\"Todo\"))`.");
        }
        return fields.resolveReturn(owner, returns);
    }
}
