package dev.forte.transform;

import dev.forte.ForteException;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.Node;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SDLDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares two SDL documents structurally, ignoring order and layout: types (kind and name), fields and their
 * types, arguments with defaults, input fields, enum values, implemented interfaces, union members, and the
 * directives (with arguments) on all of them.
 *
 * <pre>{@code
 * List<String> differences = SdlDiff.differences(expected, actual);
 * // ["type Query: field listTodos: argument limit: expected Int, got Int!"]
 * }</pre>
 */
public final class SdlDiff {
    private final List<String> differences = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();

    private SdlDiff() {}

    /** Returns one human-readable line per difference between the two SDLs; empty when they are equal. */
    public static List<String> differences(String expectedSdl, String actualSdl) {
        SdlDiff diff = new SdlDiff();
        diff.compareDocuments(parse("expected", expectedSdl), parse("actual", actualSdl));
        return List.copyOf(diff.differences);
    }

    private static Document parse(String which, String sdl) {
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(sdl)
                    .parserOptions(ParserOptions.getDefaultSdlParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            throw new ForteException("The " + which + " SDL does not parse: " + e.getMessage()
                    + "; fix its syntax before comparing", e);
        }
    }

    private void compareDocuments(Document expected, Document actual) {
        compareKeyed("", definitions(expected), definitions(actual), this::compareDefinition);
    }

    private Map<String, Definition<?>> definitions(Document document) {
        Map<String, Definition<?>> byKey = new LinkedHashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            String key = definitionKey(definition);
            if (byKey.put(key, definition) != null) {
                report(key, "declared more than once");
            }
        }
        return byKey;
    }

    private static String definitionKey(Definition<?> definition) {
        if (definition instanceof TypeDefinition<?> type) {
            return kind(type) + " " + type.getName();
        }
        return "definition " + AstPrinter.printAstCompact(definition);
    }

    private static String kind(TypeDefinition<?> type) {
        String extension = type.getClass().getSimpleName().contains("Extension") ? "extend " : "";
        if (type instanceof InputObjectTypeDefinition) {
            return extension + "input";
        }
        if (type instanceof EnumTypeDefinition) {
            return extension + "enum";
        }
        if (type instanceof InterfaceTypeDefinition) {
            return extension + "interface";
        }
        if (type instanceof UnionTypeDefinition) {
            return extension + "union";
        }
        if (type instanceof ScalarTypeDefinition) {
            return extension + "scalar";
        }
        return extension + "type";
    }

    /** Reports a kind change as such rather than as a missing and an unexpected type. */
    private void compareKeyed(String path, Map<String, Definition<?>> expected, Map<String, Definition<?>> actual,
            Comparison<Definition<?>> compare) {
        Map<String, String> actualKindByName = new LinkedHashMap<>();
        actual.values().forEach(d -> {
            if (d instanceof TypeDefinition<?> t) {
                actualKindByName.put(t.getName(), kind(t));
            }
        });
        Map<String, String> expectedKindByName = new LinkedHashMap<>();
        expected.values().forEach(d -> {
            if (d instanceof TypeDefinition<?> t) {
                expectedKindByName.put(t.getName(), kind(t));
            }
        });
        expected.forEach((key, definition) -> {
            if (actual.containsKey(key)) {
                compare.apply(key, definition, actual.get(key));
            } else if (definition instanceof TypeDefinition<?> t && actualKindByName.containsKey(t.getName())) {
                report(key, "expected " + kind(t) + ", got " + actualKindByName.get(t.getName()));
            } else {
                report(key, "missing");
            }
        });
        actual.forEach((key, definition) -> {
            boolean kindChange = definition instanceof TypeDefinition<?> t && expectedKindByName.containsKey(t.getName());
            if (!expected.containsKey(key) && !kindChange) {
                report(key, "unexpected");
            }
        });
    }

    private void compareDefinition(String path, Definition<?> expected, Definition<?> actual) {
        if (expected instanceof SDLDefinition<?> && !(expected instanceof TypeDefinition<?>)) {
            return;
        }
        if (expected instanceof ObjectTypeDefinition e && actual instanceof ObjectTypeDefinition a) {
            compareSets(path + ": implements", names(e.getImplements()), names(a.getImplements()));
            compareMembers(path, "field", byName(e.getFieldDefinitions(), FieldDefinition::getName),
                    byName(a.getFieldDefinitions(), FieldDefinition::getName), this::compareField);
        } else if (expected instanceof InterfaceTypeDefinition e && actual instanceof InterfaceTypeDefinition a) {
            compareSets(path + ": implements", names(e.getImplements()), names(a.getImplements()));
            compareMembers(path, "field", byName(e.getFieldDefinitions(), FieldDefinition::getName),
                    byName(a.getFieldDefinitions(), FieldDefinition::getName), this::compareField);
        } else if (expected instanceof InputObjectTypeDefinition e && actual instanceof InputObjectTypeDefinition a) {
            compareMembers(path, "field", byName(e.getInputValueDefinitions(), InputValueDefinition::getName),
                    byName(a.getInputValueDefinitions(), InputValueDefinition::getName), this::compareInputValue);
        } else if (expected instanceof EnumTypeDefinition e && actual instanceof EnumTypeDefinition a) {
            compareMembers(path, "value", byName(e.getEnumValueDefinitions(), EnumValueDefinition::getName),
                    byName(a.getEnumValueDefinitions(), EnumValueDefinition::getName),
                    (p, x, y) -> compareDirectives(p, x.getDirectives(), y.getDirectives()));
        } else if (expected instanceof UnionTypeDefinition e && actual instanceof UnionTypeDefinition a) {
            compareSets(path + ": members", names(e.getMemberTypes()), names(a.getMemberTypes()));
        }
        if (expected instanceof TypeDefinition<?> e && actual instanceof TypeDefinition<?> a) {
            compareDirectives(path, e.getDirectives(), a.getDirectives());
        }
    }

    private void compareField(String path, FieldDefinition expected, FieldDefinition actual) {
        compareType(path, AstPrinter.printAst(expected.getType()), AstPrinter.printAst(actual.getType()));
        compareMembers(path, "argument", byName(expected.getInputValueDefinitions(), InputValueDefinition::getName),
                byName(actual.getInputValueDefinitions(), InputValueDefinition::getName), this::compareInputValue);
        compareDirectives(path, expected.getDirectives(), actual.getDirectives());
    }

    private void compareInputValue(String path, InputValueDefinition expected, InputValueDefinition actual) {
        compareType(path, AstPrinter.printAst(expected.getType()), AstPrinter.printAst(actual.getType()));
        String expectedDefault = printOrNull(expected.getDefaultValue());
        String actualDefault = printOrNull(actual.getDefaultValue());
        if (!Objects.equals(expectedDefault, actualDefault)) {
            report(path, "default: expected " + expectedDefault + ", got " + actualDefault);
        }
        compareDirectives(path, expected.getDirectives(), actual.getDirectives());
    }

    private void compareType(String path, String expected, String actual) {
        if (!expected.equals(actual)) {
            report(path, "expected " + expected + ", got " + actual);
        }
    }

    /** Directives compare as a multiset: a field may carry several {@code @index}. */
    private void compareDirectives(String path, List<Directive> expected, List<Directive> actual) {
        List<String> remaining = new ArrayList<>(actual.stream().map(SdlDiff::printDirective).toList());
        for (Directive directive : expected) {
            if (!remaining.remove(printDirective(directive))) {
                report(path, "missing directive " + printDirective(directive));
            }
        }
        remaining.forEach(directive -> report(path, "unexpected directive " + directive));
    }

    /** Prints a directive with its arguments sorted by name, so argument order does not matter. */
    private static String printDirective(Directive directive) {
        if (directive.getArguments().isEmpty()) {
            return "@" + directive.getName();
        }
        return directive.getArguments().stream()
                .sorted(Comparator.comparing(argument -> argument.getName()))
                .map(argument -> argument.getName() + ": " + AstPrinter.printAstCompact(argument.getValue()))
                .collect(Collectors.joining(", ", "@" + directive.getName() + "(", ")"));
    }

    private <T> void compareMembers(String path, String label, Map<String, T> expected, Map<String, T> actual,
            Comparison<T> compare) {
        duplicates.forEach(name -> report(path + ": " + label + " " + name, "declared more than once"));
        duplicates.clear();
        expected.forEach((name, member) -> {
            String memberPath = path + ": " + label + " " + name;
            if (actual.containsKey(name)) {
                compare.apply(memberPath, member, actual.get(name));
            } else {
                report(memberPath, "missing");
            }
        });
        actual.keySet().stream().filter(name -> !expected.containsKey(name))
                .forEach(name -> report(path + ": " + label + " " + name, "unexpected"));
    }

    private void compareSets(String path, List<String> expected, List<String> actual) {
        expected.stream().filter(name -> !actual.contains(name)).forEach(name -> report(path, "missing " + name));
        actual.stream().filter(name -> !expected.contains(name)).forEach(name -> report(path, "unexpected " + name));
    }

    @SuppressWarnings("rawtypes")
    private static List<String> names(List<? extends graphql.language.Type> types) {
        return types.stream().map(type -> AstPrinter.printAst(type)).toList();
    }

    /** Indexes members by name; a name given twice is itself a difference (the SDL would not validate). */
    private <T> Map<String, T> byName(List<T> members, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (T member : members) {
            if (byName.put(name.apply(member), member) != null) {
                duplicates.add(name.apply(member));
            }
        }
        return byName;
    }

    private static @Nullable String printOrNull(@Nullable Node<?> node) {
        return node == null ? null : AstPrinter.printAstCompact(node);
    }

    private void report(String path, String difference) {
        differences.add(path + ": " + difference);
    }

    @FunctionalInterface
    private interface Comparison<T> {
        void apply(String path, T expected, T actual);
    }
}
