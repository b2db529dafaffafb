package dev.forte.data;

/**
 * A function that the schema can grant access to its data with {@code allow.resource(fn)}: what
 * {@code defineFunction(...)} returns ({@code dev.forte.backend.FunctionDefinition}).
 */
public interface FunctionResource {

    /** Returns the function's name, which the grant records. */
    String name();
}
