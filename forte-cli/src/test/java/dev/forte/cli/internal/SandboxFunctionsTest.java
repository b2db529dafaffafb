package dev.forte.cli.internal;

import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.ResourceOperation.MUTATE;
import static dev.forte.schema.ResourceOperation.QUERY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionDefinition;
import dev.forte.backend.FunctionProps;
import dev.forte.cli.testhandlers.EnvironmentReport;
import dev.forte.data.a;
import dev.forte.functions.FunctionHost;
import dev.forte.functions.InvocationResult;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.FunctionCredentials;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The sandbox runs a backend's functions; only a granted one gets the data endpoint, region and credentials. */
class SandboxFunctionsTest {
    private static final FunctionDefinition GRANTED = defineFunction(
            FunctionProps.builder(EnvironmentReport.class).name("granted").build());
    private static final FunctionDefinition UNGRANTED = defineFunction(
            FunctionProps.builder(EnvironmentReport.class).name("ungranted")
                    .environment(Map.of("GREETING", "hello")).build());

    private final Map<String, Set<ResourceOperation>> issued = new ConcurrentHashMap<>();

    @Test
    void givesAGrantedFunctionTheDataEndpointRegionAndCredentialsOfItsGrantAndOthersNone() throws Exception {
        Backend backend = Backend.of(defineData(DataProps.of(a.schema(model("Todo", a.model(field("name", a.string()))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(GRANTED).to(QUERY, MUTATE))))),
                GRANTED, UNGRANTED);
        SandboxFunctions functions = new SandboxFunctions(backend, List.of(classpathOf(EnvironmentReport.class)),
                URI.create("http://127.0.0.1:20002/graphql"), "us-east-1", this::issue);

        try (FunctionHost host = functions.start(line -> {})) {
            assertThat(environment(host.invoke("granted", "{}"))).isEqualTo(Map.of(
                    "amplifyData_GRAPHQL_ENDPOINT", "http://127.0.0.1:20002/graphql",
                    "AMPLIFY_DATA_GRAPHQL_ENDPOINT", "http://127.0.0.1:20002/graphql",
                    "AMPLIFY_DATA_DEFAULT_NAME", "amplifyData",
                    "AWS_REGION", "us-east-1",
                    "AWS_ACCESS_KEY_ID", "set",
                    "AWS_SECRET_ACCESS_KEY", "set",
                    "AWS_SESSION_TOKEN", "set"));
            assertThat(environment(host.invoke("ungranted", "{}")))
                    .containsEntry("GREETING", "hello")
                    .doesNotContainKeys("amplifyData_GRAPHQL_ENDPOINT", "AMPLIFY_DATA_GRAPHQL_ENDPOINT",
                            "AMPLIFY_DATA_DEFAULT_NAME", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                            "AWS_SESSION_TOKEN");
        }
        assertThat(issued).isEqualTo(Map.of("granted", Set.of(QUERY, MUTATE)));
    }

    private FunctionCredentials issue(String functionName, Set<ResourceOperation> operations) {
        issued.put(functionName, operations);
        return new FunctionCredentials("ASIAFORTETESTKEY0001", "s".repeat(40), "token", Instant.now().plusSeconds(3600));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(InvocationResult result) throws Exception {
        assertThat(result.functionError()).as(result.payload()).isFalse();
        return new ObjectMapper().readValue(result.payload(), Map.class);
    }

    private static Path classpathOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
