package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.client.DataClient;
import dev.forte.client.DataClientException;
import dev.forte.client.GraphqlError;
import dev.forte.client.GraphqlResponse;
import dev.forte.client.GraphqlSubscription;
import dev.forte.client.SubscriptionEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lambda authorization mode end to end: {@code forte sandbox} runs the backend's authorizer function in its worker
 * JVM and asks it about every new token ({@code LambdaAuthBackend}: the answer depends on the token's prefix, and
 * {@code resolverContext.calls} counts the invocations for the token, seen through {@code whoAmI}).
 */
class LambdaAuthorizerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofMinutes(1);
    @TempDir static Path directory;
    private static RunningSandbox sandbox;

    @BeforeAll
    static void startSandbox() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/LambdaAuthBackend.java"),
                directory.resolve("LambdaAuthBackend.java"));
        sandbox = RunningSandbox.start(directory, "--backend-file", "LambdaAuthBackend.java", "--port", "0",
                "--data-dir", "data");
    }

    @AfterAll
    static void stopSandbox() throws Exception {
        if (sandbox != null) {
            assertThat(sandbox.stop()).as(sandbox.err()).isZero();
        }
    }

    private static DataClient client(String token) {
        return DataClient.builder().endpoint(URI.create(sandbox.endpoint())).authToken(token)
                .trustCertificate(directory.resolve("data/tls/ca.pem")).build();
    }

    private static String token(String prefix) {
        return prefix + UUID.randomUUID();
    }

    /** Returns {@code $ctx.identity.resolverContext} as the custom query's function received it. */
    private static JsonNode resolverContext(DataClient client) throws Exception {
        GraphqlResponse response = client.graphql("query WhoAmI { whoAmI }");
        assertThat(response.errors()).isEmpty();
        return JSON.readTree(response.data().path("whoAmI").asText()).path("resolverContext");
    }

    @Test
    void theSandboxSaysHowToSendLambdaTokens() {
        assertThat(sandbox.out()).contains("Lambda tokens: send `Authorization: TOKEN`; function `authorizer` decides,"
                + " its answer reused for 300 s unless it sets ttlOverride");
    }

    @Test
    void anAcceptedTokenReadsAndWritesAsItsRulesSay() {
        DataClient client = client(token("writer-"));
        sandbox.postOk("mutation { createNotice(input: {text: \"posted with the key\"}) { id } }");

        GraphqlResponse created = client.graphql("mutation { createNote(input: {text: \"mine\"}) { id text } }");
        GraphqlResponse notices = client.graphql("{ listNotices { items { text } } }");
        GraphqlResponse refused = client.graphql("mutation { createNotice(input: {text: \"no\"}) { id } }");

        assertThat(created.errors()).isEmpty();
        assertThat(created.data().path("createNote").path("text").asText()).isEqualTo("mine");
        assertThat(notices.errors()).isEmpty();
        assertThat(notices.data().path("listNotices").path("items").findValuesAsText("text"))
                .contains("posted with the key");
        assertThat(refused.data().path("createNotice").isNull()).isTrue();
        assertThat(refused.errors()).extracting(GraphqlError::errorType).containsExactly("Unauthorized");
    }

    @Test
    void theAuthorizerGetsTheTokenTheRequestAndItsHeadersAndFunctionsGetItsResolverContext() throws Exception {
        String token = token("event-");

        JsonNode context = resolverContext(client(token));

        assertThat(context.path("queryString").asText()).isEqualTo("query WhoAmI { whoAmI }");
        assertThat(context.path("authorizationHeader").asText()).isEqualTo(token);
    }

    @Test
    void aRefusedTokenIsAppSyncsUnauthorizedException() throws Exception {
        assertUnauthorized(token("deny-"));
    }

    @Test
    void aThrowingAuthorizerIsUnauthorizedNotAnInternalFailure() throws Exception {
        assertUnauthorized(token("throw-"));
    }

    private static void assertUnauthorized(String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sandbox.endpoint()))
                        .header("content-type", "application/json")
                        .header("authorization", token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ listNotes { items { id } } }\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValueSatisfying(
                type -> assertThat(type).startsWith("UnauthorizedException"));
        JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
        assertThat(error.path("errorType").asText()).isEqualTo("UnauthorizedException");
        assertThat(error.path("message").asText()).isEqualTo("You are not authorized to make this call.");
    }

    @Test
    void theDataClientReportsARefusalAsUnauthorized() {
        try {
            client(token("deny-")).graphql("{ listNotes { items { id } } }");
            throw new AssertionError("a refused token was answered");
        } catch (DataClientException e) {
            assertThat(e.status()).hasValue(401);
            assertThat(e.errorType()).hasValue("UnauthorizedException");
        }
    }

    @Test
    void theAuthorizerIsAskedOncePerTokenWithinTheTimeToLive() throws Exception {
        DataClient client = client(token("cached-"));

        assertThat(resolverContext(client).path("calls").asText()).isEqualTo("1");
        assertThat(resolverContext(client).path("calls").asText()).isEqualTo("1");
        assertThat(resolverContext(client(token("cached-"))).path("calls").asText())
                .as("another token is asked about on its own").isEqualTo("1");
    }

    @Test
    void theAuthorizerIsAskedAgainOnceItsTtlOverrideHasPassed() throws Exception {
        DataClient client = client(token("short-"));
        assertThat(resolverContext(client).path("calls").asText()).isEqualTo("1");

        Instant deadline = Instant.now().plus(WAIT);
        String calls = "1";
        while (calls.equals("1") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            calls = resolverContext(client).path("calls").asText();
        }

        assertThat(calls).as("the one-second ttlOverride never expired (the configured TTL is 300 s)")
                .isEqualTo("2");
    }

    @Test
    void aDeniedFieldIsNullWithAnUnauthorizedError() {
        DataClient client = client(token("nosecret-"));

        GraphqlResponse response = client.graphql(
                "mutation { createNote(input: {text: \"open\", secret: \"hidden\"}) { text secret } }");

        assertThat(response.data().path("createNote").path("text").asText()).isEqualTo("open");
        assertThat(response.data().path("createNote").path("secret").isNull()).isTrue();
        assertThat(response.errors()).extracting(GraphqlError::errorType).containsExactly("Unauthorized");
        assertThat(response.errors()).extracting(GraphqlError::message)
                .containsExactly("Not Authorized to access secret on type Note");
    }

    @Test
    void aSubscriptionAuthorizedByALambdaTokenReceivesItsEvent() throws Exception {
        DataClient client = client(token("listener-"));
        try (GraphqlSubscription created = client.graphqlSubscribe("subscription { onCreateNote { text } }",
                Map.of())) {
            assertThat(next(created)).isInstanceOf(SubscriptionEvent.Started.class);

            client(token("writer-")).graphql("mutation { createNote(input: {text: \"heard\"}) { id } }");

            SubscriptionEvent event = next(created);
            assertThat(event).isInstanceOf(SubscriptionEvent.Data.class);
            assertThat(((SubscriptionEvent.Data) event).item()).containsEntry("text", "heard");
        }
    }

    @Test
    void aSubscriptionWithARefusedTokenIsNotStarted() throws Exception {
        try (GraphqlSubscription refused = client(token("deny-")).graphqlSubscribe(
                "subscription { onCreateNote { text } }", Map.of())) {
            SubscriptionEvent event = next(refused);

            assertThat(event).isInstanceOf(SubscriptionEvent.Failed.class);
            assertThat(((SubscriptionEvent.Failed) event).errors()).extracting(GraphqlError::errorType)
                    .contains("UnauthorizedException");
        }
    }

    private static SubscriptionEvent next(GraphqlSubscription subscription) throws InterruptedException {
        return subscription.poll(WAIT).orElseThrow(() -> new AssertionError("No subscription event within " + WAIT));
    }
}
