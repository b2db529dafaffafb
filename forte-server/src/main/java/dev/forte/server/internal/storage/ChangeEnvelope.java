package dev.forte.server.internal.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.events.ModelChange;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The change feed's NOTIFY payloads, JSON with a format version {@code v}:
 * <ul>
 *   <li>a change: {@code {"v":1,"s":42,"k":"2:t1","f":"createTodo","m":"Todo","i":{...item...}}}</li>
 *   <li>a change too large for a payload, stored in {@code forte_change_outbox}:
 *   {@code {"v":1,"s":42,"k":"2:t1","o":7}} (the row holds the change's own payload)</li>
 *   <li>a gap, changes a node could not publish: {@code {"v":1,"gap":"..."}}</li>
 * </ul>
 */
sealed interface ChangeEnvelope {
    int VERSION = 1;
    /** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more (in its default build). */
    int MAX_PAYLOAD_BYTES = 7999;
    TypeReference<LinkedHashMap<String, @Nullable Object>> ITEM = new TypeReference<>() {};

    /** A change carried whole. */
    record Change(ModelChange change) implements ChangeEnvelope {}

    /** A change whose payload is row {@code outboxId} of the outbox. */
    record Reference(long outboxId, long sequence, String itemKey) implements ChangeEnvelope {}

    /** Changes a node could not publish. */
    record Gap(String reason) implements ChangeEnvelope {}

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

    static boolean fitsNotify(String payload) {
        return payload.length() * 3 <= MAX_PAYLOAD_BYTES
                || payload.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES;
    }

    /** Returns the envelope of {@code payload}, or null when it is not one of ours (or of a newer format). */
    static @Nullable ChangeEnvelope parse(String payload) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (node == null || node.path("v").asInt() != VERSION) {
            return null;
        }
        if (node.hasNonNull("gap")) {
            return new Gap(node.get("gap").asText());
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

    private static ObjectNode header() {
        return Json.MAPPER.createObjectNode().put("v", VERSION);
    }
}
