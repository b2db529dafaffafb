package dev.forte.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one model operation: the item, or AppSync's errors, or (partial data) both.
 *
 * @param <T> the item type: {@code Map<String, Object>} from {@link ModelClient}, the caller's record from {@link
 *     TypedModelClient}
 */
public final class ModelResult<T> {
    private final @Nullable T item;
    private final List<GraphqlError> errors;
    private final String operation;

    ModelResult(@Nullable T item, List<GraphqlError> errors, String operation) {
        this.item = item;
        this.errors = List.copyOf(errors);
        this.operation = operation;
    }

    /** Returns the item; empty when none was found or the operation failed. */
    public Optional<T> item() {
        return Optional.ofNullable(item);
    }

    /**
     * Returns the item when the operation succeeded with one.
     *
     * @throws DataClientException naming the operation ({@code createTodo}) and the API's first error, or saying
     *     that no item came back
     */
    public T orElseThrow() {
        if (!errors.isEmpty()) {
            GraphqlError first = errors.get(0);
            throw new DataClientException(operation + " failed: " + first.message()
                    + (first.errorType() == null ? "" : " (" + first.errorType() + ")"), -1, first.errorType(), null);
        }
        if (item == null) {
            throw new DataClientException(operation + " returned no item.");
        }
        return item;
    }

    /** Returns the errors the API reported; empty on success. */
    public List<GraphqlError> errors() {
        return errors;
    }

    /** Returns whether the API reported any error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    <U> ModelResult<U> map(Function<T, U> convert) {
        return new ModelResult<>(item == null ? null : convert.apply(item), errors, operation);
    }

    static ModelResult<Map<String, Object>> of(@Nullable Map<String, Object> item, List<GraphqlError> errors,
            String operation) {
        return new ModelResult<>(item, errors, operation);
    }

    @Override
    public String toString() {
        return "ModelResult{item=" + item + ", errors=" + errors + "}";
    }
}
