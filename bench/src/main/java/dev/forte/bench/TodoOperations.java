package dev.forte.bench;

import java.util.List;

/**
 * The GraphQL documents every server under test gets for the Todo of {@code examples/todo}, selecting every
 * scalar field as Amplify's data client does. One line each, without double quotes, so the wrk
 * script can embed them in a JSON string as they are.
 */
final class TodoOperations {
    static final String FIELDS = "id name description isDone priority createdAt updatedAt __typename";
    static final String GET = "query GetTodo($id: ID!) { getTodo(id: $id) { " + FIELDS + " } }";
    static final String CREATE =
            "mutation CreateTodo($input: CreateTodoInput!) { createTodo(input: $input) { " + FIELDS + " } }";
    static final String LIST = "query ListTodos($limit: Int, $nextToken: String) {"
            + " listTodos(limit: $limit, nextToken: $nextToken) { items { " + FIELDS + " } nextToken __typename } }";

    /** The index query with a key condition: the HIGH partition, names beginning {@code seed todo 1}, 20 of them. */
    static final String INDEX = "query TodosByPriority($priority: TodoPriority!, $name: ModelStringKeyConditionInput,"
            + " $limit: Int) { " + BenchBackend.INDEX_QUERY + "(priority: $priority, name: $name, limit: $limit) {"
            + " items { " + FIELDS + " } nextToken __typename } }";
    static final String INDEX_VARIABLES = "{\"priority\":\"HIGH\",\"name\":{\"beginsWith\":\"seed todo 1\"},\"limit\":20}";

    /** The priority of the seeded todo number {@code n}, as the floor table seeds them. */
    static String seedPriority(int n) {
        return List.of("LOW", "MEDIUM", "HIGH").get(n % 3);
    }

    private TodoOperations() {}

    /** Returns the document for a wrk operation ({@code get}, {@code create}, {@code list}, {@code fixed}). */
    static String document(String operation) {
        return switch (operation) {
            case "get", "fixed" -> GET;
            case "create" -> CREATE;
            case "list" -> LIST;
            case "index" -> INDEX;
            default -> throw new IllegalArgumentException("No document for " + operation);
        };
    }
}
