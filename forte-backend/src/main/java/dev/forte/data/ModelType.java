package dev.forte.data;

import dev.forte.data.internal.ModelShape;
import dev.forte.schema.ModelOperation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A model, from {@code a.model(field(...), ...)}: a table with a generated GraphQL API. It always gets
 * {@code id: ID!} (unless {@link #identifier} says otherwise), {@code createdAt} and {@code updatedAt}.
 * Immutable; each method returns a new model and can be used once.
 *
 * <pre>{@code
 * a.model(field("storeId", a.id().required()), field("sku", a.string().required()), field("category", a.string()))
 *         .identifier("storeId", "sku")
 *         .secondaryIndexes(index -> List.of(index.of("category").sortKeys("sku")))
 *         .disableOperations(ModelOperation.SUBSCRIPTIONS)
 *         .authorization(allow -> List.of(allow.publicApiKey()))
 * }</pre>
 */
public final class ModelType {
    private final ModelShape shape;
    private final Set<String> used;

    ModelType(ModelShape shape, Set<String> used) {
        this.shape = shape;
        this.used = Set.copyOf(used);
    }

    /** Returns this model keyed by {@code fields} (partition key first, then sort keys), all required fields. */
    public ModelType identifier(String... fields) {
        return next("identifier", shape.withIdentifier(List.of(fields)));
    }

    /** Returns this model with the secondary indexes {@code indexes} returns. */
    public ModelType secondaryIndexes(Function<IndexFactory, List<? extends ModelIndex>> indexes) {
        var declared = indexes.apply(new IndexFactory()).stream().map(ModelIndex::index).toList();
        return next("secondaryIndexes", shape.withSecondaryIndexes(declared));
    }

    /** Returns this model without {@code operations}, e.g. {@code disableOperations(MUTATIONS, ON_DELETE)}. */
    public ModelType disableOperations(ModelOperation... operations) {
        return next("disableOperations", shape.withDisabledOperations(Set.of(operations)));
    }

    /** Returns this model with its own rules, which replace the schema's rules for it (they are not merged). */
    public ModelType authorization(Function<ModelAllow, List<? extends AuthorizationRule>> rules) {
        List<? extends AuthorizationRule> declared = rules.apply(new ModelAllow());
        if (ResourceAuthorization.anyIn(declared)) {
            return next("authorization", shape.withFunctionAccess());
        }
        return next("authorization", shape.withAuthorization(AuthorizationRule.rules(declared)));
    }

    ModelShape shape() {
        return shape;
    }

    private ModelType next(String modifier, ModelShape changed) {
        if (used.contains(modifier)) {
            throw new SchemaException("`." + modifier + "(...)` is called twice on the same model. Call it once"
                    + " with everything it should declare.");
        }
        Set<String> nowUsed = new HashSet<>(used);
        nowUsed.add(modifier);
        return new ModelType(changed, nowUsed);
    }
}
