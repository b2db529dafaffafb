package dev.forte.codegen.internal.android;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code AMPLIFY_MODEL_VERSION}: the MD5 of the compact JSON Amplify's generator makes of the models and non-models,
 * sorted by name, each with its fields sorted by name ({@code name}, relationship directives, {@code type},
 * {@code isNullable}, {@code isList}, and {@code isListNullable} for lists). DataStore compares it with the version
 * it stored to decide whether the local database must be rebuilt, so it must match Amplify's to the byte.
 */
final class ModelVersion {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RELATIONSHIPS = Set.of("hasOne", "belongsTo", "hasMany", "manyToMany");
    private static final Set<String> KEYS = Set.of("primaryKey", "index");

    private ModelVersion() {}

    static String of(ModelgenSchema schema) {
        List<TypeShape> types = new ArrayList<>(schema.models().values());
        types.addAll(schema.nonModels().values());
        types.sort(Comparator.comparing(TypeShape::name));
        ArrayNode array = JSON.createArrayNode();
        types.forEach(type -> array.add(type(type)));
        return md5(array.toString());
    }

    private static ObjectNode type(TypeShape type) {
        ObjectNode node = JSON.createObjectNode().put("name", type.name());
        ArrayNode directives = node.putArray("directives");
        type.directives().stream().filter(d -> KEYS.contains(d.name()))
                .forEach(d -> directives.add(directive(d, null)));
        ArrayNode fields = node.putArray("fields");
        type.fields().stream().sorted(Comparator.comparing(FieldShape::name))
                .forEach(field -> fields.add(field(field, type.directivesCarryFieldNames())));
        return node;
    }

    private static ObjectNode field(FieldShape field, boolean withFieldNames) {
        ObjectNode node = JSON.createObjectNode().put("name", field.name());
        ArrayNode directives = node.putArray("directives");
        field.directives().stream().filter(d -> RELATIONSHIPS.contains(d.name()))
                .forEach(d -> directives.add(directive(d, withFieldNames ? field.name() : null)));
        node.put("type", field.type()).put("isNullable", field.nullable()).put("isList", field.list());
        if (field.listNullable() != null) {
            node.put("isListNullable", field.listNullable());
        }
        return node;
    }

    private static ObjectNode directive(Directive directive, @Nullable String fieldName) {
        ObjectNode node = JSON.createObjectNode().put("name", directive.name());
        node.set("arguments", JSON.valueToTree(directive.arguments()));
        if (fieldName != null) {
            node.put("fieldName", fieldName);
        }
        return node;
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
    }
}
