package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The checks on one resolved model: the fields Amplify adds itself, and the identifier. */
final class ModelChecks {
    private static final List<String> TIMESTAMPS = List.of("createdAt", "updatedAt");

    private ModelChecks() {}

    static void check(Model model) {
        checkTimestamps(model);
        checkIdentifier(model);
        IndexChecks.check(model);
    }

    /** Returns the field {@code name} of {@code model}, including the implicit {@code id} and timestamps. */
    static Optional<Field> fieldOrImplicit(Model model, String name) {
        Optional<Field> declared = model.field(name);
        if (declared.isPresent()) {
            return declared;
        }
        if (TIMESTAMPS.contains(name)) {
            return Optional.of(new Field(name, Scalar.AWS_DATE_TIME, true, false, false, null, List.of()));
        }
        return implicitId(model, name);
    }

    private static Optional<Field> implicitId(Model model, String name) {
        boolean implicit = name.equals(Model.DEFAULT_IDENTIFIER) && model.hasDefaultIdentifier();
        return implicit ? Optional.of(new Field(name, Scalar.ID, true, false, false, null, List.of())) : Optional.empty();
    }

    private static void checkTimestamps(Model model) {
        for (String name : TIMESTAMPS) {
            model.field(name).filter(f -> f.type() != Scalar.AWS_DATE_TIME || f.array()).ifPresent(f -> {
                throw new SchemaException("Model `" + model.name() + "` field `" + name + "`: the API sets `" + name
                        + "` itself as an AWSDateTime. Declare it as `a.datetime()` or rename the field.");
            });
        }
    }

    private static void checkIdentifier(Model model) {
        List<String> identifier = model.identifier();
        if (identifier.isEmpty()) {
            throw new SchemaException("Model `" + model.name() + "`: `.identifier()` needs at least one field, e.g."
                    + " `.identifier(\"id\")`.");
        }
        if (new HashSet<>(identifier).size() != identifier.size()) {
            throw new SchemaException("Model `" + model.name() + "`: the identifier " + identifier
                    + " names a field twice. Name each key field once.");
        }
        identifier.forEach(name -> checkIdentifierField(model, name));
    }

    private static void checkIdentifierField(Model model, String name) {
        Optional<Field> declared = model.field(name);
        declared.filter(f -> f.name().equals(Model.DEFAULT_IDENTIFIER) && model.hasDefaultIdentifier())
                .ifPresent(id -> checkDeclaredId(model, id));
        Field field = declared.or(() -> implicitId(model, name)).orElseThrow(() -> new SchemaException("Model `"
                + model.name() + "`: identifier field `" + name + "` is not a field of the model. Declare it, e.g."
                + " field(\"" + name + "\", a.id().required()), or fix the name."));
        if (!field.required() || field.array()) {
            throw new SchemaException("Model `" + model.name() + "`: Invalid identifier definition. Field " + name
                    + " cannot be used in the identifier. Identifiers must reference required or DB-generated"
                    + " fields) Make the field required with `.required()` (and not an array).");
        }
        if (field.type() instanceof CustomTypeRef || field.isRelationship()) {
            throw new SchemaException("Model `" + model.name() + "`: identifier field `" + name + "` is a "
                    + (field.isRelationship() ? "relationship" : "custom type")
                    + ". Identifier fields must be scalars or enums.");
        }
        ValidationChecks.requireNoneOnIdentifier(model.name(), name, field.validations());
    }

    private static void checkDeclaredId(Model model, Field id) {
        if ((id.type() != Scalar.ID && id.type() != Scalar.STRING) || id.array()) {
            throw new SchemaException("Model `" + model.name() + "` field `id`: the primary key `id` must be"
                    + " `a.id()` or `a.string()`. Change its type, rename the field, or give the model an"
                    + " `.identifier(...)`.");
        }
    }
}
