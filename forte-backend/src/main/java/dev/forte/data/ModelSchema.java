package dev.forte.data;

import dev.forte.data.internal.EntryShape;
import dev.forte.data.internal.EntryShape.ModelEntry;
import dev.forte.data.internal.SchemaResolver;
import dev.forte.schema.AuthRule;
import dev.forte.schema.DataSchema;
import dev.forte.schema.ResourceGrant;
import dev.forte.schema.ResourceOperation;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final List<String> modelsGrantingFunctionAccess;
    private final boolean authorized;

    ModelSchema(List<EntryShape> entries) {
        this(SchemaResolver.resolve(entries), modelsGrantingFunctionAccess(entries), false);
    }

    private ModelSchema(DataSchema declared, List<String> modelsGrantingFunctionAccess, boolean authorized) {
        this.declared = declared;
        this.modelsGrantingFunctionAccess = modelsGrantingFunctionAccess;
        this.authorized = authorized;
    }

    /**
     * Returns this schema with rules for every model that has none of its own, and the functions granted
     * access with {@code allow.resource(fn)}. Can be used once.
     *
     * @throws SchemaException if the schema already has rules
     */
    public ModelSchema authorization(Function<SchemaAllow, List<? extends SchemaAuthorization>> rules) {
        if (authorized) {
            throw new SchemaException("`.authorization(...)` is called twice on the schema. Call it once with"
                    + " every schema-level rule.");
        }
        List<? extends SchemaAuthorization> declaredRules = rules.apply(new SchemaAllow());
        List<AuthRule> authRules = declaredRules.stream().filter(AuthorizationRule.class::isInstance)
                .map(rule -> ((AuthorizationRule) rule).rule()).toList();
        return new ModelSchema(declared.withAuthorization(authRules, grants(declaredRules)),
                modelsGrantingFunctionAccess, true);
    }

    /**
     * Returns the schema model the transform and server read.
     *
     * @throws SchemaException if a model grants function access, or a model or custom operation has no rules at
     *     its own or schema level
     */
    public DataSchema toDataSchema() {
        if (!modelsGrantingFunctionAccess.isEmpty()) {
            throw new SchemaException("Model `" + modelsGrantingFunctionAccess.get(0) + "`: function access can"
                    + " only be configured on the schema object. Move `allow.resource(fn)` to"
                    + " `a.schema(...).authorization(...)`.");
        }
        SchemaResolver.requireAuthorization(declared);
        return declared;
    }

    /** Merges the grants of one function (Amplify adds up their policies), keeping declaration order. */
    private static List<ResourceGrant> grants(List<? extends SchemaAuthorization> rules) {
        Map<String, Set<ResourceOperation>> operations = new LinkedHashMap<>();
        rules.stream().filter(ResourceAuthorization.class::isInstance)
                .map(rule -> ((ResourceAuthorization) rule).grant())
                .forEach(grant -> operations.computeIfAbsent(grant.functionName(),
                        name -> EnumSet.noneOf(ResourceOperation.class)).addAll(grant.operations()));
        return operations.entrySet().stream().map(e -> new ResourceGrant(e.getKey(), e.getValue())).toList();
    }

    private static List<String> modelsGrantingFunctionAccess(List<EntryShape> entries) {
        return entries.stream().filter(ModelEntry.class::isInstance).map(ModelEntry.class::cast)
                .filter(entry -> entry.model().grantsFunctionAccess()).map(ModelEntry::name).toList();
    }
}
