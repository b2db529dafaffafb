package dev.forte.client;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a model list: its items, the token of the next page, and any errors the API reported.
 *
 * @param <T> the item type: {@code Map<String, Object>} from {@link ModelClient}, the caller's record from {@link
 *     TypedModelClient}
 */
public final class Page<T> {
    private final List<T> items;
    private final @Nullable String nextToken;
    private final List<GraphqlError> errors;

    Page(List<T> items, @Nullable String nextToken, List<GraphqlError> errors) {
        this.items = List.copyOf(items);
        this.nextToken = nextToken;
        this.errors = List.copyOf(errors);
    }

    /** Returns the items of this page. */
    public List<T> items() {
        return items;
    }

    /** Returns the token that fetches the next page; empty on the last page. */
    public Optional<String> nextToken() {
        return Optional.ofNullable(nextToken);
    }

    /** Returns the errors the API reported; empty on success. */
    public List<GraphqlError> errors() {
        return errors;
    }

    <U> Page<U> map(Function<T, U> convert) {
        return new Page<>(items.stream().map(convert).toList(), nextToken, errors);
    }

    @Override
    public String toString() {
        return "Page{items=" + items + ", nextToken=" + nextToken + ", errors=" + errors + "}";
    }
}
