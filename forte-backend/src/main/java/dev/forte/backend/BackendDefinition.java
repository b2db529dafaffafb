package dev.forte.backend;

/**
 * The entry point of a Forte project: the class that says what the backend is, as {@code amplify/backend.ts}
 * does in Amplify. Forte finds the implementation in a project's compiled classes (or through
 * {@code META-INF/services/dev.forte.backend.BackendDefinition}) and calls {@link #define()} once.
 *
 * <pre>{@code
 * public final class TodoBackend implements BackendDefinition {
 *     public Backend define() {
 *         var schema = a.schema(model("Todo", a.model(field("name", a.string()))))
 *                 .authorization(allow -> List.of(allow.publicApiKey()));
 *         return Backend.of(defineData(DataProps.of(schema)));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface BackendDefinition {

    /** Returns the backend this project defines. */
    Backend define();
}
