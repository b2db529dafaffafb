package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.schema.EnumRef;
import dev.forte.schema.Field;
import dev.forte.schema.FieldType;
import dev.forte.schema.Model;
import dev.forte.schema.Relationship;
import dev.forte.schema.RelationshipKind;
import dev.forte.schema.Scalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Amplify's relationship rules, with its messages where it has them: every relationship has exactly one
 * counterpart with the same references; the references are fields of the child, one per identifier field of the
 * parent, of matching types ({@code ID} and {@code String} match each other).
 */
final class RelationshipChecks {
    private final Map<String, Model> models;

    private RelationshipChecks(List<Model> models) {
        this.models = models.stream().collect(Collectors.toMap(Model::name, Function.identity()));
    }

    static void check(List<Model> models) {
        RelationshipChecks checks = new RelationshipChecks(models);
        for (Model model : models) {
            model.relationshipFields().forEach(field -> checks.check(model, field));
        }
    }

    private void check(Model source, Field field) {
        Relationship relationship = field.relationship().orElseThrow();
        requireOptional(source, field, relationship);
        Model related = models.get(relationship.relatedModel());
        Field counterpart = counterpart(source, field, related);
        boolean parentSide = relationship.kind().isParentSide();
        Model parent = parentSide ? source : related;
        Model child = parentSide ? related : source;
        String description = describe(parent, parentSide ? field : counterpart) + " <-> "
                + describe(child, parentSide ? counterpart : field);
        List<Field> references = relationship.references().stream()
                .map(reference -> referenceField(child, reference, description)).toList();
        checkIdentifierMatch(parent, child, references, description);
        if (parentSide) {
            checkReferenceNullability(source, field, child, references);
        }
    }

    /** Amplify's builder accepts a required relationship, but its transformer refuses it: so does Forte. */
    private static void requireOptional(Model source, Field field, Relationship relationship) {
        if (!field.required()) {
            return;
        }
        String related = relationship.relatedModel();
        String base = source.name() + "." + field.name() + ": ";
        boolean many = relationship.kind() == RelationshipKind.HAS_MANY;
        String is = base + (many ? "[" + related + "!]" : related + "!");
        String should = base + (many ? "[" + related + "]" : related);
        throw new SchemaException("@" + relationship.kind().builderName() + " fields must not be required. Change '"
                + is + "' to '" + should + "'. Remove `" + (many ? ".valueRequired()" : ".required()") + "`.");
    }

    /** The transformer's rule: a composite reference is all required or all nullable. */
    private static void checkReferenceNullability(Model parent, Field field, Model child, List<Field> references) {
        boolean firstRequired = references.get(0).required();
        if (references.stream().allMatch(r -> r.required() == firstRequired)) {
            return;
        }
        Relationship relationship = field.relationship().orElseThrow();
        throw new SchemaException("Reference fields defined on related type: '" + child.name() + "' for @"
                + relationship.kind().builderName() + "(references: " + quotedList(relationship.references())
                + ") " + parent.name() + "." + field.name() + " relationship have inconsistent nullability."
                + "\nRequired fields: " + names(references, true) + "\nNullable fields: " + names(references, false)
                + "\nUpdate reference fields on type '" + child.name() + "' to have consistent nullability -- either"
                + " all required or all nullable.");
    }

    private static String names(List<Field> references, boolean required) {
        return references.stream().filter(r -> r.required() == required).map(r -> "'" + r.name() + "'")
                .collect(Collectors.joining(", "));
    }

    private static String quotedList(List<String> names) {
        return names.stream().map(r -> "'" + r + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    private static Field counterpart(Model source, Field field, Model related) {
        Relationship relationship = field.relationship().orElseThrow();
        List<Field> candidates = related.relationshipFields().stream()
                .filter(f -> isCounterpart(source.name(), relationship, f.relationship().orElseThrow())).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new SchemaException("Unable to find associated relationship definition in " + related.name()
                    + " for " + describe(source, field) + ". " + counterpartFix(source, relationship));
        }
        throw new SchemaException("Found multiple relationship associations with " + candidates.stream()
                .map(f -> related.name() + "." + f.name()).collect(Collectors.joining(", ")) + " for "
                + describe(source, field) + ". Give each relationship its own reference fields.");
    }

    private static boolean isCounterpart(String source, Relationship relationship, Relationship candidate) {
        boolean kindsPair = relationship.kind().isParentSide()
                ? candidate.kind() == RelationshipKind.BELONGS_TO
                : candidate.kind().isParentSide();
        return kindsPair && candidate.relatedModel().equals(source)
                && candidate.references().equals(relationship.references());
    }

    private static String counterpartFix(Model source, Relationship relationship) {
        String references = relationship.references().stream().map(r -> "\"" + r + "\"")
                .collect(Collectors.joining(", "));
        if (relationship.kind().isParentSide()) {
            return "Add `field(\"" + decapitalize(source.name()) + "\", a.belongsTo(\"" + source.name() + "\", "
                    + references + "))` to model `" + relationship.relatedModel() + "`, with the same references.";
        }
        return "Add `a.hasMany(\"" + source.name() + "\", " + references + ")` or `a.hasOne(\"" + source.name()
                + "\", " + references + ")` to model `" + relationship.relatedModel() + "`, with the same references.";
    }

    private static Field referenceField(Model child, String reference, String description) {
        Optional<Field> declared = child.field(reference).filter(f -> !f.isRelationship());
        return declared.orElseThrow(() -> new SchemaException("reference field '" + reference
                + "' must be defined on " + child.name() + ". " + description + ". Declare it on model `"
                + child.name() + "`, e.g. `field(\"" + reference + "\", a.id())`."));
    }

    private static void checkIdentifierMatch(Model parent, Model child, List<Field> references, String description) {
        List<String> identifier = parent.identifier();
        if (identifier.size() != references.size()) {
            throw new SchemaException("The identifiers defined on " + parent.name() + " must match the reference"
                    + " fields defined on " + child.name() + ".\n" + identifier.size() + " identifiers defined on "
                    + parent.name() + ".\n" + references.size() + " reference fields found on " + child.name()
                    + "\nName one reference field per identifier field of `" + parent.name() + "` " + identifier
                    + ", in that order: " + description + ".");
        }
        for (int i = 0; i < identifier.size(); i++) {
            Field key = ModelChecks.fieldOrImplicit(parent, identifier.get(i)).orElseThrow();
            Field reference = references.get(i);
            if (!sameKeyType(key.type(), reference.type()) || reference.array()) {
                throw new SchemaException("Validate Error: types do not match. Model `" + child.name()
                        + "` reference field `" + reference.name() + "` is " + reference.graphqlType()
                        + " but holds `" + parent.name() + "." + key.name() + "`, a " + key.type().graphqlName()
                        + ". Declare it with the same type as the identifier field (" + description + ").");
            }
        }
    }

    private static boolean sameKeyType(FieldType key, FieldType reference) {
        if (isIdOrString(key) && isIdOrString(reference)) {
            return true;
        }
        return key.equals(reference) && (key instanceof Scalar || key instanceof EnumRef);
    }

    private static boolean isIdOrString(FieldType type) {
        return type == Scalar.ID || type == Scalar.STRING;
    }

    /** Returns Amplify's description, e.g. {@code Post.comments: [Comment] @hasMany(references: ['postId'])}. */
    private static String describe(Model model, Field field) {
        Relationship relationship = field.relationship().orElseThrow();
        String type = field.array() ? "[" + relationship.relatedModel() + "]" : relationship.relatedModel();
        return model.name() + "." + field.name() + ": " + type + " @" + relationship.kind().builderName()
                + "(references: " + quotedList(relationship.references()) + ")";
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
