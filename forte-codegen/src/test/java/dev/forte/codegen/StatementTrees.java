package dev.forte.codegen;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Statements and {@code API.ts} parsed into trees that compare structurally (layout ignored), and the one
 * normalisation the conformance tests apply to Forte's side.
 *
 * <p><b>Normalisation.</b> Amplify's docs generator spends one unit of {@code maxDepth} on every object-typed
 * field, so custom types deeper than {@code maxDepth} are cut (a known complaint); Forte spends it only on
 * relationships and selects custom types in full. {@link #withAmplifyDepthLimit} removes from Forte's trees exactly
 * the selections of custom-type fields that Amplify's rule cuts, and nothing else: relationship selections that
 * Amplify would cut stay, so a wrong depth for them still fails the comparison.
 */
final class StatementTrees {
    private static final Pattern TS_STATEMENT = Pattern.compile("export const (\\w+) = /\\* GraphQL \\*/ `([^`]*)`"
            + "(?: as (Generated\\w+)<\\s*([\\w.]+),\\s*([\\w.]+)\\s*>)?;");

    /** A selected field, or a line of a TypeScript type with the lines of its nested block. */
    record Node(String text, List<Node> children) {
        @Override
        public String toString() {
            return children.isEmpty() ? text : text + " " + children;
        }
    }

    private final Map<String, Map<String, String>> fieldTypes = new HashMap<>();
    private final Set<String> customTypes;
    private final int maxDepth;

    /**
     * Reads field types from the AppSync SDL and custom types from the directive SDL (object types without
     * {@code @model}).
     */
    StatementTrees(String appSyncSdl, String directiveSdl, int maxDepth) {
        for (ObjectTypeDefinition type : parse(appSyncSdl).getDefinitionsOfType(ObjectTypeDefinition.class)) {
            Map<String, String> fields = fieldTypes.computeIfAbsent(type.getName(), name -> new HashMap<>());
            for (FieldDefinition field : type.getFieldDefinitions()) {
                fields.put(field.getName(), baseName(field.getType()));
            }
        }
        this.customTypes = parse(directiveSdl).getDefinitionsOfType(ObjectTypeDefinition.class).stream()
                .filter(type -> !type.hasDirective("model"))
                .map(ObjectTypeDefinition::getName)
                .collect(Collectors.toSet());
        this.maxDepth = maxDepth;
    }

    /** Returns the operations of a {@code .graphql} file by name: header (with variables) and selection tree. */
    static Map<String, Node> graphqlFile(String text) {
        Map<String, Node> operations = new LinkedHashMap<>();
        for (OperationDefinition operation : parse(text).getDefinitionsOfType(OperationDefinition.class)) {
            String variables = operation.getVariableDefinitions().stream()
                    .map(AstPrinter::printAstCompact).collect(Collectors.joining(", "));
            String header = operation.getOperation().name().toLowerCase() + " " + operation.getName()
                    + "(" + variables + ")";
            operations.put(operation.getName(), new Node(header, selections(operation.getSelectionSet())));
        }
        return operations;
    }

    /** Returns the statements of a {@code .ts} or {@code .js} file by export name: document and type tag. */
    static Map<String, Node> scriptFile(String text) {
        Map<String, Node> statements = new LinkedHashMap<>();
        Matcher matcher = TS_STATEMENT.matcher(text);
        while (matcher.find()) {
            String typeTag = matcher.group(3) == null ? "untyped"
                    : matcher.group(3) + "<" + matcher.group(4) + ", " + matcher.group(5) + ">";
            List<Node> documents = new ArrayList<>(graphqlFile(matcher.group(2)).values());
            statements.put(matcher.group(1), new Node(typeTag, documents));
        }
        return statements;
    }

    /** Returns the declarations of an {@code API.ts} by name, each a tree of its lines (blank lines dropped). */
    static Map<String, Node> typesFile(String text) {
        Map<String, Node> declarations = new LinkedHashMap<>();
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        int[] index = {0};
        while (index[0] < lines.size()) {
            String line = lines.get(index[0]);
            Node node = line(lines, index);
            if (line.startsWith("export ")) {
                declarations.put(line.split("\\s+")[2], node);
            }
        }
        return declarations;
    }

    private static Node line(List<String> lines, int[] index) {
        String text = lines.get(index[0]++);
        if (!text.endsWith("{")) {
            return new Node(text, List.of());
        }
        List<Node> children = new ArrayList<>();
        while (!lines.get(index[0]).startsWith("}")) {
            children.add(line(lines, index));
        }
        children.add(new Node(lines.get(index[0]++), List.of()));
        return new Node(text, children);
    }

    /** Returns an operation tree without the custom-type selections Amplify's depth limit cuts. */
    Node withAmplifyDepthLimit(Node operation, String rootType) {
        List<Node> roots = operation.children().stream()
                .map(root -> new Node(root.text(), pruneSelection(root.children(),
                        fieldTypes.get(rootType).get(fieldName(root)), maxDepth)))
                .toList();
        return new Node(operation.text(), roots);
    }

    private List<Node> pruneSelection(List<Node> children, String type, int depth) {
        List<Node> kept = new ArrayList<>();
        for (Node child : children) {
            String childType = fieldTypes.getOrDefault(type, Map.of()).get(fieldName(child));
            if (child.children().isEmpty()) {
                kept.add(child);
            } else if (!(depth - 1 < 1 && customTypes.contains(childType))) {
                kept.add(new Node(child.text(), pruneSelection(child.children(), childType, depth - 1)));
            }
        }
        return kept;
    }

    /** Returns an {@code API.ts} declaration without the custom-type blocks Amplify's depth limit cuts. */
    Node typesWithAmplifyDepthLimit(Node declaration) {
        List<Node> roots = declaration.children().stream()
                .map(root -> new Node(root.text(), pruneBlock(root.children(), maxDepth)))
                .toList();
        return new Node(declaration.text(), roots);
    }

    private List<Node> pruneBlock(List<Node> lines, int depth) {
        List<Node> kept = new ArrayList<>();
        for (Node line : lines) {
            if (line.children().isEmpty()) {
                kept.add(line);
            } else if (!(depth - 1 < 1 && customTypes.contains(blockType(line)))) {
                kept.add(new Node(line.text(), pruneBlock(line.children(), depth - 1)));
            }
        }
        return kept;
    }

    /** A selection block of {@code API.ts} starts with {@code __typename: "Type",}. */
    private static String blockType(Node block) {
        String first = block.children().get(0).text();
        return first.startsWith("__typename: \"") ? first.substring(13, first.indexOf('"', 13)) : "";
    }

    private static String fieldName(Node field) {
        return field.text().split("[(\\s]", 2)[0];
    }

    private static List<Node> selections(SelectionSet selectionSet) {
        List<Node> nodes = new ArrayList<>();
        if (selectionSet == null) {
            return nodes;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            Field field = (Field) selection;
            String arguments = field.getArguments().isEmpty() ? "" : field.getArguments().stream()
                    .map(AstPrinter::printAstCompact).collect(Collectors.joining(", ", "(", ")"));
            nodes.add(new Node(field.getName() + arguments, selections(field.getSelectionSet())));
        }
        return nodes;
    }

    private static String baseName(graphql.language.Type<?> type) {
        return type instanceof TypeName name ? name.getName() : baseName(
                (graphql.language.Type<?>) type.getChildren().get(0));
    }

    private static Document parse(String text) {
        return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(text)
                .parserOptions(ParserOptions.getDefaultSdlParserOptions()).build());
    }
}
