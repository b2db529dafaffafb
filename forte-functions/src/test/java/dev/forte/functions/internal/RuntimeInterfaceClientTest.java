package dev.forte.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.functions.InvocationResult;
import dev.forte.functions.WorkerSpec;
import dev.forte.functions.testhandlers.Greeter;
import dev.forte.functions.testhandlers.Thrower;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** The official aws-lambda-java-runtime-interface-client drives handlers against Forte's Runtime API. */
class RuntimeInterfaceClientTest {
    private static final String OFFICIAL_CLIENT = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Queue<String> console = new ConcurrentLinkedQueue<>();
    private final WorkerLauncher officialClient = WorkerLauncher.runtimeClient(OFFICIAL_CLIENT, console::add);

    @Test
    void officialClientInvokesAHandlerAndPostsItsResponse() throws Exception {
        try (var runtime = new FunctionRuntime(spec("greeter", Greeter.class), officialClient)) {
            InvocationResult first = runtime.invoke("{\"name\":\"Ada\"}");
            InvocationResult second = runtime.invoke("{\"name\":\"Grace\"}");

            assertThat(first.functionError()).as(String.join("\n", console)).isFalse();
            assertThat(json(first).get("greeting").asText()).isEqualTo("Hello, Ada");
            assertThat(json(second).get("pid").asLong()).isEqualTo(json(first).get("pid").asLong());
        }
    }

    @Test
    void officialClientPostsAThrownExceptionAsLambdasErrorDocument() throws Exception {
        try (var runtime = new FunctionRuntime(spec("thrower", Thrower.class), officialClient)) {
            InvocationResult result = runtime.invoke("{}");

            assertThat(result.functionError()).isTrue();
            assertThat(json(result).get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(json(result).get("errorMessage").asText()).isEqualTo("The todo list is full");
        }
    }

    private static WorkerSpec spec(String name, Class<?> handler) {
        List<Path> testClasspath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .toList();
        return WorkerSpec.of(name, handler.getName() + "::handleRequest", testClasspath).withTimeoutSeconds(10);
    }

    private static JsonNode json(InvocationResult result) throws Exception {
        return JSON.readTree(result.payload());
    }
}
