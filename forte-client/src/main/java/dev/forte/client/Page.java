package dev.forte.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One page of a model list: its items, the token of the next page, and any errors the API reported. */
public final class Page {
    private final List<Map<String, Object>> items;
    private final @Nullable String nextToken;
    private final List<GraphqlError> errors;

    Page(List<Map<String, Object>> items, @Nullable String nextToken, List<GraphqlError> errors) {
        this.items = List.copyOf(items);
        this.nextToken = nextToken;
        this.errors = List.copyOf(errors);
    }

    /** Returns the items of this page, each its scalar fields by name. */
    public List<Map<String, Object>> items() {
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

    @Override
    public String toString() {
        return "Page{items=" + items + ", nextToken=" + nextToken + ", errors=" + errors + "}";
    }
}
