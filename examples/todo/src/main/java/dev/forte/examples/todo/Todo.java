package dev.forte.examples.todo;

import org.jspecify.annotations.Nullable;

/**
 * A todo as {@link TypedDataAccessHandler} reads and writes it: one component per field of the {@code Todo} model
 * in {@link TodoBackend}, written by hand (no generated code). The client checks it against the API's schema on
 * first use, so a misspelt or mistyped component fails at once, naming itself.
 */
public record Todo(
        @Nullable String id,
        @Nullable String name,
        @Nullable String description,
        @Nullable Boolean isDone,
        @Nullable Priority priority,
        @Nullable String createdAt,
        @Nullable String updatedAt) {

    /** The values of the model's inline enum {@code priority} (named {@code TodoPriority} in the schema). */
    public enum Priority { LOW, MEDIUM, HIGH }

    /** Returns a new todo to create: only its name, so the API fills in the id, defaults and timestamps. */
    public static Todo named(String name) {
        return new Todo(null, name, null, null, null, null, null);
    }
}
