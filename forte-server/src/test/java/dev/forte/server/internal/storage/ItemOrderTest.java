package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.server.internal.events.ModelChange;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemOrderTest {
    private final ItemOrder order = new ItemOrder(2);

    private static ModelChange change(String model, String key, long sequence) {
        return new ModelChange("updateTodo", model, Map.of("id", key), key, sequence);
    }

    @Test
    void refusesAChangeOlderThanOneAlreadyDeliveredForTheSameItem() {
        assertThat(order.admit(change("Todo", "a", 5))).isTrue();
        assertThat(order.admit(change("Todo", "a", 4))).isFalse();
        assertThat(order.admit(change("Todo", "a", 5))).isFalse();
        assertThat(order.admit(change("Todo", "a", 6))).isTrue();
    }

    @Test
    void itemsOfOtherKeysOrModelsAreOrderedApart() {
        assertThat(order.admit(change("Todo", "a", 5))).isTrue();
        assertThat(order.admit(change("Todo", "b", 1))).isTrue();
        assertThat(order.admit(change("Note", "a", 2))).isTrue();
    }

    @Test
    void unorderedChangesAlwaysPass() {
        ModelChange unordered = new ModelChange("createTodo", "Todo", Map.of("id", "a"));
        assertThat(order.admit(unordered)).isTrue();
        assertThat(order.admit(unordered)).isTrue();
    }

    @Test
    void remembersOnlyTheMostRecentlyChangedItems() {
        order.admit(change("Todo", "a", 5));
        order.admit(change("Todo", "b", 6));
        order.admit(change("Todo", "c", 7));

        assertThat(order.admit(change("Todo", "a", 1))).as("a was forgotten").isTrue();
        assertThat(order.admit(change("Todo", "c", 1))).isFalse();
    }
}
