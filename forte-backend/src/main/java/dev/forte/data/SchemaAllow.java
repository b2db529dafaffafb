package dev.forte.data;

/**
 * The {@code allow} of the schema's {@code .authorization(allow -> List.of(...))}: every model rule, and (with
 * functions) {@code resource(fn)}, which only the schema level has.
 */
public final class SchemaAllow extends ModelAllow {

    SchemaAllow() {}
}
