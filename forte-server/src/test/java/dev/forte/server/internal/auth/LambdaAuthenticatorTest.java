package dev.forte.server.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.FunctionInvocation;
import dev.forte.server.FunctionInvocationException;
import dev.forte.server.FunctionInvoker;
import dev.forte.server.FunctionResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The Lambda authorizer contract (PROTOCOL §8) against an invoker that records events and answers as told. */
class LambdaAuthenticatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "{\"query\":\"query Q($id: ID!) { getNote(id: $id) { id } }\","
            + "\"operationName\":\"Q\",\"variables\":{\"id\":\"n1\"}}";

    private final List<FunctionInvocation> invocations = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private String answer = "{\"isAuthorized\":true}";
    private boolean fails;

    private final FunctionInvoker invoker = invocation -> {
        invocations.add(invocation);
        return new FunctionResult(answer, fails);
    };

    private LambdaAuthenticator authenticator(Duration timeToLive) {
        return new LambdaAuthenticator(invoker, "authorizer", timeToLive, "notesApi", nanos::get);
    }

    private static AuthRequest request(String token) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Authorization", token);
        headers.put("X-Trace", "t-1");
        return new AuthRequest("POST", "/graphql", headers, BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendsTheTokenTheRequestContextAndTheHeaders() throws Exception {
        authenticator(Duration.ofSeconds(60)).authenticate(request("token-1"));

        assertThat(invocations).hasSize(1);
        assertThat(invocations.get(0).functionName()).isEqualTo("authorizer");
        assertThat(invocations.get(0).type()).isEqualTo(FunctionInvocation.Type.REQUEST_RESPONSE);
        JsonNode event = JSON.readTree(invocations.get(0).payloadJson());
        assertThat(event.fieldNames()).toIterable()
                .containsExactly("authorizationToken", "requestContext", "requestHeaders");
        assertThat(event.path("authorizationToken").asText()).isEqualTo("token-1");
        JsonNode context = event.path("requestContext");
        assertThat(context.path("apiId").asText()).isEqualTo("notesApi");
        assertThat(context.path("accountId").asText()).isEqualTo("000000000000");
        assertThat(context.path("requestId").asText()).hasSize(36);
        assertThat(context.path("queryString").asText()).isEqualTo("query Q($id: ID!) { getNote(id: $id) { id } }");
        assertThat(context.path("operationName").asText()).isEqualTo("Q");
        assertThat(context.path("variables")).isEqualTo(JSON.readTree("{\"id\":\"n1\"}"));
        assertThat(event.path("requestHeaders")).isEqualTo(
                JSON.readTree("{\"authorization\":\"token-1\",\"x-trace\":\"t-1\"}"));
    }

    @Test
    void anAuthorizedTokenCarriesTheResolverContextAndTheDeniedFields() {
        answer = "{\"isAuthorized\":true,\"resolverContext\":{\"team\":\"blue\",\"none\":null},"
                + "\"deniedFields\":[\"Note.secret\","
                + "\"arn:aws:appsync:us-east-1:111122223333:apis/abc123/types/Query/fields/listNotes\"]}";

        RequestIdentity identity = authenticator(Duration.ofSeconds(60)).authenticate(request("token-1"));

        assertThat(identity.mode()).isEqualTo(AuthMode.AWS_LAMBDA);
        assertThat(identity.lambda().resolverContext()).containsEntry("team", "blue").containsEntry("none", null);
        assertThat(identity.deniedField("Note", "secret")).isTrue();
        assertThat(identity.deniedField("Query", "listNotes")).isTrue();
        assertThat(identity.deniedField("Note", "text")).isFalse();
    }

    @Test
    void reusesAnAnswerForTheSameTokenUntilItsTimeToLivePasses() {
        LambdaAuthenticator authenticator = authenticator(Duration.ofSeconds(60));

        authenticator.authenticate(request("token-1"));
        authenticator.authenticate(request("token-1"));
        authenticator.authenticate(request("token-2"));
        assertThat(invocations).hasSize(2);

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        authenticator.authenticate(request("token-1"));
        assertThat(invocations).hasSize(3);
    }

    @Test
    void ttlOverrideReplacesTheConfiguredTimeToLive() {
        answer = "{\"isAuthorized\":true,\"ttlOverride\":5}";
        LambdaAuthenticator authenticator = authenticator(Duration.ofSeconds(60));

        authenticator.authenticate(request("token-1"));
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        authenticator.authenticate(request("token-1"));
        assertThat(invocations).hasSize(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        authenticator.authenticate(request("token-1"));
        assertThat(invocations).hasSize(2);
    }

    @Test
    void aTimeToLiveOfZeroAsksEveryTime() {
        LambdaAuthenticator authenticator = authenticator(Duration.ZERO);

        authenticator.authenticate(request("token-1"));
        authenticator.authenticate(request("token-1"));

        assertThat(invocations).hasSize(2);
    }

    @Test
    void aRefusalIsUnauthorizedAndIsReusedToo() {
        answer = "{\"isAuthorized\":false}";
        LambdaAuthenticator authenticator = authenticator(Duration.ofSeconds(60));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> authenticator.authenticate(request("bad")))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.errorType()).isEqualTo("UnauthorizedException");
                        assertThat(e.getMessage()).isEqualTo("You are not authorized to make this call.");
                    });
        }
        assertThat(invocations).hasSize(1);
    }

    @Test
    void aFailingFunctionIsUnauthorizedAndIsAskedAgainNextTime() {
        fails = true;
        answer = "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}";
        LambdaAuthenticator authenticator = authenticator(Duration.ofSeconds(60));

        assertThatThrownBy(() -> authenticator.authenticate(request("token-1")))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
        fails = false;
        answer = "{\"isAuthorized\":true}";
        assertThat(authenticator.authenticate(request("token-1")).mode()).isEqualTo(AuthMode.AWS_LAMBDA);
        assertThat(invocations).hasSize(2);
    }

    @Test
    void anAnswerWithoutABooleanIsAuthorizedIsUnauthorized() {
        answer = "{\"isAuthorized\":\"yes\"}";

        assertThatThrownBy(() -> authenticator(Duration.ofSeconds(60)).authenticate(request("token-1")))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void anUninvokableFunctionIsUnauthorized() {
        FunctionInvoker missing = invocation -> {
            throw new FunctionInvocationException("No function host runs function `authorizer`");
        };
        LambdaAuthenticator authenticator = new LambdaAuthenticator(missing, "authorizer", Duration.ofSeconds(60),
                "notesApi");

        assertThatThrownBy(() -> authenticator.authenticate(request("token-1")))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void requestsBringingTheSameNewTokenAtOnceShareOneInvocation() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FunctionInvoker slow = invocation -> {
            calls.incrementAndGet();
            entered.countDown();
            awaitQuietly(release);
            return new FunctionResult("{\"isAuthorized\":true}", false);
        };
        var authenticator = new LambdaAuthenticator(slow, "authorizer", Duration.ofSeconds(60), "notesApi", nanos::get);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<RequestIdentity> first = callers.submit(() -> authenticator.authenticate(request("token-1")));
            assertThat(entered.await(1, TimeUnit.MINUTES)).isTrue();
            AtomicReference<Thread> secondThread = new AtomicReference<>();
            Future<RequestIdentity> second = callers.submit(() -> {
                secondThread.set(Thread.currentThread());
                return authenticator.authenticate(request("token-1"));
            });
            awaitParked(secondThread);
            release.countDown();

            assertThat(first.get(1, TimeUnit.MINUTES).mode()).isEqualTo(AuthMode.AWS_LAMBDA);
            assertThat(second.get(1, TimeUnit.MINUTES).mode()).isEqualTo(AuthMode.AWS_LAMBDA);
            assertThat(calls).hasValue(1);
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
    }

    /** Waits until {@code thread} waits: on the first request's answer, or (were it not shared) in the invoker. */
    private static void awaitParked(AtomicReference<Thread> thread) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (thread.get() == null || !Set.of(Thread.State.WAITING, Thread.State.TIMED_WAITING)
                .contains(thread.get().getState())) {
            assertThat(System.nanoTime()).as("the second request waits").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
