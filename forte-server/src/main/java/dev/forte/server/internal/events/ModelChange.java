package dev.forte.server.internal.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One committed write: the mutation field that made it ({@code createTodo}), the model, and the whole item as
 * stored after the commit (for a delete, the item as it was), so that any subscription selection can be shaped
 * from it whatever the mutation itself selected.
 *
 * <p>{@code itemKey} identifies the item within its model (its identifier values) and {@code sequence} orders the
 * changes of one item by commit: of two changes of the same item, the one committed later has the greater
 * sequence. A sequence of 0 means "not ordered" (a change that did not come from the database).
 */
public record ModelChange(String mutationField, String modelName, Map<String, @Nullable Object> item,
        String itemKey, long sequence) {
    public ModelChange {
        item = Collections.unmodifiableMap(new LinkedHashMap<>(item));
    }

    /** Returns an unordered change (sequence 0), e.g. for tests of delivery that do not involve the database. */
    public ModelChange(String mutationField, String modelName, Map<String, @Nullable Object> item) {
        this(mutationField, modelName, item, "", 0);
    }

    /** Returns true when {@link #sequence} orders this change among the changes of its item. */
    public boolean isOrdered() {
        return sequence > 0;
    }
}
