package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.data.internal.TypeRegistry.Kind;
import dev.forte.data.internal.TypeShape.InlineCustomTypeShape;
import dev.forte.data.internal.TypeShape.InlineEnumShape;
import dev.forte.data.internal.TypeShape.RefShape;
import dev.forte.data.internal.TypeShape.RelationshipShape;
import dev.forte.data.internal.TypeShape.ScalarShape;
import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.EnumRef;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.FieldType;
import dev.forte.schema.ModelRef;
import dev.forte.schema.Relationship;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns declared fields into schema fields: resolves {@code a.ref} targets, names inline enums and custom types
 * {@code <Owner><Field>} and collects them in the order they appear.
 */
final class FieldResolver {
    private final TypeRegistry registry;
    private final List<EnumType> inlineEnums = new ArrayList<>();
    private final List<CustomType> inlineCustomTypes = new ArrayList<>();

    FieldResolver(TypeRegistry registry) {
        this.registry = registry;
    }

    List<EnumType> inlineEnums() {
        return List.copyOf(inlineEnums);
    }

    List<CustomType> inlineCustomTypes() {
        return List.copyOf(inlineCustomTypes);
    }

    List<Field> resolve(Owner owner, List<FieldDeclaration> declarations) {
        Set<String> names = new HashSet<>();
        List<Field> fields = new ArrayList<>();
        for (FieldDeclaration declaration : declarations) {
            GraphqlNames.require(declaration.name(), owner.describe() + " field");
            if (!names.add(declaration.name())) {
                throw new SchemaException(owner.describe() + " declares field `" + declaration.name()
                        + "` twice. Remove one or rename it.");
            }
            fields.add(resolve(owner, declaration));
        }
        return fields;
    }

    /**
     * Resolves a custom operation's return type, named after the operation: a ref may name a model too, and an
     * inline enum or custom type is named {@code <Operation>ReturnType}.
     */
    Field resolveReturn(Owner owner, FieldShape shape) {
        String where = owner.describe() + " return type";
        if (shape.type() instanceof RefShape ref && registry.kindOf(ref.target()).orElse(null) == Kind.MODEL) {
            return field(owner.name(), new ModelRef(ref.target()), shape);
        }
        if (shape.defaultValue() != null) {
            throw new SchemaException(where + " takes no default. Remove `.default_(...)`.");
        }
        if (!shape.validations().isEmpty()) {
            throw new SchemaException(where + " takes no validation. Remove `.validate(...)`; only model fields"
                    + " have @validate rules.");
        }
        return field(owner.name(), resolveType(owner, "returnType", shape.type()), shape);
    }

    /** Resolves a custom operation's arguments: scalars, or refs to enums and custom types. */
    List<Field> resolveArguments(Owner owner, List<FieldDeclaration> declarations) {
        for (FieldDeclaration declaration : declarations) {
            String where = owner.describe() + " argument `" + declaration.name() + "`";
            TypeShape type = declaration.shape().type();
            if (type instanceof InlineEnumShape || type instanceof InlineCustomTypeShape) {
                throw new SchemaException(where + ": declare the type with enumType(...) or customType(...) in the"
                        + " schema and pass `a.ref(\"Name\")`; inline types are not supported as arguments yet.");
            }
            if (declaration.shape().defaultValue() != null) {
                throw new SchemaException(where + " takes no default. Remove `.default_(...)`.");
            }
        }
        return resolve(owner, declarations);
    }

    private static Field field(String name, FieldType type, FieldShape shape) {
        return new Field(name, type, shape.required(), shape.array(), shape.arrayRequired(), null, List.of());
    }

    private Field resolve(Owner owner, FieldDeclaration declaration) {
        FieldShape shape = declaration.shape();
        FieldType type = resolveType(owner, declaration.name(), shape.type());
        if (shape.defaultValue() != null && shape.type() instanceof ScalarShape scalar) {
            DefaultValues.check(owner.describeField(declaration.name()), scalar.scalar(), shape.defaultValue());
        }
        return new Field(declaration.name(), type, shape.required(), shape.array(), shape.arrayRequired(),
                shape.defaultValue(), shape.authorization(),
                ValidationChecks.check(owner, declaration.name(), shape));
    }

    private FieldType resolveType(Owner owner, String field, TypeShape type) {
        if (type instanceof ScalarShape scalar) {
            return scalar.scalar();
        }
        if (type instanceof RefShape ref) {
            return resolveRef(owner, field, ref.target());
        }
        if (type instanceof RelationshipShape relationship) {
            return resolveRelationship(owner, field, relationship);
        }
        if (type instanceof InlineEnumShape inlineEnum) {
            return declareInlineEnum(owner, field, inlineEnum.values());
        }
        return declareInlineCustomType(owner, field, ((InlineCustomTypeShape) type).fields());
    }

    private FieldType resolveRef(Owner owner, String field, String target) {
        String where = owner.describeField(field);
        Kind kind = registry.kindOf(target).orElseThrow(() -> new SchemaException(where + ": `a.ref(\"" + target
                + "\")` names no enum or custom type of the schema. Declare it with enumType(\"" + target
                + "\", ...) or customType(\"" + target + "\", ...), or fix the name."));
        if (kind == Kind.MODEL) {
            throw new SchemaException(refToModelMessage(owner, where, target));
        }
        return kind == Kind.ENUM ? new EnumRef(target) : new CustomTypeRef(target);
    }

    private Relationship resolveRelationship(Owner owner, String field, RelationshipShape shape) {
        String builder = "a." + shape.kind().builderName() + "(\"" + shape.relatedModel() + "\", ...)";
        if (!owner.isModel()) {
            String instead = owner.kind().equals("Custom operation")
                    ? "Pass the related model's key instead (e.g. `field(\"postId\", a.id())`)."
                    : "Only models have relationships; keep the reference field (e.g. `a.id()`) instead.";
            throw new SchemaException(owner.describeField(field) + ": `" + builder + "` is a relationship. "
                    + instead);
        }
        Kind kind = registry.kindOf(shape.relatedModel()).orElseThrow(() -> new SchemaException(
                owner.describeField(field) + ": Invalid ref. " + owner.name() + " is referring to "
                        + shape.relatedModel() + " which is not defined in the schema. Declare the model `"
                        + shape.relatedModel() + "` or fix the name in `" + builder + "`."));
        if (kind != Kind.MODEL) {
            throw new SchemaException(owner.describeField(field) + ": Expected to find model type with name "
                    + shape.relatedModel() + ". `" + shape.relatedModel() + "` is "
                    + (kind == Kind.ENUM ? "an enum" : "a custom type")
                    + "; relationships link models only, so use `a.ref(\"" + shape.relatedModel() + "\")` for it.");
        }
        return new Relationship(shape.kind(), shape.relatedModel(), shape.references());
    }

    private static String refToModelMessage(Owner owner, String where, String target) {
        if (owner.kind().equals("Custom operation")) {
            return where + ": `a.ref(\"" + target + "\")` refers to a model. Arguments can be scalars, enums or"
                    + " custom types; pass the model's key instead (e.g. `field(\"id\", a.id().required())`).";
        }
        if (!owner.isModel()) {
            return where + ": `a.ref(\"" + target + "\")` refers to a model, and a custom type cannot reference a"
                    + " model. Reference an enum or another custom type instead.";
        }
        return where + ": `a.ref(\"" + target + "\")` refers to a model; `a.ref` can only name an enum or a custom"
                + " type. Link models with a relationship: `a.hasMany(\"" + target + "\", \"<reference>\")` or"
                + " `a.hasOne(...)` on the parent, `a.belongsTo(...)` on the child, which declares the reference field"
                + " (e.g. `field(\"postId\", a.id())`).";
    }

    private FieldType declareInlineEnum(Owner owner, String field, List<String> values) {
        String name = owner.inlineTypeName(field);
        String origin = inlineOrigin("enum", owner, field);
        registry.declare(name, Kind.ENUM, origin);
        EnumValues.check(name, origin, values);
        inlineEnums.add(new EnumType(name, values));
        return new EnumRef(name);
    }

    private FieldType declareInlineCustomType(Owner owner, String field, List<FieldDeclaration> fields) {
        String name = owner.inlineTypeName(field);
        registry.declare(name, Kind.CUSTOM_TYPE, inlineOrigin("custom type", owner, field));
        int position = inlineCustomTypes.size();
        List<Field> resolved = resolve(Owner.customType(name), fields);
        requireFields(name, resolved);
        inlineCustomTypes.add(position, new CustomType(name, resolved));
        return new CustomTypeRef(name);
    }

    private static String inlineOrigin(String what, Owner owner, String field) {
        return "the inline " + what + " of " + owner.describeField(field);
    }

    static void requireFields(String customType, List<Field> fields) {
        if (fields.isEmpty()) {
            throw new SchemaException("Custom type `" + customType + "` has no fields. Give `a.customType(...)` at"
                    + " least one field.");
        }
    }
}
