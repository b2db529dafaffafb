package dev.forte.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.Define;
import dev.forte.backend.FunctionDefinition;
import dev.forte.backend.FunctionProps;
import dev.forte.backend.FunctionSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sandbox fires {@code defineFunction} schedules with EventBridge's scheduled event. */
class SandboxSchedulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-03-04T10:17:30Z"); // a Wednesday

    public static final class Report implements RequestHandler<Object, Object> {
        @Override
        public Object handleRequest(Object input, Context context) {
            return input;
        }
    }

    private static FunctionDefinition scheduled(String... schedules) {
        return Define.defineFunction(FunctionProps.builder(Report.class).name("report").schedule(schedules).build());
    }

    private static Instant next(String schedule, Instant after) {
        try (SandboxSchedules schedules = SandboxSchedules.start(List.of(), (f, p) -> { }, "us-east-1",
                Clock.fixed(START, ZoneOffset.UTC), line -> { })) {
            FunctionSchedule parsed = scheduled(schedule).schedules().get(0);
            return schedules.next(parsed, after).orElseThrow();
        }
    }

    @Test
    void aRateFiresEveryIntervalCountedFromTheSandboxStart() {
        assertThat(next("every 5m", START)).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(next("every 5m", START.plus(Duration.ofMinutes(7)))).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(next("every 2h", START)).isEqualTo(START.plus(Duration.ofHours(2)));
    }

    @Test
    void naturalSchedulesFireAtMidnightUtcOnTheirDay() {
        assertThat(next("every day", START)).isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(next("every week", START)).isEqualTo(Instant.parse("2026-03-08T00:00:00Z")); // Sunday
        assertThat(next("every month", START)).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(next("every year", START)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void cronExpressionsAreReadAsEventBridgeReadsThem() {
        assertThat(next("*/15 * * * *", START)).isEqualTo(Instant.parse("2026-03-04T10:30:00Z"));
        assertThat(next("0 12 * * ? *", START)).isEqualTo(Instant.parse("2026-03-04T12:00:00Z"));
        assertThat(next("0 9 ? * MON-FRI *", Instant.parse("2026-03-06T10:00:00Z")))   // Friday after 9
                .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(next("0 9 ? * 2 *", START)).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));  // 2 = Monday
        assertThat(next("30 8 1 JAN ? 2028", START)).isEqualTo(Instant.parse("2028-01-01T08:30:00Z"));
    }

    @Test
    void firesTheFunctionWithAnEventBridgeScheduledEventWhenItsMinuteComes() throws Exception {
        // A clock set so that the next whole minute comes 300 ms from now: the schedule fires without a long wait.
        Instant now = Instant.now();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(now, minute).minusMillis(300));
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        List<String> console = new ArrayList<>();

        try (SandboxSchedules schedules = SandboxSchedules.start(List.of(scheduled("* * * * *")),
                (function, payload) -> events.add(function + " " + payload), "eu-west-2", clock, console::add)) {
            String fired = events.poll(30, TimeUnit.SECONDS);

            assertThat(fired).as("the schedule did not fire; console: %s", console).isNotNull().startsWith("report ");
            JsonNode event = JSON.readTree(fired.substring("report ".length()));
            assertThat(event.path("detail-type").asText()).isEqualTo("Scheduled Event");
            assertThat(event.path("source").asText()).isEqualTo("aws.events");
            assertThat(event.path("region").asText()).isEqualTo("eu-west-2");
            assertThat(Instant.parse(event.path("time").asText())).isAfter(now);
            assertThat(event.path("time").asText()).endsWith(":00Z");
            assertThat(event.path("resources").get(0).asText())
                    .isEqualTo("arn:aws:events:eu-west-2:000000000000:rule/report-schedule-1");
            assertThat(event.path("detail").isObject()).isTrue();
        }
    }

    @Test
    void aCronFieldForteCannotReadIsReportedAndSkipped() {
        List<String> console = new ArrayList<>();
        List<String> fired = new ArrayList<>();

        SandboxSchedules.start(List.of(scheduled("0 9 L * ? *")), (f, p) -> fired.add(f), "us-east-1",
                Clock.systemUTC(), console::add).close();

        assertThat(console).singleElement().asString().contains("Schedule `0 9 L * ? *` of function `report` is"
                + " ignored").contains("L, W and # are not supported");
        assertThat(fired).isEmpty();
    }
}
