package dev.forte.data;

import dev.forte.data.internal.OperationShape;
import dev.forte.schema.AuthRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A custom query or mutation, from {@code a.query()} or {@code a.mutation()}: a root field answered by a function.
 * Name it in the schema with {@code query("name", ...)} or {@code mutation("name", ...)}. Immutable; each method
 * returns a new operation and can be used once.
 *
 * <pre>{@code
 * query("todoSummary", a.query()
 *         .arguments(field("prefix", a.string()))
 *         .returns(a.ref("TodoSummary"))
 *         .handler(a.handler.function(summary))
 *         .authorization(allow -> List.of(allow.publicApiKey())))
 * }</pre>
 *
 * <p>The function receives AppSync's resolver event ({@code typeName}, {@code fieldName}, {@code arguments},
 * {@code identity}, {@code source}, {@code request}, {@code prev}) and its output becomes the field's value.
 */
public final class OperationDefinition {
    private final OperationShape shape;
    private final Set<String> used;

    OperationDefinition(OperationShape shape, Set<String> used) {
        this.shape = shape;
        this.used = Set.copyOf(used);
    }

    /**
     * Returns this operation with {@code arguments}: scalars ({@code a.string().required()}, {@code .array()}) or
     * refs to enums and custom types ({@code a.ref("Range")}, sent as the generated {@code RangeInput}).
     */
    public OperationDefinition arguments(FieldEntry... arguments) {
        return next("arguments", shape.withArguments(FieldEntry.declarations(arguments)));
    }

    /**
     * Returns this operation answering {@code type}: a scalar, {@code a.ref(...)} to an enum, custom type or model
     * (each with {@code .required()} / {@code .array()}), or an inline {@code a.enumOf(...)} or
     * {@code a.customType(...)}, named {@code <Operation>ReturnType}.
     */
    public OperationDefinition returns(FieldDefinition type) {
        return next("returns", shape.withReturns(type.shape()));
    }

    /**
     * Returns this operation with its own rules, which replace the schema's for it. Custom operation rules take no
     * {@code .to(...)}.
     */
    public OperationDefinition authorization(Function<OperationAllow, List<? extends AuthorizationRule>> rules) {
        List<AuthRule> declared = AuthorizationRule.rules(rules.apply(new OperationAllow()));
        if (declared.stream().anyMatch(rule -> !rule.operations().isEmpty())) {
            throw new SchemaException("A custom operation's rule takes no `.to(...)`: it grants the whole"
                    + " operation. Remove `.to(...)` from the rules of `a.query()` / `a.mutation()`.");
        }
        return next("authorization", shape.withAuthorization(declared));
    }

    /** Returns this operation answered by {@code handler}, {@code a.handler.function(fn)}. */
    public OperationDefinition handler(FunctionHandlerDefinition handler) {
        return next("handler", shape.withHandler(handler.handler()));
    }

    OperationShape shape() {
        return shape;
    }

    private OperationDefinition next(String modifier, OperationShape changed) {
        if (used.contains(modifier)) {
            throw new SchemaException("`." + modifier + "(...)` is called twice on the same custom operation."
                    + " Call it once with everything it should declare.");
        }
        Set<String> nowUsed = new HashSet<>(used);
        nowUsed.add(modifier);
        return new OperationDefinition(changed, nowUsed);
    }
}
