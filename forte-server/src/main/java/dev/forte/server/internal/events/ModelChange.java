package dev.forte.server.internal.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One committed write: the mutation field that made it ({@code createTodo}), the model, and the whole item as
 * stored after the commit (for a delete, the item as it was), so that any subscription selection can be shaped
 * from it whatever the mutation itself selected.
 */
public record ModelChange(String mutationField, String modelName, Map<String, @Nullable Object> item) {
    public ModelChange {
        item = Collections.unmodifiableMap(new LinkedHashMap<>(item));
    }
}
