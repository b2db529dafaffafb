package dev.forte.codegen.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.Define;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.backend.LoginWith;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.codegen.testing.ConformanceBackends;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amplify_outputs.json} is the configuration aws-amplify v6's {@code client.models} was captured working with. */
class AmplifyOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI URL = URI.create("http://127.0.0.1:20002/graphql");
    private static final String KEY = "da2-fakeapikey00000000000000";

    @Test
    void apiKeyDefaultMatchesTheCapturedConfiguration() throws IOException {
        AmplifyOutputs outputs = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.API_KEY))
                .url(URL).region("us-east-1").apiKey(KEY).build();

        assertThat(JSON.readTree(outputs.json())).isEqualTo(captured("apikey"));
    }

    @Test
    void iamDefaultListsTheApiKeyAsTheAdditionalMode() throws IOException {
        AmplifyOutputs outputs = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.IAM))
                .url(URL).region("us-east-1").apiKey(KEY).build();

        assertThat(JSON.readTree(outputs.json())).isEqualTo(captured("iam"));
    }

    @Test
    void emailLoginWritesTheAuthSectionAsAmplifyDoes() throws IOException {
        AmplifyOutputs outputs = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.USER_POOL)
                        .withAuth(Define.defineAuth()))
                .url(URL).region("eu-west-1").userPool("eu-west-1_a1B2c3D4e", "forte-local-client").build();

        assertThat(JSON.readTree(outputs.json()).path("auth")).isEqualTo(JSON.readTree("""
                {"aws_region": "eu-west-1", "user_pool_id": "eu-west-1_a1B2c3D4e",
                 "user_pool_client_id": "forte-local-client", "username_attributes": ["email"],
                 "standard_required_attributes": ["email"], "user_verification_types": ["email"], "groups": [],
                 "mfa_configuration": "NONE", "mfa_methods": [],
                 "password_policy": {"min_length": 8, "require_lowercase": true, "require_numbers": true,
                                     "require_symbols": true, "require_uppercase": true}}
                """));
    }

    @Test
    void usernameLoginRequiresNoAttribute() throws IOException {
        AmplifyOutputs outputs = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.USER_POOL)
                        .withAuth(Define.defineAuth(LoginWith.USERNAME)))
                .url(URL).region("eu-west-1").userPool("eu-west-1_a1B2c3D4e", "forte-local-client").build();

        assertThat(JSON.readTree(outputs.json()).path("auth")).isEqualTo(JSON.readTree("""
                {"aws_region": "eu-west-1", "user_pool_id": "eu-west-1_a1B2c3D4e",
                 "user_pool_client_id": "forte-local-client", "username_attributes": ["username"],
                 "standard_required_attributes": [], "user_verification_types": ["email"], "groups": [],
                 "mfa_configuration": "NONE", "mfa_methods": [],
                 "password_policy": {"min_length": 8, "require_lowercase": true, "require_numbers": true,
                                     "require_symbols": true, "require_uppercase": true}}
                """));
    }

    @Test
    void noUserPoolWritesNoAuthSection() throws IOException {
        AmplifyOutputs outputs = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.API_KEY))
                .url(URL).region("us-east-1").apiKey(KEY).userPool(null, "forte-local-client").build();

        assertThat(JSON.readTree(outputs.json()).has("auth")).isFalse();
    }

    @Test
    void apiWithoutKeyHasNoApiKeyEntry() throws IOException {
        AmplifyOutputs outputs = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.USER_POOL))
                .url(URL).region("eu-west-1").build();

        JsonNode data = JSON.readTree(outputs.json()).path("data");
        assertThat(data.has("api_key")).isFalse();
        assertThat(data.path("default_authorization_type").asText()).isEqualTo("AMAZON_COGNITO_USER_POOLS");
        assertThat(data.path("authorization_types")).isEqualTo(JSON.readTree("[\"AWS_IAM\"]"));
        assertThat(data.path("aws_region").asText()).isEqualTo("eu-west-1");
    }

    @Test
    void backendWithDefineAuthDefaultsToUserPoolsWithIamAsTheAdditionalMode(@TempDir Path scratch)
            throws IOException {
        DataDefinition data = ConformanceBackends.data(2, scratch);  // defineAuth(), no declared modes, no API key

        AmplifyOutputs outputs = AmplifyOutputs.builder(data).url(URL).region("us-east-1").build();

        JsonNode section = JSON.readTree(outputs.json()).path("data");
        assertThat(section.path("default_authorization_type").asText()).isEqualTo("AMAZON_COGNITO_USER_POOLS");
        assertThat(section.path("authorization_types")).isEqualTo(JSON.readTree("[\"AWS_IAM\"]"));
        assertThat(section.has("api_key")).isFalse();
    }

    @Test
    void anIdentityPoolAddsTheAuthSectionsPoolKeysAndNothingWithoutOne() throws IOException {
        AmplifyOutputs withPool = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.USER_POOL)).url(URL)
                .region("eu-west-2").identityPool("eu-west-2:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", false).build();
        AmplifyOutputs withoutPool = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.USER_POOL)).url(URL)
                .region("eu-west-2").build();

        assertThat(JSON.readTree(withPool.json()).path("auth")).isEqualTo(JSON.readTree("{\"aws_region\":"
                + "\"eu-west-2\",\"identity_pool_id\":\"eu-west-2:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0\","
                + "\"unauthenticated_identities_enabled\":false}"));
        assertThat(JSON.readTree(withoutPool.json()).has("auth")).isFalse();
    }

    @Test
    void anOidcProviderIsTheDefaultTypeOrAnAdditionalOne() throws IOException {
        OidcAuthorizationMode keycloak = OidcAuthorizationMode.builder("Keycloak", "https://sso.example.com/realms/a")
                .build();
        DataDefinition oidcDefault = withModes(new AuthorizationModes(AuthorizationMode.OIDC, 7).withOidc(keycloak));
        DataDefinition oidcBesideApiKey = withModes(new AuthorizationModes(AuthorizationMode.API_KEY, 7)
                .withOidc(keycloak));

        JsonNode asDefault = JSON.readTree(AmplifyOutputs.builder(oidcDefault).url(URL).region("us-east-1").build()
                .json()).path("data");
        JsonNode asAdditional = JSON.readTree(AmplifyOutputs.builder(oidcBesideApiKey).url(URL).region("us-east-1")
                .apiKey(KEY).build().json()).path("data");

        assertThat(asDefault.path("default_authorization_type").asText()).isEqualTo("OPENID_CONNECT");
        assertThat(asDefault.path("authorization_types")).isEqualTo(JSON.readTree("[\"AWS_IAM\"]"));
        assertThat(asAdditional.path("default_authorization_type").asText()).isEqualTo("API_KEY");
        assertThat(asAdditional.path("authorization_types"))
                .isEqualTo(JSON.readTree("[\"AWS_IAM\", \"OPENID_CONNECT\"]"));
    }

    @Test
    void lambdaAuthorizerIsListedAsAnAdditionalMode() throws IOException {
        DataDefinition todo = capturedTodo(AuthorizationMode.API_KEY);
        DataDefinition data = new DataDefinition(todo.name(), todo.schema(),
                todo.authorizationModes().withLambda(new LambdaAuthorizationMode("authorizer", 60)));

        AmplifyOutputs outputs = AmplifyOutputs.builder(data).url(URL).region("us-east-1").apiKey(KEY).build();

        JsonNode section = JSON.readTree(outputs.json()).path("data");
        assertThat(section.path("default_authorization_type").asText()).isEqualTo("API_KEY");
        assertThat(section.path("authorization_types")).isEqualTo(JSON.readTree("[\"AWS_IAM\",\"AWS_LAMBDA\"]"));
    }

    @Test
    void lambdaDefaultIsNotRepeatedAmongTheAdditionalModes() throws IOException {
        DataDefinition todo = capturedTodo(AuthorizationMode.LAMBDA);
        DataDefinition data = new DataDefinition(todo.name(), todo.schema(),
                todo.authorizationModes().withLambda(new LambdaAuthorizationMode("authorizer", 60)));

        AmplifyOutputs outputs = AmplifyOutputs.builder(data).url(URL).region("us-east-1").build();

        JsonNode section = JSON.readTree(outputs.json()).path("data");
        assertThat(section.path("default_authorization_type").asText()).isEqualTo("AWS_LAMBDA");
        assertThat(section.path("authorization_types")).isEqualTo(JSON.readTree("[\"AWS_IAM\"]"));
    }

    @Test
    void writesAmplifyOutputsJsonIntoTheDirectory(@TempDir Path directory) throws IOException {
        AmplifyOutputs outputs = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.API_KEY))
                .url(URL).region("us-east-1").apiKey(KEY).build();

        Path file = outputs.writeTo(directory.resolve("web"));

        assertThat(file).isEqualTo(directory.resolve("web/amplify_outputs.json"));
        assertThat(Files.readString(file)).isEqualTo(outputs.json());
        assertThat(directory.resolve("web")).isDirectoryNotContaining("glob:**.amplify_outputs*");
    }

    @Test
    void modelIntrospectionIsTheSchemasIntrospection(@TempDir Path scratch) throws IOException {
        DataDefinition data = ConformanceBackends.data(5, scratch);

        AmplifyOutputs outputs = AmplifyOutputs.builder(data).url(URL).region("us-east-1").apiKey(KEY).build();

        assertThat(JSON.readTree(outputs.json()).path("data").path("model_introspection")).isEqualTo(JSON.readTree(
                ConformanceBackends.resource("/conformance/introspection/schema5/model-introspection.json")));
    }

    @Test
    void refusesToBuildWithoutUrlOrRegion() {
        AmplifyOutputs.Builder builder = AmplifyOutputs.builder(capturedTodo(AuthorizationMode.API_KEY)).url(URL);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("aws_region");
    }

    /** The captured Todo: name, description, {@code allow.publicApiKey()} and {@code allow.authenticated('identityPool')}. */
    private static DataDefinition capturedTodo(AuthorizationMode defaultMode) {
        return withModes(new AuthorizationModes(defaultMode, 7));
    }

    private static DataDefinition withModes(AuthorizationModes modes) {
        AuthRule iam = new AuthRule(AuthStrategy.PRIVATE, AuthProvider.IAM, List.of(), null, false, List.of(), null, null, null);
        Model todo = new Model("Todo", List.of(Field.of("name", Scalar.STRING), Field.of("description", Scalar.STRING)),
                List.of("id"), List.of(), Set.of(), List.of(AuthRule.publicApiKey(), iam));
        return new DataDefinition("amplifyData", new DataSchema(List.of(todo), List.of(), List.of(), List.of(),
                List.of()), modes);
    }

    private static JsonNode captured(String mode) throws IOException {
        return JSON.readTree(ConformanceBackends.resource("/captures/amplify_outputs." + mode + ".json"));
    }
}
