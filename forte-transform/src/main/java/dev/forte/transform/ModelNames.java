package dev.forte.transform;

import dev.forte.schema.DataSchema;
import dev.forte.schema.Model;
import dev.forte.transform.internal.AmplifyNames;
import dev.forte.transform.internal.RelationshipBindings;
import dev.forte.transform.internal.ResolvedIndex;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names Amplify derives for a model, for code generators that must agree with the transform: the plural
 * ({@code Todo} → {@code Todos}) and the secondary indexes with their default names and query fields.
 *
 * <pre>{@code
 * ModelNames.pluralName("Person");           // "People"
 * ModelNames.indexes(product).get(0).name();  // "productsByName" unless the index was given a name
 * }</pre>
 */
public final class ModelNames {
    private ModelNames() {}

    /** Returns the plural Amplify uses for {@code modelName}, e.g. {@code Todos}, {@code AllScalars}. */
    public static String pluralName(String modelName) {
        return AmplifyNames.plural(modelName);
    }

    /** Returns the model's secondary indexes in the order Amplify processes them, with defaults applied. */
    public static List<Index> indexes(Model model) {
        return ResolvedIndex.of(model).stream().map(index -> {
            List<String> fields = new ArrayList<>(List.of(index.partitionKey()));
            fields.addAll(index.sortKeys());
            return new Index(index.name(), index.queryField(), fields);
        }).toList();
    }

    /**
     * Returns one binding per relationship field of {@code schema}, in model and field order, as
     * {@link TransformResult#relationships()} holds them (with the GSI each parent-side field queries).
     */
    public static List<RelationshipBinding> relationships(DataSchema schema) {
        return RelationshipBindings.of(schema);
    }

    /**
     * A secondary index as Amplify names it.
     *
     * @param name the declared or default name, e.g. {@code productsByCategoryAndPrice}
     * @param queryField the query field, e.g. {@code listProductByCategoryAndPrice}; null when disabled
     * @param fields the partition key, then the sort keys
     */
    public record Index(String name, @Nullable String queryField, List<String> fields) {
        public Index {
            fields = List.copyOf(fields);
        }
    }
}
