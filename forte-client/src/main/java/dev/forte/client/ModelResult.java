package dev.forte.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The answer to one model operation: the item, or AppSync's errors, or (partial data) both. */
public final class ModelResult {
    private final @Nullable Map<String, Object> item;
    private final List<GraphqlError> errors;

    ModelResult(@Nullable Map<String, Object> item, List<GraphqlError> errors) {
        this.item = item;
        this.errors = List.copyOf(errors);
    }

    /** Returns the item's scalar fields by name; empty when none was found or the operation failed. */
    public Optional<Map<String, Object>> item() {
        return Optional.ofNullable(item);
    }

    /** Returns the errors the API reported; empty on success. */
    public List<GraphqlError> errors() {
        return errors;
    }

    /** Returns whether the API reported any error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    @Override
    public String toString() {
        return "ModelResult{item=" + item + ", errors=" + errors + "}";
    }
}
