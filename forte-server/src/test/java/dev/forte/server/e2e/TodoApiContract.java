package dev.forte.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.backend.Backend;
import dev.forte.server.ForteServer;
import dev.forte.server.internal.ServerBootstrap;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.ModelChange;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Todo API end to end: real HTTP (java.net.http) against a real server on real PostgreSQL, with the documents
 * Amplify's models API sends. Subclasses choose the database.
 */
abstract class TodoApiContract extends ApiContract {
    static final String CREATE = "mutation ($input: CreateTodoInput!, $condition: ModelTodoConditionInput) {\n"
            + "  createTodo(input: $input, condition: $condition) {\n    id\n    name\n    description\n    dueAt\n"
            + "    priority\n    createdAt\n    updatedAt\n  }\n}\n";
    static final String GET = "query ($id: ID!) {\n  getTodo(id: $id) {\n    id\n    name\n    description\n"
            + "    priority\n    createdAt\n    updatedAt\n  }\n}\n";
    static final String UPDATE = "mutation ($input: UpdateTodoInput!, $condition: ModelTodoConditionInput) {\n"
            + "  updateTodo(input: $input, condition: $condition) {\n    id\n    name\n    description\n    updatedAt\n  }\n}\n";
    static final String DELETE = "mutation ($input: DeleteTodoInput!) {\n  deleteTodo(input: $input) {\n    id\n"
            + "    name\n    description\n  }\n}\n";
    static final String LIST = "query ($filter: ModelTodoFilterInput, $limit: Int, $nextToken: String) {\n"
            + "  listTodos(filter: $filter, limit: $limit, nextToken: $nextToken) {\n    items {\n      id\n      name\n"
            + "    }\n    nextToken\n    __typename\n  }\n}\n";
    static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Override
    Backend backend() {
        return TestBackends.todo();
    }

    @Test
    void createFillsIdTimestampsAndDefaultsAndGetReadsItBack() throws Exception {
        JsonNode created = api.graphql(CREATE, Map.of("input", Map.of("name", "first", "dueAt", "2026-11-26T09:00:00.000Z")))
                .path("data").path("createTodo");

        assertThat(created.path("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(created.path("createdAt").asText()).matches(ISO_MILLIS).isEqualTo(created.path("updatedAt").asText());
        assertThat(created.path("priority").asInt()).isEqualTo(3);
        assertThat(created.path("dueAt").asText()).isEqualTo("2026-11-26T09:00:00.000Z");
        JsonNode read = api.graphql(GET, Map.of("id", created.path("id").asText())).path("data").path("getTodo");
        assertThat(read.path("name").asText()).isEqualTo("first");
        assertThat(read.path("createdAt")).isEqualTo(created.path("createdAt"));
    }

    @Test
    void getOfMissingItemIsNull() throws Exception {
        JsonNode body = api.graphql(GET, Map.of("id", "no-such-id"));

        assertThat(body.path("data").path("getTodo").isNull()).isTrue();
        assertThat(body.has("errors")).isFalse();
    }

    @Test
    void updateWithFailingConditionIsConditionalCheckFailedAndWritesNothing() throws Exception {
        String id = create(Map.of("name", "keep", "description", "as is"));

        HttpResponse<String> response = api.post(json(UPDATE, Map.of("input", Map.of("id", id, "name", "changed"),
                "condition", Map.of("name", Map.of("eq", "something else")))));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.parse(response.body());
        assertThat(body.path("data").path("updateTodo").isNull()).isTrue();
        JsonNode error = body.path("errors").get(0);
        assertThat(fieldNames(error)).containsExactly("path", "data", "errorType", "errorInfo", "locations", "message");
        assertThat(error.path("errorType").asText()).isEqualTo("DynamoDB:ConditionalCheckFailedException");
        assertThat(error.path("message").asText()).matches("The conditional request failed \\(Service: DynamoDb, "
                + "Status Code: 400, Request ID: [0-9a-f-]{36}\\)");
        assertThat(error.path("path").toString()).isEqualTo("[\"updateTodo\"]");
        assertThat(error.path("locations").get(0).has("sourceName")).isTrue();
        assertThat(api.graphql(GET, Map.of("id", id)).path("data").path("getTodo").path("name").asText()).isEqualTo("keep");
    }

    @Test
    void updateRefreshesUpdatedAtAndExplicitNullRemoves() throws Exception {
        String id = create(Map.of("name", "before", "description", "remove me"));
        Thread.sleep(5);
        Map<String, @Nullable Object> input = new HashMap<>(Map.of("id", id, "name", "after"));
        input.put("description", null);

        JsonNode updated = api.graphql(UPDATE, Map.of("input", input)).path("data").path("updateTodo");

        assertThat(updated.path("name").asText()).isEqualTo("after");
        assertThat(updated.path("description").isNull()).isTrue();
        JsonNode read = api.graphql(GET, Map.of("id", id)).path("data").path("getTodo");
        assertThat(read.path("updatedAt").asText()).isGreaterThan(read.path("createdAt").asText());
    }

    @Test
    void deleteReturnsTheOldItem() throws Exception {
        String id = create(Map.of("name", "doomed", "description", "old"));

        JsonNode deleted = api.graphql(DELETE, Map.of("input", Map.of("id", id))).path("data").path("deleteTodo");

        assertThat(deleted.path("name").asText()).isEqualTo("doomed");
        assertThat(deleted.path("description").asText()).isEqualTo("old");
        assertThat(api.graphql(GET, Map.of("id", id)).path("data").path("getTodo").isNull()).isTrue();
    }

    @Test
    void listPagesThrough250ItemsWithLimitNextTokenAndFilter() throws Exception {
        for (int i = 0; i < 250; i++) {
            create(Map.of("name", "page-" + i));
        }
        List<String> names = new ArrayList<>();
        String nextToken = null;
        int pages = 0;
        do {
            Map<String, @Nullable Object> variables = new HashMap<>();
            variables.put("filter", Map.of("name", Map.of("beginsWith", "page-")));
            variables.put("limit", 100);
            variables.put("nextToken", nextToken);
            JsonNode list = api.graphql(LIST, variables).path("data").path("listTodos");
            assertThat(list.path("items").size()).isLessThanOrEqualTo(100);
            assertThat(list.path("__typename").asText()).isEqualTo("ModelTodoConnection");
            list.path("items").forEach(item -> names.add(item.path("name").asText()));
            nextToken = list.path("nextToken").isNull() ? null : list.path("nextToken").asText();
            pages++;
        } while (nextToken != null && pages < 20);

        assertThat(names).hasSize(250).doesNotHaveDuplicates().allMatch(name -> name.startsWith("page-"));
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void invalidAwsDateTimeIsAClearErrorAndWritesNothing() throws Exception {
        JsonNode body = api.graphql(CREATE, Map.of("input", Map.of("name", "bad-date", "dueAt", "tomorrow")));

        assertThat(body.path("data").isNull()).isTrue();
        assertThat(body.path("errors").get(0).path("message").asText()).contains("tomorrow").contains("AWSDateTime");
        JsonNode list = api.graphql(LIST, Map.of("filter", Map.of("name", Map.of("eq", "bad-date")), "limit", 1000))
                .path("data").path("listTodos");
        assertThat(list.path("items").size()).isZero();
    }

    @Test
    void unknownFieldIsAValidationErrorInAppSyncWording() throws Exception {
        JsonNode body = api.graphql("{ badfield }", Map.of());

        assertThat(body.path("data").isNull()).isTrue();
        JsonNode error = body.path("errors").get(0);
        assertThat(fieldNames(error)).containsExactly("path", "locations", "message");
        assertThat(error.path("message").asText())
                .isEqualTo("Validation error of type FieldUndefined: Field 'badfield' in type 'Query' is undefined @ 'badfield'");
    }

    @Test
    void unknownInputFieldUsesAppSyncsVariableMessage() throws Exception {
        JsonNode body = api.graphql(CREATE, Map.of("input", Map.of("x", "1")));

        assertThat(body.path("errors").get(0).path("message").asText()).isEqualTo("The variables input contains a field "
                + "name 'x' that is not defined for input object type 'CreateTodoInput' ");
    }

    @Test
    void fieldOfAModelForAnotherProviderIsUnauthorizedWithStatus200() throws Exception {
        HttpResponse<String> response = api.post(json("{ listSecrets { items { id } } }", Map.of()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.parse(response.body());
        assertThat(body.path("data").path("listSecrets").isNull()).isTrue();
        assertThat(body.path("errors").get(0).path("errorType").asText()).isEqualTo("Unauthorized");
        assertThat(body.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access listSecrets on type Query");
    }

    @Test
    void missingApiKeyIs401UnauthorizedException() throws Exception {
        HttpResponse<String> response = api.withApiKey(null).post(json(GET, Map.of("id", "x")));

        assertUnauthorized(response);
    }

    @Test
    void wrongApiKeyIs401UnauthorizedException() throws Exception {
        HttpResponse<String> response = api.withApiKey("da2-notakeyatallnotakeyatall0").post(json(GET, Map.of("id", "x")));

        assertUnauthorized(response);
        assertThat(ApiClient.parse(response.body()).path("errors").get(0).path("message").asText())
                .isEqualTo("You are not authorized to make this call.");
    }

    @Test
    void sigV4RequestWithAMalformedSignatureIs403() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.endpoint())
                .header("authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/us-east-1/appsync/"
                        + "aws4_request, SignedHeaders=host;x-amz-date, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(json(GET, Map.of("id", "x")))).build();

        HttpResponse<String> response = api.send(request);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("IncompleteSignatureException");
    }

    @Test
    void malformedBodiesAre400MalformedHttpRequestException() throws Exception {
        assertMalformed(api.post(""), "Request body is empty.");
        assertMalformed(api.post("{}"), "Unable to parse GraphQL query.");
        assertMalformed(api.post("[]"), "Unable to parse GraphQL query.");
        assertMalformed(api.post("not json"), "Unable to parse GraphQL query.");
    }

    @Test
    void variablesMayBeNullOrAbsent() throws Exception {
        HttpResponse<String> withNull = api.post("{\"query\":\"{ getTodo(id: \\\"x\\\") { id } }\",\"variables\":null}");
        HttpResponse<String> absent = api.post("{\"query\":\"{ getTodo(id: \\\"x\\\") { id } }\"}");

        assertThat(withNull.body()).isEqualTo("{\"data\":{\"getTodo\":null}}");
        assertThat(absent.body()).isEqualTo("{\"data\":{\"getTodo\":null}}");
    }

    @Test
    void subscriptionOverHttpIsRejected() throws Exception {
        HttpResponse<String> response = api.post(json("subscription { onCreateTodo { id } }", Map.of()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
    }

    @Test
    void everyResponseCarriesContentTypeDateAndRequestId() throws Exception {
        HttpResponse<String> response = api.post(json(GET, Map.of("id", "x")));

        assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=UTF-8");
        assertThat(response.headers().firstValue("date")).isPresent();
        assertThat(response.headers().firstValue("x-amzn-RequestId").orElseThrow()).matches("[0-9a-f-]{36}");
    }

    @Test
    void preflightIsAnsweredWithoutCredentials() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.endpoint())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-custom-header")
                .build();

        HttpResponse<String> response = api.send(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("access-control-allow-origin")).hasValue("http://localhost:3000");
        assertThat(response.headers().firstValue("access-control-allow-headers").orElseThrow())
                .contains("x-api-key").contains("x-custom-header");
    }

    @Test
    void restartOverTheSameDataKeepsItemsAndTheApiKey() throws Exception {
        String id = create(Map.of("name", "survivor"));
        String key = server.apiKey();
        server.close();
        server = null;

        server = ForteServer.start(config());
        api = new ApiClient(server.graphqlEndpoint(), server.apiKey());

        assertThat(server.apiKey()).isEqualTo(key);
        assertThat(api.graphql(GET, Map.of("id", id)).path("data").path("getTodo").path("name").asText())
                .isEqualTo("survivor");
    }

    @Test
    void aCommittedMutationReachesTheChangeFeedWithTheWholeItem() throws Exception {
        BlockingQueue<ModelChange> changes = new LinkedBlockingQueue<>();
        try (ChangeFeed.Listening listening = ((ServerBootstrap) server).changeFeed().listen(changes::add)) {
            JsonNode created = api.graphql("mutation { createTodo(input: {name: \"feed me\"}) { id } }", Map.of());
            String id = created.path("data").path("createTodo").path("id").asText();

            ModelChange change;
            do {
                change = changes.poll(60, TimeUnit.SECONDS);
                assertThat(change).as("the change of " + id).isNotNull();
            } while (!id.equals(change.item().get("id")));
            assertThat(change.mutationField()).isEqualTo("createTodo");
            assertThat(change.item()).containsEntry("name", "feed me").containsEntry("priority", 3)
                    .containsKeys("createdAt", "updatedAt");
        }
    }

    String create(Map<String, Object> input) throws Exception {
        JsonNode body = api.graphql(CREATE, Map.of("input", input));
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        return body.path("data").path("createTodo").path("id").asText();
    }

    static void assertUnauthorized(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnauthorizedException");
        assertThat(ApiClient.parse(response.body()).path("errors").get(0).path("errorType").asText())
                .isEqualTo("UnauthorizedException");
    }

    static void assertMalformed(HttpResponse<String> response, String message) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MalformedHttpRequestException");
        assertThat(response.body()).isEqualTo("{\"errors\":[{\"message\":\"" + message
                + "\",\"errorType\":\"MalformedHttpRequestException\"}]}");
    }
}
