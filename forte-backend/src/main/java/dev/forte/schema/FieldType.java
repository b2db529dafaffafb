package dev.forte.schema;

/**
 * The type of a field: an AppSync scalar, a named enum, a named custom type, a relationship to another model (model
 * fields only), or (as a custom operation's return type only) a model.
 */
public sealed interface FieldType permits Scalar, EnumRef, CustomTypeRef, ModelRef, Relationship {

    /** Returns the GraphQL name of the type, e.g. {@code AWSDateTime} or {@code Status}. */
    String graphqlName();
}
