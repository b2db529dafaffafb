package dev.forte.server.internal.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.forte.server.FunctionInvocation;
import dev.forte.server.FunctionInvocationException;
import dev.forte.server.FunctionInvoker;
import dev.forte.server.FunctionResult;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authorizes the tokens of the API's Lambda mode (PROTOCOL §8) with the backend's authorizer function: it gets
 * the token, the request's document, operation name, variables and headers, and answers whether the token may call
 * the API. An answer is reused for the same token for its {@code ttlOverride}, else for the configured time to live
 * (0: the function is asked every time); requests that bring the same new token at once share one invocation. A
 * refusal, a function that fails or times out, or an answer that is not the authorizer's shape is AppSync's 401
 * {@code UnauthorizedException}; the server log says which.
 */
public final class LambdaAuthenticator implements Authenticator {
    /** Forte's stand-in for an AWS account, as in the ARNs its functions see. */
    static final String ACCOUNT_ID = "000000000000";
    private static final Logger log = LoggerFactory.getLogger(LambdaAuthenticator.class);
    private static final long MAX_CACHED_TOKENS = 10_000;

    private final FunctionInvoker invoker;
    private final String functionName;
    private final Duration timeToLive;
    private final String apiId;
    private final ObjectMapper json = new ObjectMapper();
    private final Cache<String, AuthorizerAnswer> answers;
    private final Map<String, CompletableFuture<AuthorizerAnswer>> asking = new ConcurrentHashMap<>();

    /**
     * @param functionName the authorizer function, as {@code invoker} knows it
     * @param timeToLive how long an answer without {@code ttlOverride} is reused; zero for not at all
     * @param apiId what the event's {@code requestContext.apiId} says: the API's name
     */
    public LambdaAuthenticator(FunctionInvoker invoker, String functionName, Duration timeToLive, String apiId) {
        this(invoker, functionName, timeToLive, apiId, Ticker.systemTicker());
    }

    LambdaAuthenticator(FunctionInvoker invoker, String functionName, Duration timeToLive, String apiId,
            Ticker ticker) {
        this.invoker = invoker;
        this.functionName = functionName;
        this.timeToLive = timeToLive;
        this.apiId = apiId;
        this.answers = Caffeine.newBuilder().maximumSize(MAX_CACHED_TOKENS).ticker(ticker)
                .expireAfter(Expiry.creating((String token, AuthorizerAnswer answer) -> answer.timeToLive()))
                .build();
    }

    @Override
    public RequestIdentity authenticate(AuthRequest request) {
        String token = request.header("authorization");
        if (token == null || token.isBlank()) {
            throw AuthenticationException.unauthorized(RequestAuthenticator.NO_CREDENTIALS);
        }
        AuthorizerAnswer answer = answers.getIfPresent(token);
        if (answer == null) {
            answer = timeToLive.isZero() ? askAndKeep(token, request) : askOnceAtATime(token, request);
        }
        if (answer.granted() == null) {
            throw AuthenticationException.unauthorized(ApiKeyAuthenticator.NOT_AUTHORIZED);
        }
        return RequestIdentity.lambda(answer.granted());
    }

    // Requests that bring the same new token at once (an app's first screen) wait for one answer, which is kept for
    // them all anyway: the authorizer runs one invocation at a time, so asking for each would queue them.
    private AuthorizerAnswer askOnceAtATime(String token, AuthRequest request) {
        CompletableFuture<AuthorizerAnswer> mine = new CompletableFuture<>();
        CompletableFuture<AuthorizerAnswer> running = asking.putIfAbsent(token, mine);
        if (running != null) {
            return awaitAnswer(running);
        }
        try {
            AuthorizerAnswer answer = askAndKeep(token, request);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            asking.remove(token, mine);
        }
    }

    private static AuthorizerAnswer awaitAnswer(CompletableFuture<AuthorizerAnswer> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private AuthorizerAnswer askAndKeep(String token, AuthRequest request) {
        AuthorizerAnswer answer = ask(token, request);
        if (!answer.timeToLive().isZero()) {
            answers.put(token, answer);
        }
        return answer;
    }

    private AuthorizerAnswer ask(String token, AuthRequest request) {
        FunctionResult result;
        try {
            result = invoker.invoke(new FunctionInvocation(functionName, event(token, request),
                    FunctionInvocation.Type.REQUEST_RESPONSE));
        } catch (FunctionInvocationException e) {
            throw refused("could not be invoked: " + e.getMessage());
        }
        if (result.functionError()) {
            throw refused("failed: " + result.payloadJson());
        }
        try {
            return AuthorizerAnswer.parse(json.readTree(result.payloadJson()), timeToLive);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw refused("answered " + result.payloadJson() + ", not {\"isAuthorized\": true|false, "
                    + "\"resolverContext\": {...}, \"deniedFields\": [...], \"ttlOverride\": seconds}");
        }
    }

    private AuthenticationException refused(String why) {
        log.warn("The Lambda authorizer `{}` {}; the request is refused.", functionName, why);
        return AuthenticationException.unauthorized(ApiKeyAuthenticator.NOT_AUTHORIZED);
    }

    /** AppSync's authorizer event: the token, the request's context and its headers. */
    private String event(String token, AuthRequest request) {
        JsonNode body = parsedBody(request.body());
        Map<String, @Nullable Object> context = new LinkedHashMap<>();
        context.put("apiId", apiId);
        context.put("accountId", ACCOUNT_ID);
        context.put("requestId", UUID.randomUUID().toString());
        context.put("queryString", body.path("query").asText(""));
        context.put("operationName", body.path("operationName").isTextual() ? body.path("operationName").asText()
                : null);
        context.put("variables", body.path("variables").isObject() ? body.path("variables") : Map.of());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("authorizationToken", token);
        event.put("requestContext", context);
        event.put("requestHeaders", request.allHeaders().get());
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The authorizer event does not serialise: " + e, e);
        }
    }

    private JsonNode parsedBody(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
