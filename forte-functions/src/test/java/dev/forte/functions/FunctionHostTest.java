package dev.forte.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.functions.testhandlers.EnvironmentReader;
import dev.forte.functions.testhandlers.Exiter;
import dev.forte.functions.testhandlers.Greeter;
import dev.forte.functions.testhandlers.NotAHandler;
import dev.forte.functions.testhandlers.Sleeper;
import dev.forte.functions.testhandlers.Thrower;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FunctionHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Queue<String> console = new ConcurrentLinkedQueue<>();
    private static FunctionHost host;

    @BeforeAll
    static void startHost() throws Exception {
        List<Path> classpath = List.of(Path.of(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        host = FunctionHost.start(List.of(
                WorkerSpec.of("greeter", Greeter.class.getName(), classpath),
                WorkerSpec.of("thrower", Thrower.class.getName(), classpath),
                WorkerSpec.of("sleeper", Sleeper.class.getName(), classpath).withTimeoutSeconds(1),
                WorkerSpec.of("exiter", Exiter.class.getName(), classpath),
                WorkerSpec.of("not-a-handler", NotAHandler.class.getName(), classpath),
                WorkerSpec.of("environment-reader", EnvironmentReader.class.getName(), classpath)
                        .withMemoryMB(256)
                        .withEnvironment(Map.of("TABLE_PREFIX", "todo_", "AWS_REGION", "eu-west-1",
                                "AWS_LAMBDA_FUNCTION_NAME", "not-overridable"))),
                console::add);
    }

    @AfterAll
    static void stopHost() {
        host.close();
    }

    @Test
    void returnsTheHandlersOutputReadingTheEventAsTheHandlersInputType() throws Exception {
        InvocationResult result = host.invoke("greeter", "{\"name\":\"Ada\",\"ignored\":true}");

        assertThat(result.functionError()).isFalse();
        assertThat(json(result).get("greeting").asText()).isEqualTo("Hello, Ada");
    }

    @Test
    void reusesTheWarmWorkerBetweenInvocations() throws Exception {
        long first = json(host.invoke("greeter", "{\"name\":\"Ada\"}")).get("pid").asLong();
        long second = json(host.invoke("greeter", "{\"name\":\"Grace\"}")).get("pid").asLong();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void returnsAThrownExceptionAsLambdasErrorDocument() throws Exception {
        InvocationResult result = host.invoke("thrower", "{}");

        assertThat(result.functionError()).isTrue();
        JsonNode error = json(result);
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("errorMessage").asText()).isEqualTo("The todo list is full");
        assertThat(error.get("stackTrace").get(0).asText()).startsWith(Thrower.class.getName() + ".handleRequest");
    }

    @Test
    void killsAnInvocationPastItsTimeoutReportsItAndServesTheNextOne() throws Exception {
        host.invoke("sleeper", "0");
        InvocationResult timedOut = host.invoke("sleeper", "60000");

        assertThat(timedOut.functionError()).isTrue();
        assertThat(json(timedOut).get("errorType").asText()).isEqualTo("Sandbox.Timedout");
        assertThat(json(timedOut).get("errorMessage").asText()).endsWith("Task timed out after 1.00 seconds");
        assertThat(console).anyMatch(line -> line.startsWith("[sleeper] ") && line.contains("Task timed out"));
        assertThat(host.invoke("sleeper", "10")).isEqualTo(InvocationResult.success("\"slept 10\""));
    }

    @Test
    void failsTheInvocationThatExitsTheJvmAndStartsAFreshWorkerForTheNext() throws Exception {
        long before = JSON.readTree(host.invoke("exiter", "0").payload()).asLong();
        InvocationResult exited = host.invoke("exiter", "3");
        long after = JSON.readTree(host.invoke("exiter", "0").payload()).asLong();

        assertThat(exited.functionError()).isTrue();
        assertThat(json(exited).get("errorType").asText()).isEqualTo("Runtime.ExitError");
        assertThat(json(exited).get("errorMessage").asText()).endsWith("Runtime exited with error: exit status 3");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void passesWorkerOutputToTheConsolePrefixedWithTheFunctionName() {
        host.invoke("greeter", "{\"name\":\"Linus\"}");

        assertThat(console).contains("[greeter] greeting Linus", "[greeter] to standard error");
    }

    @Test
    void givesTheHandlerLambdasVariablesItsOwnEnvironmentAndNothingOfTheHosts() throws Exception {
        JsonNode seen = json(host.invoke("environment-reader", "{}"));

        assertThat(seen.get("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("environment-reader");
        assertThat(seen.get("_HANDLER").asText()).isEqualTo(EnvironmentReader.class.getName());
        assertThat(seen.get("AWS_LAMBDA_RUNTIME_API").asText()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(seen.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("256");
        assertThat(seen.get("AWS_REGION").asText()).isEqualTo("eu-west-1");
        assertThat(seen.get("TABLE_PREFIX").asText()).isEqualTo("todo_");
        assertThat(seen.has("HOME")).isFalse();
        assertThat(seen.get("context.functionName").asText()).isEqualTo("environment-reader");
        assertThat(seen.get("context.memoryLimitInMB").asInt()).isEqualTo(256);
        assertThat(seen.get("context.remainingTimeInMillis").asInt()).isBetween(1, 3000);
        assertThat(seen.get("context.awsRequestId").asText()).isNotBlank();
        assertThat(seen.get("context.invokedFunctionArn").asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:000000000000:function:environment-reader");
        assertThat(seen.get("maxHeapMB").asLong()).isBetween(200L, 256L);
    }

    @Test
    void reportsAClassThatIsNotAHandlerAsAnInitError() throws Exception {
        InvocationResult result = host.invoke("not-a-handler", "{}");

        assertThat(result.functionError()).isTrue();
        assertThat(json(result).get("errorType").asText()).isEqualTo("java.lang.ClassCastException");
        assertThat(json(result).get("errorMessage").asText()).contains("make it implement RequestHandler<I, O>");
    }

    @Test
    void namesTheFunctionsItRunsWhenAskedForAnUnknownOne() {
        assertThatThrownBy(() -> host.invoke("gretter", "{}"))
                .isInstanceOf(FunctionHostException.class)
                .hasMessageContaining("No function named `gretter`")
                .hasMessageContaining("greeter");
    }

    private static JsonNode json(InvocationResult result) throws Exception {
        return JSON.readTree(result.payload());
    }
}
