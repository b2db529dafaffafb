package dev.forte.codegen.internal.statements;

import java.util.List;
import java.util.stream.Collectors;

/** The {@code queries}, {@code mutations} and {@code subscriptions} files of the graphql, typescript and js targets. */
public final class StatementFiles {
    static final String WARNING = "this is an auto generated file. This will be overwritten";

    private StatementFiles() {}

    /** Returns a {@code .graphql} file: the warning as a comment, then the documents separated by blank lines. */
    public static String graphql(List<Operation> operations) {
        return "# " + WARNING + "\n\n" + operations.stream()
                .map(operation -> DocumentPrinter.print(operation, 0))
                .collect(Collectors.joining("\n"));
    }

    /** Returns a {@code .js} file: one exported template string per operation, its document indented. */
    public static String javascript(List<Operation> operations) {
        StringBuilder out = new StringBuilder("/* eslint-disable */\n// " + WARNING + "\n\n");
        for (Operation operation : operations) {
            out.append("export const ").append(operation.fieldName()).append(" = /* GraphQL */ `\n")
                    .append(DocumentPrinter.print(operation, 2))
                    .append("`;\n");
        }
        return out.toString();
    }

    /**
     * Returns a {@code .ts} file: each statement typed {@code GeneratedQuery<Variables, Result>} with the types of
     * {@code API.ts} in the same directory.
     */
    public static String typescript(OperationType type, List<Operation> operations) {
        String generated = "Generated" + type.typeSuffix();
        StringBuilder out = new StringBuilder("/* tslint:disable */\n/* eslint-disable */\n// " + WARNING + "\n\n")
                .append("import * as APITypes from \"./API\";\n")
                .append("type ").append(generated).append("<InputType, OutputType> = string & {\n")
                .append("  __").append(generated.substring(0, 1).toLowerCase()).append(generated.substring(1))
                .append("Input: InputType;\n")
                .append("  __").append(generated.substring(0, 1).toLowerCase()).append(generated.substring(1))
                .append("Output: OutputType;\n};\n\n");
        for (Operation operation : operations) {
            out.append("export const ").append(operation.fieldName()).append(" = /* GraphQL */ `")
                    .append(DocumentPrinter.print(operation, 0))
                    .append("`").append(typeTag(generated, operation)).append('\n');
        }
        return out.toString();
    }

    private static String typeTag(String generated, Operation operation) {
        String result = "APITypes." + resultTypeName(operation);
        String variables = result + "Variables";
        String flat = "` as " + generated + "<" + variables + ", " + result + ">;";
        if (flat.length() <= DocumentPrinter.PRINT_WIDTH) {
            return flat.substring(1);
        }
        return " as " + generated + "<\n  " + variables + ",\n  " + result + "\n>;";
    }

    /** Returns the name of an operation's result type in {@code API.ts}, e.g. {@code GetTodoQuery}. */
    public static String resultTypeName(Operation operation) {
        return operation.name() + operation.type().typeSuffix();
    }
}
