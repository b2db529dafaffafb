package dev.forte.codegen.internal.statements;

import graphql.language.AstPrinter;
import graphql.language.InputValueDefinition;
import java.util.List;

/**
 * Prints an operation the way Prettier formats GraphQL (which Amplify runs over its statements): two-space indents,
 * and a variable or argument list on one line when that line fits in 80 columns, otherwise one entry a line.
 */
public final class DocumentPrinter {
    static final int PRINT_WIDTH = 80;

    private final StringBuilder out = new StringBuilder();

    private DocumentPrinter() {}

    /** Returns the document of {@code operation}, each line indented by {@code indent} spaces and ending in a newline. */
    public static String print(Operation operation, int indent) {
        DocumentPrinter printer = new DocumentPrinter();
        printer.operation(operation, indent);
        return printer.out.toString();
    }

    private void operation(Operation operation, int indent) {
        List<String> variables = operation.variables().stream().map(DocumentPrinter::variable).toList();
        String head = operation.type().keyword() + " " + operation.name();
        list(indent, head, variables, " {");
        List<String> arguments = operation.variables().stream()
                .map(argument -> argument.getName() + ": $" + argument.getName())
                .toList();
        field(operation.field(), indent + 2, arguments);
        line(indent, "}");
    }

    private void field(Selection selection, int indent, List<String> arguments) {
        String open = selection.hasBody() ? " {" : "";
        list(indent, selection.name(), arguments, open);
        for (Selection child : selection.children()) {
            field(child, indent + 2, List.of());
        }
        if (selection.hasBody()) {
            line(indent, "}");
        }
    }

    private void list(int indent, String head, List<String> entries, String tail) {
        if (entries.isEmpty()) {
            line(indent, head + tail);
            return;
        }
        String flat = head + "(" + String.join(", ", entries) + ")" + tail;
        if (indent + flat.length() <= PRINT_WIDTH) {
            line(indent, flat);
            return;
        }
        line(indent, head + "(");
        entries.forEach(entry -> line(indent + 2, entry));
        line(indent, ")" + tail);
    }

    private static String variable(InputValueDefinition argument) {
        return "$" + argument.getName() + ": " + AstPrinter.printAst(argument.getType());
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }
}
