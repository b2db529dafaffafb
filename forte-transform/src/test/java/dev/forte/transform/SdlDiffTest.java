package dev.forte.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.ForteException;
import org.junit.jupiter.api.Test;

class SdlDiffTest {
    private static final String SCHEMA = """
            type Todo @aws_iam @aws_api_key {
              id: ID!
              name: String @index(queryField: "byName") @index(name: "b", queryField: "byName2")
              tags: [String!]
            }
            input CreateTodoInput { name: String id: ID }
            enum Status { DRAFT PUBLISHED }
            type Query {
              listTodos(filter: String, limit: Int = 100, nextToken: String): [Todo] @aws_api_key @aws_iam
            }
            """;

    @Test
    void equalWhateverTheOrderAndLayout() {
        String reordered = """
                type Query { listTodos(nextToken: String, limit: Int = 100, filter: String): [Todo] @aws_iam @aws_api_key }
                enum Status { PUBLISHED DRAFT }
                input CreateTodoInput { id: ID name: String }
                type Todo @aws_api_key @aws_iam {
                  tags: [String!]
                  name: String @index(queryField: "byName2", name: "b") @index(queryField: "byName")
                  id: ID!
                }
                """;

        assertThat(SdlDiff.differences(SCHEMA, reordered)).isEmpty();
    }

    @Test
    void reportsArgumentTypeWithItsPath() {
        String actual = SCHEMA.replace("limit: Int = 100", "limit: Int! = 100");

        assertThat(SdlDiff.differences(SCHEMA, actual))
                .containsExactly("type Query: field listTodos: argument limit: expected Int, got Int!");
    }

    @Test
    void reportsArgumentDefault() {
        String actual = SCHEMA.replace("limit: Int = 100", "limit: Int");

        assertThat(SdlDiff.differences(SCHEMA, actual))
                .containsExactly("type Query: field listTodos: argument limit: default: expected 100, got null");
    }

    @Test
    void reportsMissingAndUnexpectedArguments() {
        String actual = SCHEMA.replace("nextToken: String)", "sortDirection: String)");

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactly(
                "type Query: field listTodos: argument nextToken: missing",
                "type Query: field listTodos: argument sortDirection: unexpected");
    }

    @Test
    void reportsMissingUnexpectedAndRekindedTypes() {
        String actual = SCHEMA.replace("enum Status { DRAFT PUBLISHED }", "enum Priority { LOW }")
                .replace("input CreateTodoInput", "type CreateTodoInput");

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactlyInAnyOrder(
                "input CreateTodoInput: expected input, got type",
                "enum Status: missing",
                "enum Priority: unexpected");
    }

    @Test
    void reportsFieldTypesNullabilityAndLists() {
        String actual = SCHEMA.replace("id: ID!\n", "id: ID\n").replace("tags: [String!]", "tags: [String]!");

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactly(
                "type Todo: field id: expected ID!, got ID",
                "type Todo: field tags: expected [String!], got [String]!");
    }

    @Test
    void reportsMissingAndUnexpectedFields() {
        String actual = SCHEMA.replace("tags: [String!]", "done: Boolean");

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactly(
                "type Todo: field tags: missing", "type Todo: field done: unexpected");
    }

    @Test
    void reportsInputFields() {
        String actual = SCHEMA.replace("input CreateTodoInput { name: String id: ID }",
                "input CreateTodoInput { name: String! }");

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactly(
                "input CreateTodoInput: field name: expected String, got String!",
                "input CreateTodoInput: field id: missing");
    }

    @Test
    void reportsEnumValues() {
        String actual = SCHEMA.replace("enum Status { DRAFT PUBLISHED }", "enum Status { DRAFT ARCHIVED }");

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactly(
                "enum Status: value PUBLISHED: missing", "enum Status: value ARCHIVED: unexpected");
    }

    @Test
    void reportsTypeDirectives() {
        String actual = SCHEMA.replace("type Todo @aws_iam @aws_api_key", "type Todo @aws_iam @aws_cognito_user_pools");

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactly(
                "type Todo: missing directive @aws_api_key",
                "type Todo: unexpected directive @aws_cognito_user_pools");
    }

    @Test
    void reportsFieldDirectiveArgumentsAndRepeats() {
        String actual = SCHEMA.replace("@index(name: \"b\", queryField: \"byName2\")", "@index(queryField: \"byName\")");

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactly(
                "type Todo: field name: missing directive @index(name: \"b\", queryField: \"byName2\")",
                "type Todo: field name: unexpected directive @index(queryField: \"byName\")");
    }

    @Test
    void reportsRootFieldDirectives() {
        String actual = SCHEMA.replace("[Todo] @aws_api_key @aws_iam", "[Todo] @aws_api_key");

        assertThat(SdlDiff.differences(SCHEMA, actual))
                .containsExactly("type Query: field listTodos: missing directive @aws_iam");
    }

    @Test
    void reportsNamesDeclaredTwice() {
        String actual = SCHEMA.replace("tags: [String!]", "tags: [String!]\n  tags: [String!]")
                + "\nenum Status { DRAFT PUBLISHED }";

        assertThat(SdlDiff.differences(SCHEMA, actual)).containsExactly(
                "enum Status: declared more than once", "type Todo: field tags: declared more than once");
    }

    @Test
    void rejectsSdlThatDoesNotParse() {
        assertThatThrownBy(() -> SdlDiff.differences(SCHEMA, "type Todo {"))
                .isInstanceOf(ForteException.class)
                .hasMessageStartingWith("The actual SDL does not parse");
    }
}
