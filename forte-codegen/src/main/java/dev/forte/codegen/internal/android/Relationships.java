package dev.forte.codegen.internal.android;

import dev.forte.codegen.internal.android.Connection.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves {@code @hasMany}, {@code @hasOne} and {@code @belongsTo} (with {@code references}, as Gen 2 writes them)
 * the way Amplify's Java generator does with custom primary keys on: a has-many or has-one points to the other side's
 * belongs-to field; a belongs-to takes over its reference fields, which leave the model unless they are part of its
 * own primary key; a model-typed field without a relationship is dropped.
 */
final class Relationships {
    private static final Set<String> RELATIONSHIPS = Set.of("hasOne", "hasMany", "belongsTo");

    private final Map<String, TypeShape> models;

    private Relationships(Map<String, TypeShape> models) {
        this.models = new LinkedHashMap<>(models);
    }

    static Map<String, TypeShape> resolve(Map<String, TypeShape> models) {
        Relationships relationships = new Relationships(models);
        models.keySet().forEach(relationships::connect);
        models.keySet().forEach(relationships::dropReferenceFields);
        return relationships.models;
    }

    private void connect(String modelName) {
        TypeShape model = models.get(modelName);
        List<FieldShape> fields = new ArrayList<>();
        for (FieldShape field : model.fields()) {
            Optional<Directive> relationship = field.directives().stream()
                    .filter(d -> RELATIONSHIPS.contains(d.name())).findFirst();
            fields.add(relationship.isEmpty() ? field : field.withConnection(connection(model, field, relationship.get())));
        }
        List<FieldShape> kept = fields.stream()
                .filter(f -> f.connection() != null || !models.containsKey(f.type())).toList();
        models.put(modelName, models.get(modelName).withFields(kept));
    }

    private Connection connection(TypeShape model, FieldShape field, Directive directive) {
        TypeShape other = otherSide(model, field, directive);
        List<String> references = directive.strings("references");
        if (references.isEmpty()) {
            throw new IllegalArgumentException(where(model, field, directive) + " has no `references`: give the"
                    + " fields that hold the related key, as Gen 2's a." + directive.name() + "(...) does.");
        }
        return switch (directive.name()) {
            case "hasMany" -> parentSide(Kind.HAS_MANY, model, field, directive, other);
            case "hasOne" -> parentSide(Kind.HAS_ONE, model, field, directive, other);
            default -> childSide(model, field, directive, other);
        };
    }

    private TypeShape otherSide(TypeShape model, FieldShape field, Directive directive) {
        TypeShape other = models.get(field.type());
        if (other == null) {
            throw new IllegalArgumentException(where(model, field, directive) + " refers to `" + field.type()
                    + "`, which is not a model.");
        }
        boolean listExpected = directive.name().equals("hasMany");
        if (field.list() != listExpected) {
            throw new IllegalArgumentException(where(model, field, directive)
                    + (listExpected ? " must be a list type." : " must not be a list type."));
        }
        return other;
    }

    /** A has-many or has-one: associated with the other side's field whose directive has the same references. */
    private Connection parentSide(Kind kind, TypeShape model, FieldShape field, Directive directive, TypeShape other) {
        tagFieldNames(other.name());
        List<String> references = directive.strings("references");
        FieldShape backReference = other.fields().stream()
                .filter(f -> f.directives().stream().anyMatch(d -> d.strings("references").equals(references)
                        && d.has("references")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where(model, field, directive) + ": no @belongsTo with"
                        + " references " + references + " in `" + other.name() + "`; add the belongs-to side."));
        references.forEach(reference -> requireField(other, reference, model, field, directive));
        return new Connection(kind, other.name(), backReference.name(), List.of());
    }

    /** A belongs-to: must match a has-one or has-many of the other side with the same references. */
    private Connection childSide(TypeShape model, FieldShape field, Directive directive, TypeShape other) {
        tagFieldNames(other.name());
        List<String> references = directive.strings("references");
        boolean matched = other.fields().stream().anyMatch(f -> f.type().equals(model.name())
                && f.directives().stream().anyMatch(d -> isParentDirective(d, f) && d.strings("references")
                        .equals(references)));
        if (!matched) {
            throw new IllegalArgumentException(where(model, field, directive) + ": no @hasOne or @hasMany with"
                    + " references " + references + " in `" + other.name() + "`; add the parent side.");
        }
        references.forEach(reference -> requireField(model, reference, model, field, directive));
        return new Connection(Kind.BELONGS_TO, other.name(), "", references);
    }

    private static boolean isParentDirective(Directive directive, FieldShape field) {
        return (directive.name().equals("hasOne") && !field.list()) || (directive.name().equals("hasMany") && field.list());
    }

    /** Removes a belongs-to's reference fields that are not part of the model's own primary key. */
    private void dropReferenceFields(String modelName) {
        TypeShape model = models.get(modelName);
        List<String> keyFields = model.key().fields();
        List<String> dropped = model.fields().stream()
                .filter(f -> f.connection() != null && f.connection().kind() == Kind.BELONGS_TO)
                .filter(f -> !f.connection().targetName().equals("id"))
                .flatMap(f -> f.connection().targetNames().stream())
                .filter(name -> !keyFields.contains(name))
                .toList();
        models.put(modelName, model.withFields(model.fields().stream()
                .filter(f -> !dropped.contains(f.name())).toList()));
    }

    private void tagFieldNames(String modelName) {
        models.put(modelName, models.get(modelName).withFieldNamesOnDirectives());
    }

    private static void requireField(TypeShape holder, String name, TypeShape model, FieldShape field, Directive d) {
        if (holder.field(name).isEmpty()) {
            throw new IllegalArgumentException(where(model, field, d) + ": reference field `" + name
                    + "` is not a field of `" + holder.name() + "`; declare it.");
        }
    }

    private static String where(TypeShape model, FieldShape field, Directive directive) {
        return "@" + directive.name() + " on `" + model.name() + "." + field.name() + "`";
    }
}
