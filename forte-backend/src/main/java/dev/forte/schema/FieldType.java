package dev.forte.schema;

/** The type of a field: an AppSync scalar, a named enum, or a named custom type. Relationships come later. */
public sealed interface FieldType permits Scalar, EnumRef, CustomTypeRef {

    /** Returns the GraphQL name of the type, e.g. {@code AWSDateTime} or {@code Status}. */
    String graphqlName();
}
