package dev.forte.client.internal;

import dev.forte.client.internal.ModelShape.RootField;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Writes the documents Amplify's models API sends (PROTOCOL §1.1), selecting every scalar field, e.g. {@code
 * mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id name ... } }}.
 */
public final class ModelDocuments {
    private ModelDocuments() {}

    /** Returns a {@code query} or {@code mutation} of {@code field} passing {@code arguments} as variables. */
    public static String document(String operation, RootField field, Collection<String> arguments, String selection) {
        StringJoiner variables = new StringJoiner(", ", "(", ")");
        StringJoiner passed = new StringJoiner(", ", "(", ")");
        for (String argument : arguments) {
            variables.add("$" + argument + ": " + field.argumentTypes().get(argument));
            passed.add(argument + ": $" + argument);
        }
        boolean none = arguments.isEmpty();
        return operation + (none ? "" : " " + variables) + " { " + field.name() + (none ? "" : passed.toString())
                + " " + selection + " }";
    }

    /** Returns the selection of every scalar, enum and custom-type field: {@code { id name meta { source } }}. */
    public static String itemSelection(ModelShape shape) {
        return "{ " + shape.selection() + " }";
    }

    /** Returns the selection of a list: {@code { items { id name ... } nextToken }}. */
    public static String pageSelection(ModelShape shape) {
        return "{ items " + itemSelection(shape) + " nextToken }";
    }
}
