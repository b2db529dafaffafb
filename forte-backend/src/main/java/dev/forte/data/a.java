package dev.forte.data;

import dev.forte.data.internal.EntryShape;
import dev.forte.data.internal.FieldShape;
import dev.forte.data.internal.ModelShape;
import dev.forte.data.internal.OperationShape;
import dev.forte.data.internal.TypeShape;
import dev.forte.schema.OperationType;
import dev.forte.schema.RelationshipKind;
import dev.forte.schema.Scalar;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The schema builder, Amplify's {@code a}: lowercase on purpose, so a Forte schema reads like its TypeScript
 * original.
 *
 * <pre>{@code
 * import dev.forte.data.a;
 * import static dev.forte.data.a.*;
 *
 * var schema = a.schema(
 *         enumType("Status", a.enumOf("DRAFT", "PUBLISHED")),
 *         model("Todo", a.model(
 *             field("name", a.string().required()),
 *             field("status", a.ref("Status")),
 *             field("priority", a.enumOf("LOW", "HIGH")))),   // inline enum, named TodoPriority
 *         query("todoCount", a.query()                       // a custom query answered by a function
 *             .arguments(field("prefix", a.string()))
 *             .returns(a.integer())
 *             .handler(a.handler.function(countTodos))))
 *     .authorization(allow -> List.of(allow.publicApiKey()));
 * }</pre>
 *
 * <p>An Amplify object literal {@code {name: a.string()}} becomes {@code field("name", a.string())}, and a schema
 * key {@code Todo: a.model(...)} becomes {@code model("Todo", a.model(...))}. Where Java reserves Amplify's word,
 * the Java name adds a trailing underscore, as jOOQ does: {@code a.float_()}, {@code a.boolean_()},
 * {@code .default_(value)}. The one exception is {@code a.enum}, which is {@link #enumOf} ({@code enum_} would
 * read as a typo). Arrays become varargs: {@code .identifier("storeId", "sku")}.
 */
public final class a {

    /** Amplify's {@code a.handler}: {@code a.handler.function(fn)} answers a custom operation with a function. */
    public static final HandlerFactory handler = new HandlerFactory();

    private a() {}

    /** Returns a schema of models, enums and custom types: Amplify's {@code a.schema({...})}. */
    public static ModelSchema schema(SchemaEntry... entries) {
        return new ModelSchema(Arrays.stream(entries).map(SchemaEntry::shape).toList());
    }

    /** Returns the schema entry {@code Name: a.model(...)}. */
    public static SchemaEntry model(String name, ModelType model) {
        return new SchemaEntry(new EntryShape.ModelEntry(name, model.shape()));
    }

    /** Returns the schema entry {@code Name: a.enum([...])}, which fields use through {@code a.ref("Name")}. */
    public static SchemaEntry enumType(String name, EnumDefinition values) {
        return new SchemaEntry(new EntryShape.EnumEntry(name, values.values()));
    }

    /** Returns the schema entry {@code Name: a.customType({...})}, which fields use through {@code a.ref("Name")}. */
    public static SchemaEntry customType(String name, CustomTypeDefinition type) {
        return new SchemaEntry(new EntryShape.CustomTypeEntry(name, type.fields()));
    }

    /**
     * Returns the schema entry {@code name: a.query()...}: a custom query.
     *
     * @throws SchemaException if {@code operation} is an {@code a.mutation()}
     */
    public static SchemaEntry query(String name, OperationDefinition operation) {
        return operation(name, OperationType.QUERY, operation);
    }

    /**
     * Returns the schema entry {@code name: a.mutation()...}: a custom mutation.
     *
     * @throws SchemaException if {@code operation} is an {@code a.query()}
     */
    public static SchemaEntry mutation(String name, OperationDefinition operation) {
        return operation(name, OperationType.MUTATION, operation);
    }

    /** Returns a custom query to name with {@code query("name", ...)}: Amplify's {@code a.query()}. */
    public static OperationDefinition query() {
        return new OperationDefinition(OperationShape.of(OperationType.QUERY), Set.of());
    }

    /** Returns a custom mutation to name with {@code mutation("name", ...)}: Amplify's {@code a.mutation()}. */
    public static OperationDefinition mutation() {
        return new OperationDefinition(OperationShape.of(OperationType.MUTATION), Set.of());
    }

    private static SchemaEntry operation(String name, OperationType entryType, OperationDefinition operation) {
        OperationType declared = operation.shape().type();
        if (declared != entryType) {
            String wanted = entryType == OperationType.QUERY ? "query" : "mutation";
            String given = declared == OperationType.QUERY ? "query" : "mutation";
            throw new SchemaException("Custom operation `" + name + "`: `" + wanted + "(\"" + name + "\", ...)` is"
                    + " given `a." + given + "()`. Use `" + given + "(\"" + name + "\", a." + given + "()...)`.");
        }
        return new SchemaEntry(new EntryShape.OperationEntry(name, operation.shape()));
    }

    /** Returns the field {@code name: definition} of a model or custom type. */
    public static FieldEntry field(String name, FieldDefinition definition) {
        return new FieldEntry(name, definition);
    }

    /** Returns a model of {@code fields}: Amplify's {@code a.model({...})}. */
    public static ModelType model(FieldEntry... fields) {
        return new ModelType(ModelShape.of(FieldEntry.declarations(fields)), Set.of());
    }

    /** Returns a custom (non-model) type of {@code fields}: Amplify's {@code a.customType({...})}. */
    public static CustomTypeDefinition customType(FieldEntry... fields) {
        return new CustomTypeDefinition(FieldEntry.declarations(fields));
    }

    /** Returns an enum of {@code values}: Amplify's {@code a.enum([...])}. */
    public static EnumDefinition enumOf(String... values) {
        return new EnumDefinition(List.of(values));
    }

    /**
     * Returns a field of the enum or custom type named {@code name}: Amplify's {@code a.ref('Name')}. A custom
     * operation's {@code .returns(a.ref("Todo"))} may also name a model.
     */
    public static ModelField.Ref ref(String name) {
        return new ModelField.Ref(FieldShape.of(new TypeShape.RefShape(name)));
    }

    /**
     * Returns a one-to-many relationship to the model {@code relatedModel}, whose fields {@code reference} (and
     * {@code moreReferences}, for a composite identifier) hold this model's identifier: Amplify's
     * {@code a.hasMany('Comment', 'postId')}. The related model declares the reference fields and the
     * counterpart {@code a.belongsTo(...)}.
     */
    public static RelationshipField.HasMany hasMany(String relatedModel, String reference, String... moreReferences) {
        return new RelationshipField.HasMany(
                RelationshipField.shape(RelationshipKind.HAS_MANY, relatedModel, reference, moreReferences));
    }

    /**
     * Returns a one-to-one relationship to the model {@code relatedModel}, whose fields {@code reference} (and
     * {@code moreReferences}) hold this model's identifier: Amplify's {@code a.hasOne('Profile', 'userId')}. The
     * related model declares the reference fields and the counterpart {@code a.belongsTo(...)}.
     */
    public static RelationshipField.HasOne hasOne(String relatedModel, String reference, String... moreReferences) {
        return new RelationshipField.HasOne(
                RelationshipField.shape(RelationshipKind.HAS_ONE, relatedModel, reference, moreReferences));
    }

    /**
     * Returns the child's side of a relationship: this model's fields {@code reference} (and
     * {@code moreReferences}) hold the identifier of the model {@code relatedModel}, which declares the counterpart
     * {@code a.hasMany(...)} or {@code a.hasOne(...)}: Amplify's {@code a.belongsTo('Post', 'postId')}.
     */
    public static RelationshipField.BelongsTo belongsTo(String relatedModel, String reference,
            String... moreReferences) {
        return new RelationshipField.BelongsTo(
                RelationshipField.shape(RelationshipKind.BELONGS_TO, relatedModel, reference, moreReferences));
    }

    /** Returns an {@code ID} field. */
    public static ModelField.Scalar id() {
        return scalar(Scalar.ID);
    }

    /** Returns a {@code String} field. */
    public static ModelField.Scalar string() {
        return scalar(Scalar.STRING);
    }

    /** Returns an {@code Int} (32-bit) field. */
    public static ModelField.Scalar integer() {
        return scalar(Scalar.INT);
    }

    /** Returns a {@code Float} field: Amplify's {@code a.float()}. */
    public static ModelField.Scalar float_() {
        return scalar(Scalar.FLOAT);
    }

    /** Returns a {@code Boolean} field: Amplify's {@code a.boolean()}. */
    public static ModelField.Scalar boolean_() {
        return scalar(Scalar.BOOLEAN);
    }

    /** Returns an {@code AWSDate} field ({@code 2024-01-31}). */
    public static ModelField.Scalar date() {
        return scalar(Scalar.AWS_DATE);
    }

    /** Returns an {@code AWSTime} field ({@code 12:30:00}). */
    public static ModelField.Scalar time() {
        return scalar(Scalar.AWS_TIME);
    }

    /** Returns an {@code AWSDateTime} field ({@code 2024-01-31T12:30:00Z}). */
    public static ModelField.Scalar datetime() {
        return scalar(Scalar.AWS_DATE_TIME);
    }

    /** Returns an {@code AWSTimestamp} field (seconds since the epoch). */
    public static ModelField.Scalar timestamp() {
        return scalar(Scalar.AWS_TIMESTAMP);
    }

    /** Returns an {@code AWSEmail} field. */
    public static ModelField.Scalar email() {
        return scalar(Scalar.AWS_EMAIL);
    }

    /** Returns an {@code AWSJSON} field. */
    public static ModelField.Scalar json() {
        return scalar(Scalar.AWS_JSON);
    }

    /** Returns an {@code AWSPhone} field. */
    public static ModelField.Scalar phone() {
        return scalar(Scalar.AWS_PHONE);
    }

    /** Returns an {@code AWSURL} field. */
    public static ModelField.Scalar url() {
        return scalar(Scalar.AWS_URL);
    }

    /** Returns an {@code AWSIPAddress} field. */
    public static ModelField.Scalar ipAddress() {
        return scalar(Scalar.AWS_IP_ADDRESS);
    }

    private static ModelField.Scalar scalar(Scalar scalar) {
        return new ModelField.Scalar(FieldShape.of(new TypeShape.ScalarShape(scalar)));
    }
}
