package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.schema.CustomType;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The type names the generated API owns, which a schema's own types must not take. */
final class ReservedNames {
    private static final Set<String> FIXED = fixedNames();

    private ReservedNames() {}

    private static Set<String> fixedNames() {
        Set<String> names = Arrays.stream(Scalar.values()).map(Scalar::graphqlName).collect(Collectors.toSet());
        names.addAll(List.of("Query", "Mutation", "Subscription", "ModelSortDirection", "ModelAttributeTypes",
                "AmplifyAIConversationTurnErrorInput", "EventInvocationResponse"));
        return Set.copyOf(names);
    }

    /** Throws if {@code name} is a GraphQL root or scalar, or has the shape of a generated {@code Model…} type. */
    static void requireUnreserved(String name, String origin) {
        boolean generatedShape = name.startsWith("Model") && (name.endsWith("Input") || name.endsWith("Connection"));
        if (FIXED.contains(name) || generatedShape) {
            throw new SchemaException("The name of " + origin + ", `" + name + "`, is reserved: the generated"
                    + " GraphQL API uses it for its own types. Rename it.");
        }
    }

    /** Throws if a declared name equals one the API generates for another type, or two generated names meet. */
    static void requireNoGeneratedClash(DataSchema schema) {
        Set<String> declared = new HashSet<>();
        schema.models().forEach(m -> declared.add(m.name()));
        schema.enums().forEach(e -> declared.add(e.name()));
        schema.customTypes().forEach(c -> declared.add(c.name()));
        Map<String, String> generated = new HashMap<>();
        for (Model model : schema.models()) {
            for (String name : generatedFor(model)) {
                register(generated, declared, name, "model `" + model.name() + "`");
            }
        }
        for (CustomType type : schema.customTypes()) {
            register(generated, declared, type.name() + "Input", "custom type `" + type.name() + "`");
        }
    }

    private static List<String> generatedFor(Model model) {
        String n = model.name();
        return List.of("Model" + n + "Connection", "Model" + n + "FilterInput", "Model" + n + "ConditionInput",
                "ModelSubscription" + n + "FilterInput", "Create" + n + "Input", "Update" + n + "Input",
                "Delete" + n + "Input");
    }

    private static void register(Map<String, String> generated, Set<String> declared, String name, String origin) {
        if (declared.contains(name)) {
            throw new SchemaException("Type name `" + name + "` clashes with the type `" + name + "` the API"
                    + " generates for " + origin + ". Rename one of them.");
        }
        String earlier = generated.putIfAbsent(name, origin);
        if (earlier != null) {
            throw new SchemaException("The API would generate the type `" + name + "` twice: for " + earlier
                    + " and for " + origin + ". Rename one of them.");
        }
    }
}
