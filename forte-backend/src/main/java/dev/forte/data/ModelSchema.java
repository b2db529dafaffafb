package dev.forte.data;

import dev.forte.data.internal.EntryShape;
import dev.forte.data.internal.SchemaResolver;
import dev.forte.schema.AuthRule;
import dev.forte.schema.DataSchema;
import java.util.List;
import java.util.function.Function;

/**
 * A data schema, from {@code a.schema(...)}: checked when it is built, and once more (for authorization) by
 * {@code defineData}. Immutable.
 *
 * <pre>{@code
 * var schema = a.schema(model("Todo", a.model(field("name", a.string()))))
 *         .authorization(allow -> List.of(allow.publicApiKey()));
 * }</pre>
 */
public final class ModelSchema {
    private final DataSchema declared;
    private final boolean authorized;

    ModelSchema(List<EntryShape> entries) {
        this(SchemaResolver.resolve(entries), false);
    }

    private ModelSchema(DataSchema declared, boolean authorized) {
        this.declared = declared;
        this.authorized = authorized;
    }

    /**
     * Returns this schema with rules for every model that has none of its own. Can be used once.
     *
     * @throws SchemaException if the schema already has rules
     */
    public ModelSchema authorization(Function<SchemaAllow, List<? extends SchemaAuthorization>> rules) {
        if (authorized) {
            throw new SchemaException("`.authorization(...)` is called twice on the schema. Call it once with"
                    + " every schema-level rule.");
        }
        List<AuthRule> authRules = rules.apply(new SchemaAllow()).stream()
                .map(rule -> ((AuthorizationRule) rule).rule()).toList();
        return new ModelSchema(new DataSchema(declared.models(), declared.enums(), declared.customTypes(),
                authRules, declared.resourceGrants()), true);
    }

    /**
     * Returns the schema model the transform and server read.
     *
     * @throws SchemaException if a model has no rules at model or schema level
     */
    public DataSchema toDataSchema() {
        SchemaResolver.requireAuthorization(declared);
        return declared;
    }
}
