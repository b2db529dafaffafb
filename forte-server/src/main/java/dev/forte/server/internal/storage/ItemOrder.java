package dev.forte.server.internal.storage;

import dev.forte.server.internal.events.ModelChange;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps each item's changes in commit order at a receiving node: remembers the greatest sequence delivered per
 * item (for the most recently changed items) and refuses a change that arrives after a later one of the same item.
 * That happens only when two nodes, or two threads of one node, publish changes of one item committed within the
 * same few milliseconds; the subscriber already has the newer state. Not thread-safe: its user serializes calls.
 */
final class ItemOrder {
    private final Map<String, Long> delivered;

    ItemOrder(int rememberedItems) {
        this.delivered = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > rememberedItems;
            }
        };
    }

    /** Returns true when {@code change} is to be delivered: unordered, or later than what its item delivered. */
    boolean admit(ModelChange change) {
        if (!change.isOrdered()) {
            return true;
        }
        String item = change.modelName() + "\u0000" + change.itemKey();
        Long previous = delivered.get(item);
        if (previous != null && previous >= change.sequence()) {
            return false;
        }
        delivered.put(item, change.sequence());
        return true;
    }
}
