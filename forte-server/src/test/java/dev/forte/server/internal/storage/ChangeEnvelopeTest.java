package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.server.internal.events.ModelChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChangeEnvelopeTest {
    private static final String NODE = "5f0c2a9e7d31b846";

    private static ModelChange change(Map<String, @Nullable Object> item) {
        return new ModelChange("updateTodo", "Todo", item, "2:t1", 42);
    }

    @Test
    void aChangeSurvivesTheRoundTripWithNullsListsAndNestedTypes() {
        Map<String, @Nullable Object> item = new LinkedHashMap<>();
        item.put("id", "t1");
        item.put("description", null);
        item.put("tags", List.of("a", "b"));
        item.put("address", Map.of("city", "Zürich", "zip", 8001));
        item.put("rating", 4.5);
        item.put("done", true);
        ModelChange change = change(item);

        assertThat(ChangeEnvelope.parse(ChangeEnvelope.change(change))).isEqualTo(new ChangeEnvelope.Change(change));
    }

    @Test
    void aReferenceNamesTheOutboxRowAndKeepsTheOrderingFields() {
        ModelChange change = change(Map.of("id", "t1"));

        assertThat(ChangeEnvelope.parse(ChangeEnvelope.reference(change, 7)))
                .isEqualTo(new ChangeEnvelope.Reference(7, 42, "2:t1"));
        assertThat(ChangeEnvelope.reference(change, 7)).isEqualTo("{\"v\":1,\"s\":42,\"k\":\"2:t1\",\"o\":7}");
    }

    @Test
    void aGapCarriesItsReason() {
        assertThat(ChangeEnvelope.parse(ChangeEnvelope.gap("node down"))).isEqualTo(new ChangeEnvelope.Gap("node down"));
    }

    @Test
    void newsOfChangedApiKeysIsReadAloneAsOthersSendIt() {
        assertThat(ChangeEnvelope.parseAll(ChangeEnvelope.apiKeysChanged()))
                .containsExactly(new ChangeEnvelope.ApiKeysChanged());
    }

    @Test
    void notificationsThatAreNotOursAreIgnored() {
        assertThat(ChangeEnvelope.parse("hello")).isNull();
        assertThat(ChangeEnvelope.parse("{\"v\":2,\"gap\":\"from a newer Forte\"}")).isNull();
        assertThat(ChangeEnvelope.parse("{\"v\":1,\"f\":\"createTodo\",\"m\":\"Todo\",\"i\":[1]}")).isNull();
        assertThat(ChangeEnvelope.parse("[1,2]")).isNull();
    }

    @Test
    void packJoinsPayloadsInOrderIntoAsFewNotificationsAsHoldThem() {
        List<ChangeEnvelope> envelopes = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ModelChange change = new ModelChange("createTodo", "Todo", Map.of("id", "t" + i, "name", "ä".repeat(i)),
                    "2:t" + i, i);
            envelopes.add(new ChangeEnvelope.Change(change));
            payloads.add(ChangeEnvelope.change(change));
        }
        payloads.add(ChangeEnvelope.gap("a node dropped 3 changes"));
        envelopes.add(new ChangeEnvelope.Gap("a node dropped 3 changes"));

        List<String> packed = ChangeEnvelope.pack(NODE, payloads);

        int totalBytes = payloads.stream().mapToInt(p -> p.getBytes(StandardCharsets.UTF_8).length + 1).sum();
        assertThat(packed).hasSizeBetween(totalBytes / ChangeEnvelope.MAX_PAYLOAD_BYTES + 1, 20);
        assertThat(packed).allSatisfy(notification -> assertThat(notification.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(ChangeEnvelope.MAX_PAYLOAD_BYTES));
        assertThat(packed.stream().flatMap(notification -> ChangeEnvelope.parseAll(notification).stream()))
                .containsExactlyElementsOf(envelopes);
    }

    @Test
    void aNotificationNamesTheNodeThatSentIt() {
        List<String> packed = ChangeEnvelope.pack(NODE, List.of(ChangeEnvelope.gap("one")));

        assertThat(packed).containsExactly("{\"v\":1,\"n\":\"" + NODE + "\",\"b\":[{\"v\":1,\"gap\":\"one\"}]}");
        assertThat(ChangeEnvelope.isFrom(packed.get(0), NODE)).isTrue();
        assertThat(ChangeEnvelope.isFrom(packed.get(0), "00000000000000a1")).isFalse();
        assertThat(ChangeEnvelope.isFrom(ChangeEnvelope.gap("from an earlier version"), NODE)).isFalse();
        assertThatThrownBy(() -> ChangeEnvelope.pack("short", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPayloadAsLargeAsFitsStillFitsItsNotificationAndABatchSkipsWhatIsNotOurs() {
        String full = ChangeEnvelope.gap("x".repeat(ChangeEnvelope.MAX_CHANGE_BYTES - 16));
        assertThat(ChangeEnvelope.fitsNotify(full)).isTrue();
        assertThat(ChangeEnvelope.fitsNotify(full + " ")).isFalse();

        List<String> packed = ChangeEnvelope.pack(NODE, List.of(full, ChangeEnvelope.gap("next")));
        assertThat(packed).hasSize(2);
        assertThat(packed.get(0).getBytes(StandardCharsets.UTF_8)).hasSize(ChangeEnvelope.MAX_PAYLOAD_BYTES);
        assertThat(packed.stream().flatMap(notification -> ChangeEnvelope.parseAll(notification).stream()))
                .containsExactly(new ChangeEnvelope.Gap("x".repeat(ChangeEnvelope.MAX_CHANGE_BYTES - 16)),
                        new ChangeEnvelope.Gap("next"));
        assertThat(ChangeEnvelope.parseAll(ChangeEnvelope.gap("one"))).containsExactly(new ChangeEnvelope.Gap("one"));
        assertThat(ChangeEnvelope.parseAll("{\"v\":1,\"b\":[{\"v\":1,\"gap\":\"a\"},[1],{\"v\":2,\"gap\":\"b\"}]}"))
                .containsExactly(new ChangeEnvelope.Gap("a"));
        assertThat(ChangeEnvelope.parseAll("not json")).isEmpty();
    }

    @Test
    void payloadsFitANotificationUpToPostgresLimitInBytesNotCharacters() {
        int limit = ChangeEnvelope.MAX_CHANGE_BYTES;
        assertThat(ChangeEnvelope.fitsNotify("x".repeat(limit))).isTrue();
        assertThat(ChangeEnvelope.fitsNotify("x".repeat(limit + 1))).isFalse();
        String umlauts = "ä".repeat(limit / 2 + 1);
        assertThat(umlauts.length()).isLessThan(limit);
        assertThat(ChangeEnvelope.fitsNotify(umlauts)).isFalse();
        assertThat(ChangeEnvelope.fitsNotify("ä".repeat(limit / 2))).isTrue();
    }
}
