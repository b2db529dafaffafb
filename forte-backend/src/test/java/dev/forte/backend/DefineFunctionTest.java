package dev.forte.backend;

import static dev.forte.backend.Define.defineFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code defineFunction} applies Amplify's defaults and rejects Amplify's bad values with Amplify's words. */
class DefineFunctionTest {

    public static final class DataAccessHandler implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> input, Context context) {
            return "ok";
        }
    }

    public static final class Reporter implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }

    public static final class SQSEventHandler implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }

    public abstract static class AbstractHandler implements RequestHandler<String, String> {}

    public static final class NeedsArgumentHandler implements RequestHandler<String, String> {
        public NeedsArgumentHandler(String greeting) {}

        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }

    private static void assertRejected(ThrowingCallable define, String message) {
        assertThatThrownBy(define).isExactlyInstanceOf(BackendException.class).hasMessage(message);
    }

    private static FunctionProps.Builder reporter() {
        return FunctionProps.builder(Reporter.class);
    }

    @Test
    void appliesAmplifysDefaults() {
        FunctionDefinition function = defineFunction(DataAccessHandler.class);

        assertThat(function).isEqualTo(new FunctionDefinition("data-access",
                DataAccessHandler.class.getName(), 3, 512, Map.of(), List.of()));
    }

    @Test
    void namesTheFunctionAfterTheHandlerClassInKebabCaseWithoutHandlerSuffix() {
        assertThat(defineFunction(DataAccessHandler.class).name()).isEqualTo("data-access");
        assertThat(defineFunction(Reporter.class).name()).isEqualTo("reporter");
        assertThat(defineFunction(SQSEventHandler.class).name()).isEqualTo("sqs-event");
    }

    @Test
    void keepsEveryPropGiven() {
        FunctionDefinition function = defineFunction(reporter().name("nightly-report").timeoutSeconds(900)
                .memoryMB(10240).environment(Map.of("GREETING", "hello")).schedule("every 16m", "0 9 * * 1")
                .build());

        assertThat(function.name()).isEqualTo("nightly-report");
        assertThat(function.handlerClassName()).isEqualTo("dev.forte.backend.DefineFunctionTest$Reporter");
        assertThat(function.timeoutSeconds()).isEqualTo(900);
        assertThat(function.memoryMB()).isEqualTo(10240);
        assertThat(function.environment()).containsExactly(Map.entry("GREETING", "hello"));
        assertThat(function.schedules()).containsExactly(
                new FunctionSchedule.Rate("every 16m", Duration.ofMinutes(16)),
                new FunctionSchedule.Cron("0 9 * * 1", List.of("0", "9", "*", "*", "1")));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 901})
    void rejectsTimeoutOutsideOneTo900InAmplifysWords(int timeout) {
        assertRejected(() -> defineFunction(reporter().timeoutSeconds(timeout).build()),
                "Invalid function timeout of " + timeout + " (function `reporter`). timeoutSeconds must be a whole"
                        + " number between 1 and 900 inclusive.");
    }

    @ParameterizedTest
    @ValueSource(ints = {127, 10241})
    void rejectsMemoryOutside128To10240InAmplifysWords(int memory) {
        assertRejected(() -> defineFunction(reporter().memoryMB(memory).build()),
                "Invalid function memoryMB of " + memory + " (function `reporter`). memoryMB must be a whole number"
                        + " between 128 and 10240 inclusive.");
    }

    @Test
    void acceptsTheLimitsThemselves() {
        assertThat(defineFunction(reporter().timeoutSeconds(1).memoryMB(128).build()).memoryMB()).isEqualTo(128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "1KEY", "_HANDLER", "MY-KEY", "MY KEY", ""})
    void rejectsEnvironmentKeysAmplifyRejects(String key) {
        assertRejected(() -> defineFunction(reporter().environment(Map.of(key, "x")).build()),
                "Invalid environment variable key `" + key + "` (function `reporter`). Environment keys must match"
                        + " [a-zA-Z]([a-zA-Z0-9_])+ and be at least 2 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AMPLIFY_SSM_ENV_CONFIG", "AWS_REGION", "AWS_SECRET_ACCESS_KEY", "AWS_LAMBDA_RUNTIME_API",
            "AMPLIFY_DATA_GRAPHQL_ENDPOINT", "AMPLIFY_DATA_DEFAULT_NAME", "amplifyData_GRAPHQL_ENDPOINT",
            "LAMBDA_TASK_ROOT"})
    void rejectsReservedEnvironmentKeys(String key) {
        assertRejected(() -> defineFunction(reporter().environment(Map.of(key, "x")).build()),
                "Environment variable `" + key + "` of function `reporter` is reserved: Amplify, AWS Lambda or Forte"
                        + " sets it (AWS_*, AMPLIFY_DATA*, *_GRAPHQL_ENDPOINT, AMPLIFY_SSM_ENV_CONFIG,"
                        + " LAMBDA_TASK_ROOT, LAMBDA_RUNTIME_DIR). Choose another name.");
    }

    @Test
    void acceptsTwoCharacterKeys() {
        assertThat(defineFunction(reporter().environment(Map.of("A1", "x")).build()).environment())
                .containsKey("A1");
    }

    @Test
    void parsesAmplifysScheduleForms() {
        FunctionDefinition function = defineFunction(reporter()
                .schedule("every 5m", "every 2h", "every day", "every week", "every month", "every year",
                        "0 9 * * 1 2030")
                .build());

        assertThat(function.schedules()).containsExactly(
                new FunctionSchedule.Rate("every 5m", Duration.ofMinutes(5)),
                new FunctionSchedule.Rate("every 2h", Duration.ofHours(2)),
                new FunctionSchedule.Cron("every day", List.of("0", "0", "*", "*", "*")),
                new FunctionSchedule.Cron("every week", List.of("0", "0", "*", "*", "0")),
                new FunctionSchedule.Cron("every month", List.of("0", "0", "1", "*", "*")),
                new FunctionSchedule.Cron("every year", List.of("0", "0", "1", "1", "*")),
                new FunctionSchedule.Cron("0 9 * * 1 2030", List.of("0", "9", "*", "*", "1", "2030")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"every 0m", "every -5m", "every 1.5h", "every m", "every 00h"})
    void rejectsRatesThatAreNotPositiveWholeNumbersInAmplifysWords(String schedule) {
        assertRejected(() -> defineFunction(reporter().schedule(schedule).build()),
                "Function schedule rate must be set with a positive whole number (function `reporter`, schedule `"
                        + schedule + "`). Write it as `every 5m` or `every 2h`.");
    }

    @Test
    void rejectsRateNotLongerThanTheTimeoutInAmplifysWords() {
        assertRejected(() -> defineFunction(reporter().timeoutSeconds(60).schedule("every 1m").build()),
                "Function schedule rate must be greater than the function timeout of 60 seconds (function"
                        + " `reporter`, schedule `every 1m`). Run it less often or lower timeoutSeconds.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"every fortnight", "* * * *", "0 9 * * 1 2030 x", "0 9 * * MON;", "daily"})
    void rejectsSchedulesThatAreNeitherRateNorCron(String schedule) {
        assertRejected(() -> defineFunction(reporter().schedule(schedule).build()),
                "Schedule `" + schedule + "` of function `reporter` is not valid. Use `every <n>m`, `every <n>h`,"
                        + " `every day|week|month|year` or a cron expression of 5 or 6 fields, e.g. `0 9 * * 1`.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "-leading-dash", "a.b"})
    void rejectsNamesLambdaCannotTake(String name) {
        assertRejected(() -> defineFunction(reporter().name(name).build()),
                "Function name `" + name + "` is not valid. Use letters, digits, - and _, starting with a letter or"
                        + " digit, at most 64 characters, e.g. `data-access`.");
    }

    @Test
    void rejectsHandlersLambdaCannotCreate() {
        String fix = "` must be a public, non-abstract (and, if nested, static) class with a public no-argument"
                + " constructor, so that Forte and AWS Lambda can create it.";
        assertRejected(() -> defineFunction(AbstractHandler.class),
                "Function `abstract`: handler `" + AbstractHandler.class.getName() + fix);
        assertRejected(() -> defineFunction(NeedsArgumentHandler.class),
                "Function `needs-argument`: handler `" + NeedsArgumentHandler.class.getName() + fix);
    }
}
