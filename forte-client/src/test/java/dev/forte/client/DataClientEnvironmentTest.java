package dev.forte.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataClientEnvironmentTest {

    private static Map<String, String> functionEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("amplifyData_GRAPHQL_ENDPOINT", "http://127.0.0.1:20002/graphql");
        environment.put("AMPLIFY_DATA_GRAPHQL_ENDPOINT", "http://127.0.0.1:20002/graphql");
        environment.put("AMPLIFY_DATA_DEFAULT_NAME", "amplifyData");
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "AKIDFUNCTION");
        environment.put("AWS_SECRET_ACCESS_KEY", "secret");
        environment.put("AWS_SESSION_TOKEN", "token");
        return environment;
    }

    @Test
    void readsTheEndpointFromTheVariablesAGrantedFunctionGets() {
        DataClient client = DataClient.fromEnvironment(functionEnvironment());

        assertThat(client.endpoint()).isEqualTo(URI.create("http://127.0.0.1:20002/graphql"));
    }

    @Test
    void fallsBackToAmplifysRuntimeSpellingOfTheEndpoint() {
        Map<String, String> environment = functionEnvironment();
        environment.remove("amplifyData_GRAPHQL_ENDPOINT");
        environment.put("AMPLIFY_DATA_GRAPHQL_ENDPOINT", "http://localhost:9999/graphql");

        assertThat(DataClient.fromEnvironment(environment).endpoint())
                .isEqualTo(URI.create("http://localhost:9999/graphql"));
    }

    @Test
    void readsTheEndpointOfACustomDataNameFromAmplifyDataDefaultName() {
        Map<String, String> environment = functionEnvironment();
        environment.remove("amplifyData_GRAPHQL_ENDPOINT");
        environment.remove("AMPLIFY_DATA_GRAPHQL_ENDPOINT");
        environment.put("AMPLIFY_DATA_DEFAULT_NAME", "amplifyDatamyApi");
        environment.put("AMPLIFY_DATAMY_API_GRAPHQL_ENDPOINT", "http://127.0.0.1:1234/graphql");

        assertThat(DataClient.fromEnvironment(environment).endpoint())
                .isEqualTo(URI.create("http://127.0.0.1:1234/graphql"));
    }

    @Test
    void missingEndpointNamesBothVariablesAndWhatSetsThem() {
        Map<String, String> environment = functionEnvironment();
        environment.remove("amplifyData_GRAPHQL_ENDPOINT");
        environment.remove("AMPLIFY_DATA_GRAPHQL_ENDPOINT");

        assertThatThrownBy(() -> DataClient.fromEnvironment(environment))
                .isInstanceOf(DataClientException.class)
                .hasMessageContaining("Neither amplifyData_GRAPHQL_ENDPOINT nor AMPLIFY_DATA_GRAPHQL_ENDPOINT is set")
                .hasMessageContaining("allow.resource(fn)");
    }

    @Test
    void missingRegionOrCredentialIsAnErrorNamingTheVariable() {
        for (String name : new String[] {"AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}) {
            Map<String, String> environment = functionEnvironment();
            environment.remove(name);

            assertThatThrownBy(() -> DataClient.fromEnvironment(environment))
                    .isInstanceOf(DataClientException.class)
                    .hasMessageStartingWith(name + " is not set.")
                    .hasMessageContaining("granted data access with allow.resource(fn)");
        }
    }

    @Test
    void sessionTokenIsOptionalForLongTermKeys() {
        Map<String, String> environment = functionEnvironment();
        environment.remove("AWS_SESSION_TOKEN");

        assertThat(DataClient.fromEnvironment(environment).endpoint()).hasPort(20002);
    }

    @Test
    void rejectsAnEndpointThatIsNotAnAbsoluteUrl() {
        Map<String, String> environment = functionEnvironment();
        environment.put("amplifyData_GRAPHQL_ENDPOINT", "graphql");

        assertThatThrownBy(() -> DataClient.fromEnvironment(environment))
                .hasMessageContaining("amplifyData_GRAPHQL_ENDPOINT must be an absolute http(s) URL");
    }

    @Test
    void builderNamesWhatIsMissing() {
        assertThatThrownBy(() -> DataClient.builder().apiKey("da2-x").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("endpoint(URI)");
        assertThatThrownBy(() -> DataClient.builder().endpoint(URI.create("http://h/graphql"))
                        .credentials("AKID", "secret", null).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("region(String)");
    }
}
