package dev.forte.server.internal.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.events.ModelChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The change feed's NOTIFY payloads, JSON with a format version {@code v}:
 * <ul>
 *   <li>a change: {@code {"v":1,"s":42,"k":"2:t1","f":"createTodo","m":"Todo","i":{...item...}}}</li>
 *   <li>a change too large for a payload, stored in {@code forte_change_outbox}:
 *   {@code {"v":1,"s":42,"k":"2:t1","o":7}} (the row holds the change's own payload)</li>
 *   <li>a gap, changes a node could not publish: {@code {"v":1,"gap":"..."}}</li>
 *   <li>API keys were created, changed or deleted: {@code {"v":1,"apiKeys":"changed"}}, sent alone, without
 *   {@code n}, by whoever changed them (a node, or {@code forte api-key} on its own)</li>
 * </ul>
 * A notification carries as many of these, in order, as fit, with the node that sent them:
 * {@code {"v":1,"n":"5f0c2a9e7d31b846","b":[{...},{...}]}} (each notification costs PostgreSQL and every listening
 * node far more than its bytes do). The node skips its own notifications unread: it delivered those changes when
 * it published them. A lone payload without {@code n} is read too, as earlier versions sent it.
 */
sealed interface ChangeEnvelope {
    int VERSION = 1;
    /** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more (in its default build). */
    int MAX_PAYLOAD_BYTES = 7999;
    TypeReference<LinkedHashMap<String, @Nullable Object>> ITEM = new TypeReference<>() {};
    /** The length of a node's id: 16 hexadecimal digits. */
    int ORIGIN_LENGTH = 16;
    /** The bytes of {@code {"v":1,"n":"<origin>","b":[]}} around a notification's payloads. */
    int BATCH_OVERHEAD = 21 + ORIGIN_LENGTH;
    /** The most bytes a payload may have to travel in a notification, with the notification's frame around it. */
    int MAX_CHANGE_BYTES = MAX_PAYLOAD_BYTES - BATCH_OVERHEAD;

    /** A change carried whole. */
    record Change(ModelChange change) implements ChangeEnvelope {}

    /** A change whose payload is row {@code outboxId} of the outbox. */
    record Reference(long outboxId, long sequence, String itemKey) implements ChangeEnvelope {}

    /** Changes a node could not publish. */
    record Gap(String reason) implements ChangeEnvelope {}

    /** The API keys changed: what a node cached about them may be wrong. */
    record ApiKeysChanged() implements ChangeEnvelope {}

    static String change(ModelChange change) {
        ObjectNode node = header();
        node.put("s", change.sequence());
        node.put("k", change.itemKey());
        node.put("f", change.mutationField());
        node.put("m", change.modelName());
        node.set("i", Json.MAPPER.valueToTree(change.item()));
        return node.toString();
    }

    static String reference(ModelChange change, long outboxId) {
        ObjectNode node = header();
        node.put("s", change.sequence());
        node.put("k", change.itemKey());
        node.put("o", outboxId);
        return node.toString();
    }

    static String gap(String reason) {
        return header().put("gap", reason).toString();
    }

    static String apiKeysChanged() {
        return header().put("apiKeys", "changed").toString();
    }

    static boolean fitsNotify(String payload) {
        return payload.length() * 3 <= MAX_CHANGE_BYTES || utf8Length(payload) <= MAX_CHANGE_BYTES;
    }

    /** Returns true when {@code notification} was sent by the node {@code origin}, without parsing it. */
    static boolean isFrom(String notification, String origin) {
        return notification.startsWith(framePrefix(origin));
    }

    /**
     * Returns {@code payloads} (each of which {@link #fitsNotify}) joined, in order, into as few notifications
     * from node {@code origin} (an id of {@link #ORIGIN_LENGTH} hexadecimal digits) as hold them.
     */
    static List<String> pack(String origin, List<String> payloads) {
        if (origin.length() != ORIGIN_LENGTH) {
            throw new IllegalArgumentException("A node's id has " + ORIGIN_LENGTH + " hexadecimal digits: " + origin);
        }
        List<String> packed = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runBytes = BATCH_OVERHEAD;
        for (String payload : payloads) {
            int bytes = utf8Length(payload) + 1;
            if (!run.isEmpty() && runBytes + bytes > MAX_PAYLOAD_BYTES) {
                packed.add(frame(origin, run));
                run = new ArrayList<>();
                runBytes = BATCH_OVERHEAD;
            }
            run.add(payload);
            runBytes += bytes;
        }
        if (!run.isEmpty()) {
            packed.add(frame(origin, run));
        }
        return packed;
    }

    /** Returns the envelopes of a notification in order: empty when it is not ours (or of a newer format). */
    static List<ChangeEnvelope> parseAll(String payload) {
        JsonNode node = tree(payload);
        if (node == null || !node.path("b").isArray()) {
            ChangeEnvelope single = parse(node);
            return single == null ? List.of() : List.of(single);
        }
        List<ChangeEnvelope> envelopes = new ArrayList<>();
        for (JsonNode element : node.get("b")) {
            ChangeEnvelope envelope = parse(element);
            if (envelope != null) {
                envelopes.add(envelope);
            }
        }
        return envelopes;
    }

    /** Returns the envelope of {@code payload}, or null when it is not one of ours (or of a newer format). */
    static @Nullable ChangeEnvelope parse(String payload) {
        return parse(tree(payload));
    }

    private static @Nullable ChangeEnvelope parse(@Nullable JsonNode node) {
        if (node == null || node.path("v").asInt() != VERSION) {
            return null;
        }
        if (node.hasNonNull("gap")) {
            return new Gap(node.get("gap").asText());
        }
        if (node.hasNonNull("apiKeys")) {
            return new ApiKeysChanged();
        }
        if (node.hasNonNull("o")) {
            return new Reference(node.get("o").asLong(), node.path("s").asLong(), node.path("k").asText());
        }
        if (!node.hasNonNull("f") || !node.hasNonNull("m") || !node.path("i").isObject()) {
            return null;
        }
        Map<String, @Nullable Object> item;
        try {
            item = Json.MAPPER.convertValue(node.get("i"), ITEM);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new Change(new ModelChange(node.get("f").asText(), node.get("m").asText(),
                item == null ? new LinkedHashMap<>() : item, node.path("k").asText(), node.path("s").asLong()));
    }

    private static @Nullable JsonNode tree(String payload) {
        try {
            return Json.MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String frame(String origin, List<String> payloads) {
        return framePrefix(origin) + ",\"b\":[" + String.join(",", payloads) + "]}";
    }

    private static String framePrefix(String origin) {
        return "{\"v\":" + VERSION + ",\"n\":\"" + origin + "\"";
    }

    /** The UTF-8 length of {@code text} without encoding it. */
    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static ObjectNode header() {
        return Json.MAPPER.createObjectNode().put("v", VERSION);
    }
}
