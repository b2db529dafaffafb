package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.SecondaryIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks on secondary indexes: key fields, names, and query fields that must not clash on {@code Query}. */
final class IndexChecks {

    private IndexChecks() {}

    /** Checks the indexes of one model. */
    static void check(Model model) {
        Set<String> names = new HashSet<>();
        for (SecondaryIndex index : model.secondaryIndexes()) {
            checkKeys(model, index);
            if (index.name() != null && !names.add(index.name())) {
                throw new SchemaException(describe(model, index) + ": another index of the model is also named `"
                        + index.name() + "`. Give each index a distinct `.name(...)`.");
            }
            if (index.queryField() != null) {
                GraphqlNames.require(index.queryField(), describe(model, index) + " query field");
            }
        }
    }

    /** Returns {@code list<Model>By<Pk>And<Sk>…}, the query field Amplify gives an index without one. */
    static String defaultQueryField(Model model, SecondaryIndex index) {
        StringBuilder name = new StringBuilder("list").append(model.name()).append("By")
                .append(GraphqlNames.capitalize(index.partitionKey()));
        index.sortKeys().forEach(key -> name.append("And").append(GraphqlNames.capitalize(key)));
        return name.toString();
    }

    /** Throws if two indexes get the same query field, or one takes a model's {@code get<Model>} query. */
    static void checkQueryFields(List<Model> models) {
        Map<String, String> taken = new HashMap<>();
        models.forEach(m -> taken.put("get" + m.name(), "the get query of model `" + m.name() + "`"));
        for (Model model : models) {
            for (SecondaryIndex index : model.secondaryIndexes()) {
                if (index.queryDisabled()) {
                    continue;
                }
                String field = index.queryField() != null ? index.queryField() : defaultQueryField(model, index);
                String earlier = taken.putIfAbsent(field, describe(model, index));
                if (earlier != null) {
                    throw new SchemaException(describe(model, index) + ": its query field `" + field
                            + "` is already taken by " + earlier + ". Give the index a distinct `.queryField(...)`"
                            + " or use `.noQueryField()`.");
                }
            }
        }
    }

    private static void checkKeys(Model model, SecondaryIndex index) {
        List<String> keys = new ArrayList<>();
        keys.add(index.partitionKey());
        keys.addAll(index.sortKeys());
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new SchemaException(describe(model, index) + ": the keys " + keys + " name a field twice. Name"
                    + " each key field once.");
        }
        keys.forEach(key -> checkKey(model, index, key));
    }

    private static void checkKey(Model model, SecondaryIndex index, String key) {
        Field field = ModelChecks.fieldOrImplicit(model, key).orElseThrow(() -> new SchemaException(
                describe(model, index) + ": key field `" + key + "` is not a field of the model. Declare it or fix"
                        + " the name."));
        if (field.isRelationship()) {
            throw new SchemaException(describe(model, index) + ": key field `" + key + "` is a relationship."
                    + " Index its reference field instead.");
        }
        if (field.array() || field.type() instanceof CustomTypeRef) {
            throw new SchemaException(describe(model, index) + ": key field `" + key + "` is " + (field.array()
                    ? "an array" : "a custom type") + ". Index keys must be single scalar or enum fields.");
        }
    }

    private static String describe(Model model, SecondaryIndex index) {
        return "Model `" + model.name() + "` secondary index on `" + index.partitionKey() + "`";
    }
}
