package dev.forte.transform.internal;

import dev.forte.schema.AuthRule;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a schema's custom operations add to both SDLs, computed as {@code @aws-amplify/data-schema} computes it:
 * the auth directives custom types inherit from the operations returning them, the {@code <Type>Input} of custom
 * type arguments, and the operations' field signatures.
 */
final class CustomOperations {
    private final DataSchema schema;

    CustomOperations(DataSchema schema) {
        this.schema = schema;
    }

    /**
     * Returns, per custom type, the native directives ({@code @aws_api_key}, ...) it inherits from the operations
     * that return it, directly or nested, in the order the operations are declared.
     */
    Map<String, Set<String>> inheritedDirectives() {
        Map<String, Set<String>> inherited = new LinkedHashMap<>();
        for (CustomOperation operation : schema.operations()) {
            if (operation.returns().type() instanceof CustomTypeRef ref) {
                Set<String> directives = nativeDirectives(schema.effectiveRules(operation));
                for (String type : reachableCustomTypes(List.of(ref.name()))) {
                    inherited.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(directives);
                }
            }
        }
        return inherited;
    }

    /** Returns the custom types the models' fields reach, directly or through other custom types. */
    Set<String> reachedFromModels() {
        List<String> roots = new ArrayList<>();
        for (Model model : schema.models()) {
            model.fields().stream().filter(f -> f.type() instanceof CustomTypeRef).forEach(f -> roots.add(
                    f.type().graphqlName()));
        }
        return reachableCustomTypes(roots);
    }

    /** Returns the native directive of each rule, as Amplify maps rules of custom operations. */
    static Set<String> nativeDirectives(List<AuthRule> rules) {
        return rules.stream().map(rule -> "@" + rule.effectiveProvider().appSyncDirective())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Returns the inputs generated for custom type arguments, nested ones before the input that uses them, each
     * once, as {@code name -> fields} with custom types already replaced by their inputs.
     */
    Map<String, List<Field>> argumentInputs() {
        Map<String, List<Field>> inputs = new LinkedHashMap<>();
        for (CustomOperation operation : schema.operations()) {
            for (Field argument : operation.arguments()) {
                if (argument.type() instanceof CustomTypeRef ref) {
                    addInput(ref.name(), inputs, new LinkedHashSet<>());
                }
            }
        }
        return inputs;
    }

    /** Returns the argument's type as the SDL writes it: a custom type becomes its {@code <Type>Input}. */
    static String argumentType(Field argument) {
        if (!(argument.type() instanceof CustomTypeRef ref)) {
            return argument.graphqlType();
        }
        String element = inputName(ref.name()) + (argument.required() ? "!" : "");
        return argument.array() ? "[" + element + "]" + (argument.arrayRequired() ? "!" : "") : element;
    }

    /** Returns {@code name(arg: T, ...)}, or the bare name for an operation without arguments. */
    static String signature(CustomOperation operation) {
        if (operation.arguments().isEmpty()) {
            return operation.name();
        }
        return operation.arguments().stream().map(a -> a.name() + ": " + argumentType(a))
                .collect(Collectors.joining(", ", operation.name() + "(", ")"));
    }

    private void addInput(String customType, Map<String, List<Field>> inputs, Set<String> chain) {
        String name = inputName(customType);
        if (inputs.containsKey(name) || !chain.add(name)) {
            return;
        }
        CustomType type = schema.customType(customType).orElseThrow();
        for (Field field : type.fields()) {
            if (field.type() instanceof CustomTypeRef nested) {
                addInput(nested.name(), inputs, chain);
            }
        }
        inputs.put(name, type.fields());
    }

    private static String inputName(String customType) {
        return customType + "Input";
    }

    private Set<String> reachableCustomTypes(List<String> roots) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            String name = pending.remove(0);
            if (reached.add(name)) {
                schema.customType(name).ifPresent(type -> type.fields().stream()
                        .filter(f -> f.type() instanceof CustomTypeRef)
                        .forEach(f -> pending.add(f.type().graphqlName())));
            }
        }
        return reached;
    }
}
