package dev.forte.codegen.internal.android;

import dev.forte.transform.ModelNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types of a directive SDL once Amplify's model generator has processed them, each map in document order: the
 * models (keys converted to {@code key} directives, relationships resolved), the non-models and the enums.
 *
 * @param typeOrder the names of all three in document order, the order Amplify writes their files in
 */
record ModelgenSchema(Map<String, TypeShape> models, Map<String, TypeShape> nonModels, Map<String, EnumShape> enums,
        List<String> typeOrder) {

    ModelgenSchema {
        typeOrder = List.copyOf(typeOrder);
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        nonModels = Collections.unmodifiableMap(new LinkedHashMap<>(nonModels));
        enums = Collections.unmodifiableMap(new LinkedHashMap<>(enums));
    }

    /** Reads {@code sdl} and processes it as the generator does: keys first, then relationships. */
    static ModelgenSchema of(String sdl) {
        ModelgenSchema read = SdlReader.read(sdl);
        Map<String, TypeShape> keyed = new LinkedHashMap<>();
        read.models.forEach((name, model) -> keyed.put(name, withKeyDirectives(model)));
        return new ModelgenSchema(Relationships.resolve(keyed), read.nonModels, read.enums, read.typeOrder);
    }

    TypeShape model(String name) {
        TypeShape model = models.get(name);
        if (model == null) {
            throw new IllegalArgumentException("`" + name + "` is not a model of the schema.");
        }
        return model;
    }

    /** Appends a {@code key} directive for the declared primary key, then one per {@code @index}. */
    private static TypeShape withKeyDirectives(TypeShape model) {
        List<Directive> directives = new ArrayList<>(model.directives());
        model.fields().stream().filter(f -> f.directive("primaryKey").isPresent()).findFirst().ifPresent(field -> {
            List<String> fields = new ArrayList<>(List.of(field.name()));
            fields.addAll(field.directive("primaryKey").orElseThrow().strings("sortKeyFields"));
            directives.add(new Directive("key", Map.of("fields", fields)));
        });
        for (FieldShape field : model.fields()) {
            for (Directive index : field.directives("index")) {
                directives.add(indexKey(model.name(), field.name(), index));
            }
        }
        return model.withDirectives(directives);
    }

    private static Directive indexKey(String model, String field, Directive index) {
        List<String> fields = new ArrayList<>(List.of(field));
        fields.addAll(index.strings("sortKeyFields"));
        String name = index.string("name");
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("name", name != null ? name : defaultIndexName(model, fields));
        arguments.put("fields", fields);
        return new Directive("key", arguments);
    }

    /** The name of an unnamed index: {@code productsByCategoryAndPrice}. */
    private static String defaultIndexName(String model, List<String> fields) {
        String plural = ModelNames.pluralName(model);
        StringBuilder name = new StringBuilder(Character.toLowerCase(plural.charAt(0)) + plural.substring(1))
                .append("By");
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            name.append(i > 0 ? "And" : "").append(Character.toUpperCase(field.charAt(0))).append(field.substring(1));
        }
        return name.toString();
    }
}
