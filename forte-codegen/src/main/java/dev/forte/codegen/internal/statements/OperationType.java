package dev.forte.codegen.internal.statements;

/** The three kinds of GraphQL operation, with the names each generated file and type uses for them. */
public enum OperationType {
    QUERY("query", "Query", "queries"),
    MUTATION("mutation", "Mutation", "mutations"),
    SUBSCRIPTION("subscription", "Subscription", "subscriptions");

    private final String keyword;
    private final String typeSuffix;
    private final String fileName;

    OperationType(String keyword, String typeSuffix, String fileName) {
        this.keyword = keyword;
        this.typeSuffix = typeSuffix;
        this.fileName = fileName;
    }

    /** Returns the keyword a document starts with, e.g. {@code query}. */
    public String keyword() {
        return keyword;
    }

    /** Returns the suffix of type names, e.g. {@code Query} in {@code GetTodoQuery}; also the default root name. */
    public String typeSuffix() {
        return typeSuffix;
    }

    String defaultRootName() {
        return typeSuffix;
    }

    /** Returns the file name without extension, e.g. {@code queries}. */
    public String fileName() {
        return fileName;
    }
}
