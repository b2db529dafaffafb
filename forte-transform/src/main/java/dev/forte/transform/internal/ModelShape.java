package dev.forte.transform.internal;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A model as Amplify's transformer sees it: its key, and its fields with the implicit ones added.
 *
 * @param rules the rules that apply to the model (its own, else the schema's)
 */
record ModelShape(Model model, List<AuthRule> rules) {
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";

    String name() {
        return model.name();
    }

    String partitionKey() {
        return model.identifier().get(0);
    }

    List<String> sortKeys() {
        return model.identifier().subList(1, model.identifier().size());
    }

    boolean isKeyField(String fieldName) {
        return !model.hasDefaultIdentifier() && model.identifier().contains(fieldName);
    }

    /**
     * Returns the user's stored fields (relationship fields left out) with the partition key made required, as
     * {@code @primaryKey} does: the fields of the inputs and filters.
     */
    List<Field> userFields() {
        return model.storedFields().stream().map(this::withKeyNullability).toList();
    }

    /**
     * Returns the fields of the AppSync model type: the user's, {@code id} for the default key, the timestamps, and
     * the owner and group fields the rules read, which the auth transformer adds last.
     */
    List<Field> typeFields() {
        List<Field> fields = new ArrayList<>(model.fields().stream().map(this::withKeyNullability).toList());
        if (model.hasDefaultIdentifier()) {
            addIfAbsent(fields, implicit(Model.DEFAULT_IDENTIFIER, Scalar.ID));
        }
        addTimestamps(fields);
        authFields().forEach(field -> addIfAbsent(fields, field));
        return fields;
    }

    /** Returns the rules of the model's fields, in field order. */
    List<AuthRule> fieldRules() {
        return model.fields().stream().flatMap(field -> field.authorization().stream()).toList();
    }

    /** Returns the owner and group fields the rules read that the model does not declare, in rule order. */
    List<Field> authFields() {
        List<AuthRule> all = new ArrayList<>(rules);
        all.addAll(fieldRules());
        Map<String, Field> fields = new LinkedHashMap<>();
        for (AuthRule rule : all) {
            String name = rule.field();
            if (name != null && !declares(name)) {
                fields.putIfAbsent(name, new Field(name, Scalar.STRING, false, rule.multiple(), false, null, List.of()));
            }
        }
        return new ArrayList<>(fields.values());
    }

    /** Returns the {@code owner: String} arguments of the subscriptions: one per owner rule that may listen. */
    List<String> subscriptionOwnerArguments() {
        Set<String> owners = new LinkedHashSet<>();
        Stream.concat(rules.stream(), fieldRules().stream())
                .filter(rule -> rule.strategy() == AuthStrategy.OWNER && rule.allows(AuthOperation.LISTEN))
                .forEach(rule -> owners.add(rule.ownerField()));
        return new ArrayList<>(owners);
    }

    /**
     * Returns the fields the filter inputs are made of: the model transformer adds {@code id} before the primary-key
     * transformer removes it from a custom-keyed type, so a filter always has {@code id}.
     */
    List<Field> filterFields() {
        List<Field> fields = new ArrayList<>(userFields());
        addIfAbsent(fields, implicit(Model.DEFAULT_IDENTIFIER, Scalar.ID));
        addTimestamps(fields);
        return fields;
    }

    /** Returns the field named {@code fieldName}, implicit {@code id} included. */
    Field field(String fieldName) {
        return typeFields().stream().filter(f -> f.name().equals(fieldName)).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Model `" + name() + "` has no field `" + fieldName + "` for its key or index"));
    }

    boolean declares(String fieldName) {
        return model.field(fieldName).isPresent();
    }

    private Field withKeyNullability(Field field) {
        if (model.hasDefaultIdentifier() || !partitionKey().equals(field.name())) {
            return field;
        }
        return new Field(field.name(), field.type(), true, false, false, null, field.authorization());
    }

    private void addTimestamps(List<Field> fields) {
        addIfAbsent(fields, implicit(CREATED_AT, Scalar.AWS_DATE_TIME));
        addIfAbsent(fields, implicit(UPDATED_AT, Scalar.AWS_DATE_TIME));
    }

    private static void addIfAbsent(List<Field> fields, Field field) {
        if (fields.stream().noneMatch(f -> f.name().equals(field.name()))) {
            fields.add(field);
        }
    }

    private static Field implicit(String name, Scalar type) {
        return new Field(name, type, true, false, false, null, List.of());
    }
}
