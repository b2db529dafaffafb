package dev.forte.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.client.internal.ApiKeyAuthorizer;
import dev.forte.client.internal.DataEnvironment;
import dev.forte.client.internal.GraphqlTransport;
import dev.forte.client.internal.RequestAuthorizer;
import dev.forte.client.internal.SigV4Authorizer;
import dev.forte.client.internal.SubscriptionSocket;
import dev.forte.client.internal.TokenAuthorizer;
import dev.forte.client.internal.TrustedCertificates;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * A client of a Forte (or AppSync) data API: GraphQL documents with {@link #graphql(String, Map)}, models without
 * generated code with {@link #models()}. Thread-safe; share one per API.
 *
 * <p>Inside a function granted data access ({@code allow.resource(fn)}):
 * <pre>{@code
 * DataClient client = DataClient.fromEnvironment();
 * client.models().get("Todo").create(Map.of("name", "My first todo"));
 * Page<Map<String, Object>> todos = client.models().get("Todo").list();
 * }</pre>
 *
 * <p>Typed, with a record of the model's fields and no generated code: {@code client.models(Todo.class).create(new
 * Todo(null, "My first todo", null))}; see {@link TypedModelClient}.
 *
 * <p>Configured by hand: {@code DataClient.builder().endpoint(uri).apiKey("da2-...").build()}, or {@code
 * .region("us-east-1").credentials(accessKeyId, secretAccessKey, sessionToken)} to sign with SigV4.
 */
public final class DataClient {
    private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};

    private final GraphqlTransport transport;
    private final URI realtimeEndpoint;
    private final ObjectMapper json;
    private final Models models;
    private final ObjectMapper variablesJson;

    private DataClient(GraphqlTransport transport, URI realtimeEndpoint, ObjectMapper json) {
        this.transport = transport;
        this.realtimeEndpoint = realtimeEndpoint;
        this.json = json;
        this.variablesJson = json.copy().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        this.models = new Models(this, json);
    }

    /**
     * Returns a client configured from the process environment, signing with SigV4: the endpoint from {@code
     * amplifyData_GRAPHQL_ENDPOINT} or {@code AMPLIFY_DATA_GRAPHQL_ENDPOINT}, {@code AWS_REGION}, {@code
     * AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}.
     *
     * @throws DataClientException naming the first variable missing
     */
    public static DataClient fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** Returns a client configured from {@code environment} as {@link #fromEnvironment()} reads the process's. */
    public static DataClient fromEnvironment(Map<String, String> environment) {
        DataEnvironment variables = DataEnvironment.read(environment);
        return builder()
                .endpoint(variables.endpoint())
                .region(variables.region())
                .credentials(variables.accessKeyId(), variables.secretAccessKey(), variables.sessionToken())
                .build();
    }

    /** Returns a builder with no endpoint and no authorization. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the GraphQL endpoint requests go to. */
    public URI endpoint() {
        return transport.endpoint();
    }

    /**
     * Returns the API's answer to {@code document} with {@code variables}: data and AppSync errors as values.
     *
     * @throws DataClientException when the API refuses the request (401, 403, 400) or cannot be reached
     */
    public GraphqlResponse graphql(String document, Map<String, ?> variables) {
        return transport.execute(document, variables);
    }

    /**
     * Returns the API's answer to {@code document} with the components of a variables record (or the properties of
     * any object Jackson can write), e.g. the generated {@code new CreateTodoVariables(new CreateTodoInput(...))}.
     * Null components are left out, so an update changes only what is set; to clear a field, send it as {@code
     * null} in a {@link Map}.
     *
     * @throws DataClientException when the API refuses the request or cannot be reached
     * @throws IllegalArgumentException when {@code variables} does not write as a JSON object
     */
    public GraphqlResponse graphql(String document, Object variables) {
        if (variables instanceof Map<?, ?> map) {
            return transport.execute(document, castKeys(map));
        }
        return transport.execute(document, variablesJson.convertValue(variables, VARIABLES));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castKeys(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    /** Returns the API's answer to {@code document}, which takes no variables. */
    public GraphqlResponse graphql(String document) {
        return graphql(document, Map.of());
    }

    /**
     * Subscribes to {@code document}, a GraphQL subscription such as {@code subscription { onCreateTodo { id name
     * } }}, over AppSync's realtime WebSocket ({@link #realtimeEndpoint()}), authorized like every request.
     * Refusals arrive as a {@link SubscriptionEvent.Failed} event.
     */
    public GraphqlSubscription graphqlSubscribe(String document, Map<String, ?> variables) {
        LinkedBlockingQueue<SubscriptionEvent> events = new LinkedBlockingQueue<>(SubscriptionSocket.QUEUE_CAPACITY);
        SubscriptionSocket socket = SubscriptionSocket.open(transport.http(), realtimeEndpoint, endpoint(),
                transport.authorizer(), json, document, variables, events);
        return new GraphqlSubscription(socket, events);
    }

    /**
     * Returns the realtime endpoint subscriptions connect to: the GraphQL endpoint plus {@code /realtime}, with
     * {@code http(s)://} replaced by {@code wss://} as amplify-js derives it, unless the builder set another.
     */
    public URI realtimeEndpoint() {
        return realtimeEndpoint;
    }

    /** Returns the models of the API, each learnt from the server's schema on first use. */
    public Models models() {
        return models;
    }

    /**
     * Returns the client of the model named as {@code type}'s simple name, with items of that type; {@code
     * models(Todo.class)} reads and writes model {@code Todo} as {@code Todo} records. See {@link TypedModelClient}.
     *
     * @throws DataClientException when the API has no such model or the record does not fit its fields
     */
    public <T> TypedModelClient<T> models(Class<T> type) {
        return models.get(type.getSimpleName(), type);
    }

    @Override
    public String toString() {
        return "DataClient{" + endpoint() + "}";
    }

    /** Configures a {@link DataClient}: an endpoint and an API key, a token, or SigV4 credentials and a region. */
    public static final class Builder {
        private @Nullable URI endpoint;
        private @Nullable String region;
        private @Nullable String apiKey;
        private @Nullable String authToken;
        private @Nullable String accessKeyId;
        private @Nullable String secretAccessKey;
        private @Nullable String sessionToken;
        private @Nullable Path trustedCertificate;
        private @Nullable URI realtimeEndpoint;

        private Builder() {}

        /** Sets the GraphQL endpoint, e.g. {@code http://127.0.0.1:20002/graphql}. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /** Sets the region requests are signed for (the API's {@code aws_region}); needed with credentials. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** Signs requests with SigV4 using these credentials; {@code sessionToken} is null for long-term keys. */
        public Builder credentials(String accessKeyId, String secretAccessKey, @Nullable String sessionToken) {
            clearAuthorization();
            this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
            this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
            this.sessionToken = sessionToken;
            return this;
        }

        /** Sends {@code apiKey} as {@code x-api-key} instead of signing. */
        public Builder apiKey(String apiKey) {
            clearAuthorization();
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /**
         * Sends {@code token} verbatim as {@code Authorization} instead, as amplify-js's {@code authToken} does: a
         * Lambda authorizer's token, or a user-pool or OIDC JWT.
         */
        public Builder authToken(String token) {
            clearAuthorization();
            this.authToken = Objects.requireNonNull(token, "token");
            return this;
        }

        /** The last authorization set wins. */
        private void clearAuthorization() {
            apiKey = null;
            authToken = null;
            accessKeyId = null;
            secretAccessKey = null;
            sessionToken = null;
        }

        /**
         * Trusts the CA certificate in the PEM file {@code caCertificate} for {@code https://} and {@code wss://},
         * e.g. the {@code CA certificate:} a Forte sandbox prints; without it, the JVM's default trust applies.
         */
        public Builder trustCertificate(Path caCertificate) {
            this.trustedCertificate = Objects.requireNonNull(caCertificate, "caCertificate");
            return this;
        }

        /** Sets the realtime endpoint, when it is not the one derived from the GraphQL endpoint. */
        public Builder realtimeEndpoint(URI realtimeEndpoint) {
            this.realtimeEndpoint = Objects.requireNonNull(realtimeEndpoint, "realtimeEndpoint");
            return this;
        }

        /**
         * Returns the configured client.
         *
         * @throws IllegalStateException when the endpoint, the authorization or (with credentials) the region is
         *     missing
         */
        public DataClient build() {
            if (endpoint == null) {
                throw new IllegalStateException("DataClient needs an endpoint: call endpoint(URI) with the GraphQL"
                        + " endpoint, e.g. http://127.0.0.1:20002/graphql.");
            }
            ObjectMapper json = new ObjectMapper();
            var http = GraphqlTransport.newHttpClient(
                    trustedCertificate == null ? null : TrustedCertificates.sslContext(trustedCertificate));
            URI realtime = realtimeEndpoint != null ? realtimeEndpoint : derivedRealtimeEndpoint(endpoint);
            return new DataClient(new GraphqlTransport(endpoint, authorizer(), json, http), realtime, json);
        }

        // amplify-js: a custom endpoint's realtime URL is the endpoint + /realtime with http(s) made wss (§4.1).
        private static URI derivedRealtimeEndpoint(URI endpoint) {
            String text = endpoint.toString();
            String rest = text.substring(text.indexOf("://") + 3);
            String scheme = endpoint.getScheme().startsWith("ws") ? endpoint.getScheme() : "wss";
            return URI.create(scheme + "://" + rest + "/realtime");
        }

        private RequestAuthorizer authorizer() {
            if (apiKey != null) {
                return new ApiKeyAuthorizer(apiKey);
            }
            if (authToken != null) {
                return new TokenAuthorizer(authToken);
            }
            if (accessKeyId == null || secretAccessKey == null) {
                throw new IllegalStateException("DataClient needs an authorization: call apiKey(String),"
                        + " authToken(String) or credentials(accessKeyId, secretAccessKey, sessionToken).");
            }
            if (region == null) {
                throw new IllegalStateException("DataClient signs with SigV4 for a region: call region(String)"
                        + " with the API's region, e.g. us-east-1.");
            }
            return new SigV4Authorizer(accessKeyId, secretAccessKey, sessionToken, region);
        }
    }
}
