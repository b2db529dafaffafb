package dev.forte.codegen.internal.android;

import static dev.forte.codegen.internal.android.Indentation.docComment;
import static dev.forte.codegen.internal.android.Indentation.indentLines;
import static dev.forte.codegen.internal.android.Indentation.stripIndent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A Java class, interface or enum declaration printed in Amplify's layout: members, then methods separated by a blank
 * line, then nested declarations, then a literal block. Each part is indented as a whole.
 */
final class JavaBlock {
    private final String kind;
    private final String name;
    private String modifiers = "public";
    private List<String> annotations = List.of();
    private String supertypes = "";
    private @Nullable String comment;
    private @Nullable String body;
    private final List<String> members = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();
    private final List<JavaBlock> nested = new ArrayList<>();

    private JavaBlock(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    static JavaBlock declare(String kind, String name) {
        return new JavaBlock(kind, name);
    }

    /** Sets the modifiers in front of the kind, e.g. {@code public static} or {@code public final}. */
    JavaBlock modifiers(String value) {
        modifiers = value;
        return this;
    }

    JavaBlock annotate(List<String> values) {
        annotations = List.copyOf(values);
        return this;
    }

    JavaBlock extending(String type) {
        supertypes += " extends " + type;
        return this;
    }

    JavaBlock implementing(List<String> types) {
        if (!types.isEmpty()) {
            supertypes += " implements " + String.join(", ", types);
        }
        return this;
    }

    JavaBlock comment(String text) {
        comment = docComment(text);
        return this;
    }

    /** Sets text printed as is after the nested declarations (an enum's constants, an interface's methods). */
    JavaBlock body(String text) {
        body = text;
        return this;
    }

    /** Adds a field: {@code modifiers} (may be empty), annotations, type, name and an initial value or "". */
    JavaBlock member(String modifierList, List<String> fieldAnnotations, String type, String fieldName, String value) {
        String declaration = Stream.concat(Stream.of(modifierList), fieldAnnotations.stream().map(a -> "@" + a))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        String text = (declaration.isEmpty() ? "" : declaration + " ") + type + " " + fieldName;
        members.add(text + (value.isEmpty() ? "" : " = " + value) + ";");
        return this;
    }

    JavaBlock member(String modifierList, String type, String fieldName, String value) {
        return member(modifierList, List.of(), type, fieldName, value);
    }

    JavaBlock method(Method method) {
        methods.add(method.print());
        return this;
    }

    JavaBlock nest(JavaBlock declaration) {
        nested.add(declaration);
        return this;
    }

    String print() {
        String head = annotations.stream().map(a -> "@" + a + "\n").collect(Collectors.joining())
                + modifiers + " " + kind + " " + name + supertypes + " ";
        String block = Stream.of("{", part(members, "\n"), part(methods, "\n\n"), nestedText(), body, "}")
                .filter(Objects::nonNull)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
        return (comment == null ? "" : comment) + head + block + "\n";
    }

    private static @Nullable String part(List<String> lines, String separator) {
        return lines.isEmpty() ? null : indentLines(stripIndent(String.join(separator, lines)));
    }

    private @Nullable String nestedText() {
        if (nested.isEmpty()) {
            return null;
        }
        return nested.stream().map(n -> indentLines(n.print())).collect(Collectors.joining("\n\n"));
    }

    /**
     * A method or constructor ({@code returnType} empty). Annotations each end with a line break, so the modifiers
     * that follow start with the space that joins them.
     */
    record Method(List<String> annotations, String modifiers, String returnType, String name, List<String> parameters,
            String body, @Nullable String comment) {

        static Method of(String modifiers, String returnType, String name, String body) {
            return new Method(List.of(), modifiers, returnType, name, List.of(), body, null);
        }

        Method withParameters(List<String> values) {
            return new Method(annotations, modifiers, returnType, name, values, body, comment);
        }

        Method annotated(String annotation) {
            return new Method(List.of(annotation), modifiers, returnType, name, parameters, body, comment);
        }

        Method withComment(String text) {
            return new Method(annotations, modifiers, returnType, name, parameters, body, text);
        }

        String print() {
            String signature = Stream.concat(annotations.stream().map(a -> "@" + a + "\n"),
                            Stream.of(modifiers, returnType, name))
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" "));
            return (comment == null ? "" : docComment(comment)) + signature + "(" + String.join(", ", parameters)
                    + ") {\n" + indentLines(body) + "\n}";
        }
    }
}
