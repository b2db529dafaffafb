package dev.forte.server.internal.scalars;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scalars inside a real graphql-java execution: variables, inline literals and results. */
class AwsScalarsExecutionTest {
    private static final String SCHEMA = """
            type Query {
              echoDateTime(value: AWSDateTime): AWSDateTime
              echoTimestamp(value: AWSTimestamp): AWSTimestamp
              echoJson(value: AWSJSON): AWSJSON
              jsonObject: AWSJSON
              createdAt: AWSDateTime
              corruptDateTime: AWSDateTime
            }
            """;

    private final GraphQL graphQL = GraphQL.newGraphQL(schema()).build();

    @Test
    void keepsValidVariablesVerbatim() {
        ExecutionResult result = execute("query ($v: AWSDateTime) { echoDateTime(value: $v) }",
                Map.of("v", "2026-11-25T19:06:39.396+05:30"));

        assertThat(result.getErrors()).isEmpty();
        assertThat(data(result)).containsEntry("echoDateTime", "2026-11-25T19:06:39.396+05:30");
    }

    @Test
    void reportsInvalidVariablesWithTheVariableScalarAndValue() {
        ExecutionResult result = execute("query ($input: AWSDateTime) { echoDateTime(value: $input) }",
                Map.of("input", "tomorrow"));

        assertThat(result.getErrors()).extracting(GraphQLError::getMessage).containsExactly(
                "Variable 'input' has an invalid value: Unable to parse `tomorrow` as a valid AWSDateTime: expected an"
                        + " extended ISO 8601 date-time with a time-zone offset, such as 2026-11-25T19:06:39.396Z.");
        assertThat(result.isDataPresent()).isFalse();
    }

    @Test
    void reportsInvalidInlineLiteralsAsValidationErrors() {
        ExecutionResult result = execute("{ echoDateTime(value: \"tomorrow\") }", Map.of());

        assertThat(result.getErrors()).singleElement().satisfies(error -> assertThat(error.getMessage())
                .contains("echoDateTime")
                .contains("Unable to parse `tomorrow` as a valid AWSDateTime"));
    }

    @Test
    void parsesTimestampLiteralsAndVariablesAsNumbers() {
        ExecutionResult literal = execute("{ echoTimestamp(value: 1764097599) }", Map.of());
        ExecutionResult variable = execute("query ($t: AWSTimestamp) { echoTimestamp(value: $t) }",
                Map.of("t", 1764097599));

        assertThat(data(literal)).containsEntry("echoTimestamp", 1764097599L);
        assertThat(data(variable)).containsEntry("echoTimestamp", 1764097599L);
    }

    @Test
    void keepsJsonVariablesAsTheirText() {
        ExecutionResult result = execute("query ($j: AWSJSON) { echoJson(value: $j) }",
                Map.of("j", "{\"upvotes\": 10}"));

        assertThat(data(result)).containsEntry("echoJson", "{\"upvotes\": 10}");
    }

    @Test
    void serializesResolverObjectsAndInstants() {
        ExecutionResult result = execute("{ jsonObject createdAt }", Map.of());

        assertThat(result.getErrors()).isEmpty();
        assertThat(data(result))
                .containsEntry("jsonObject", "{\"upvotes\":10}")
                .containsEntry("createdAt", "2026-11-25T19:06:39.396Z");
    }

    @Test
    void reportsStoredValuesThatBreakTheScalarLikeAppSync() {
        ExecutionResult result = execute("{ corruptDateTime }", Map.of());

        assertThat(result.getErrors()).extracting(GraphQLError::getMessage).containsExactly(
                "Can't serialize value (/corruptDateTime) : Unable to serialize `2020-05-23T06:4:37.000Z` as a valid"
                        + " AWSDateTime: expected an extended ISO 8601 date-time with a time-zone offset, such as"
                        + " 2026-11-25T19:06:39.396Z.");
        assertThat(data(result)).containsEntry("corruptDateTime", null);
    }

    private ExecutionResult execute(String query, Map<String, Object> variables) {
        return graphQL.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
    }

    private static Map<String, Object> data(ExecutionResult result) {
        return result.getData();
    }

    private static GraphQLSchema schema() {
        DataFetcher<Object> echo = environment -> environment.getArgument("value");
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                .dataFetcher("echoDateTime", echo)
                .dataFetcher("echoTimestamp", echo)
                .dataFetcher("echoJson", echo)
                .dataFetcher("jsonObject", environment -> Map.of("upvotes", 10))
                .dataFetcher("createdAt", environment -> Instant.parse("2026-11-25T19:06:39.396Z"))
                .dataFetcher("corruptDateTime", environment -> "2020-05-23T06:4:37.000Z"));
        AwsScalars.all().forEach(wiring::scalar);
        return new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse(AppSyncDirectives.declarationsSdl() + SCHEMA), wiring.build());
    }
}
