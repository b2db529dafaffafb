package dev.forte.server.internal.storage;

import dev.forte.ForteException;
import dev.forte.schema.AuthRule;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of one model: its columns, primary key and secondary indexes. The migrator records these in the
 * meta table, so the next start can tell which changes are additive.
 *
 * @param columns column name to kind, in table order
 */
record TableLayout(String model, Map<String, ColumnKind> columns, List<String> primaryKey, List<IndexLayout> indexes) {

    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";

    TableLayout {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
    }

    /** Returns the table of every model of {@code schema}, in declaration order. */
    static List<TableLayout> of(DataSchema schema) {
        return schema.models().stream()
                .map(model -> of(model, schema.effectiveRules(model), IndexLayout.relationshipIndexes(schema, model)))
                .toList();
    }

    /** Returns the table of {@code model}, whose {@code rules} may add owner and group fields it does not declare. */
    static TableLayout of(Model model, List<AuthRule> rules) {
        return of(model, rules, List.of());
    }

    /**
     * Returns the table of {@code model} with its secondary indexes and {@code relationshipIndexes}, the indexes its
     * parents' {@code hasMany} and {@code hasOne} fields query it by.
     */
    static TableLayout of(Model model, List<AuthRule> rules, List<IndexLayout> relationshipIndexes) {
        Map<String, ColumnKind> columns = new LinkedHashMap<>();
        if (model.hasDefaultIdentifier()) {
            columns.put(Model.DEFAULT_IDENTIFIER, ColumnKind.TEXT);
        }
        for (Field field : model.storedFields()) {
            columns.put(field.name(), ColumnKind.of(field));
        }
        List<AuthRule> allRules = new ArrayList<>(rules);
        model.fields().forEach(field -> allRules.addAll(field.authorization()));
        for (AuthRule rule : allRules) {
            if (rule.field() != null) {
                columns.putIfAbsent(rule.field(), rule.multiple() ? ColumnKind.LIST : ColumnKind.TEXT);
            }
        }
        columns.putIfAbsent(CREATED_AT, ColumnKind.TEXT);
        columns.putIfAbsent(UPDATED_AT, ColumnKind.TEXT);
        List<IndexLayout> indexes = new ArrayList<>();
        model.secondaryIndexes().forEach(index -> indexes.add(IndexLayout.of(model.name(), index)));
        indexes.addAll(relationshipIndexes);
        TableLayout table = new TableLayout(model.name(), columns, model.identifier(), indexes);
        table.checkKeyFields();
        return table;
    }

    private void checkKeyFields() {
        for (String key : primaryKey) {
            requireColumn(key, "its identifier");
        }
        for (IndexLayout index : indexes) {
            index.fields().forEach(key -> requireColumn(key, "its index `" + index.name() + "`"));
        }
    }

    private void requireColumn(String field, String usage) {
        if (!columns.containsKey(field)) {
            throw new ForteException("Model `" + model + "`: " + usage + " names the field `" + field
                    + "`, which the model does not declare. Declare the field or fix the key.");
        }
    }

    String table() {
        return SqlNames.quote(model);
    }

    IndexLayout primaryKeyIndex() {
        return IndexLayout.primaryKey(primaryKey);
    }

    Optional<ColumnKind> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /**
     * Returns the index called {@code name}. A default name Amplify pluralised differently from us still
     * matches by its {@code By<Key>And<Key>} suffix.
     */
    IndexLayout index(String name) {
        return indexes.stream().filter(i -> i.name().equals(name)).findFirst()
                .or(() -> uniqueIndexBySuffix(name))
                .orElseThrow(() -> new ForteException("Model `" + model + "` has no index named `" + name + "`; it has "
                        + indexes.stream().map(IndexLayout::name).toList() + "."));
    }

    private Optional<IndexLayout> uniqueIndexBySuffix(String name) {
        List<IndexLayout> matches = indexes.stream().filter(i -> name.endsWith(i.keySuffix())).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
