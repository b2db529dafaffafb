package dev.forte.schema;

import java.util.Set;

/** A function's access to the data API, from {@code allow.resource(fn).to(...)} on the schema object. */
public record ResourceGrant(String functionName, Set<ResourceOperation> operations) {
    public ResourceGrant {
        operations = Set.copyOf(operations);
    }
}
