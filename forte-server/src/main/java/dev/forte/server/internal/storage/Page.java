package dev.forte.server.internal.storage;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One page of items and the token for the next page (null on the last page). */
public record Page(List<Map<String, Object>> items, @Nullable String nextToken) {
    public Page {
        items = List.copyOf(items);
    }
}
