package dev.forte.client.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server's schema says about one model: its scalar fields (the selection of every document) and the
 * root fields that read and write it, each with its arguments' GraphQL types.
 *
 * @param operations root field by role ({@code create}, {@code update}, {@code delete}, {@code get}, {@code list},
 *     {@code onCreate}, {@code onUpdate}, {@code onDelete})
 */
public record ModelShape(String name, List<String> scalarFields, Map<String, RootField> operations) {

    public ModelShape {
        scalarFields = List.copyOf(scalarFields);
        operations = Map.copyOf(operations);
    }

    public Optional<RootField> operation(String role) {
        return Optional.ofNullable(operations.get(role));
    }

    /** A field of {@code Query} or {@code Mutation} and its arguments' types, e.g. {@code input → CreateTodoInput!}. */
    public record RootField(String name, Map<String, String> argumentTypes) {

        public RootField {
            argumentTypes = Map.copyOf(argumentTypes);
        }
    }
}
