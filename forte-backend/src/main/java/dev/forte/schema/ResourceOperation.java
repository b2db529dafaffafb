package dev.forte.schema;

/** The operation kinds of a resource grant: Query, Mutation and Subscription fields. */
public enum ResourceOperation {
    QUERY,
    MUTATE,
    LISTEN
}
