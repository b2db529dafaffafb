package dev.forte.schema;

/** The root type a custom operation belongs to: {@code a.query()} or {@code a.mutation()}. */
public enum OperationType {
    QUERY("Query"),
    MUTATION("Mutation");

    private final String graphqlTypeName;

    OperationType(String graphqlTypeName) {
        this.graphqlTypeName = graphqlTypeName;
    }

    /** Returns the GraphQL root type, {@code Query} or {@code Mutation}. */
    public String graphqlTypeName() {
        return graphqlTypeName;
    }
}
