package dev.forte.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.FunctionDefinition;
import dev.forte.backend.FunctionSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Fires the backend's function schedules ({@code defineFunction}'s {@code schedule}) while the sandbox runs, as
 * EventBridge would: each firing invokes the function as an event with EventBridge's {@code Scheduled Event}.
 * A rate ({@code every 5m}) first fires one interval after the sandbox starts; a cron expression at its next
 * matching minute, in UTC. Firings the sandbox was not running for are not made up.
 */
public final class SandboxSchedules implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT_ID = "000000000000";

    /** Queues an event invocation of a function. */
    @FunctionalInterface
    public interface EventInvoker {
        void invokeEvent(String functionName, String payloadJson);
    }

    private final ScheduledExecutorService timer;
    private final EventInvoker invoker;
    private final String region;
    private final Clock clock;
    private final Consumer<String> console;
    private final Instant started;

    private SandboxSchedules(EventInvoker invoker, String region, Clock clock, Consumer<String> console) {
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "forte-schedules");
            thread.setDaemon(true);
            return thread;
        });
        this.invoker = invoker;
        this.region = region;
        this.clock = clock;
        this.console = console;
        this.started = clock.instant();
    }

    /**
     * Starts firing the schedules of {@code functions}. A schedule the sandbox cannot read is reported on
     * {@code console} and skipped, so the API still serves.
     */
    public static SandboxSchedules start(List<FunctionDefinition> functions, EventInvoker invoker, String region,
            Clock clock, Consumer<String> console) {
        SandboxSchedules schedules = new SandboxSchedules(invoker, region, clock, console);
        for (FunctionDefinition function : functions) {
            for (int i = 0; i < function.schedules().size(); i++) {
                schedules.plan(function.name(), function.name() + "-schedule-" + (i + 1), function.schedules().get(i));
            }
        }
        return schedules;
    }

    private void plan(String function, String rule, FunctionSchedule schedule) {
        try {
            next(schedule, clock.instant()).ifPresentOrElse(at -> fireAt(function, rule, schedule, at),
                    () -> console.accept("Schedule `" + schedule.expression() + "` of function `" + function
                            + "` never fires in the coming years; it is ignored."));
        } catch (IllegalArgumentException e) {
            console.accept("Schedule `" + schedule.expression() + "` of function `" + function + "` is ignored: "
                    + e.getMessage() + ".");
        }
    }

    /** Returns when {@code schedule} fires next after {@code after}. */
    Optional<Instant> next(FunctionSchedule schedule, Instant after) {
        if (schedule instanceof FunctionSchedule.Rate rate) {
            long elapsed = Duration.between(started, after).toMillis();
            long intervals = Math.max(0, elapsed / rate.interval().toMillis()) + 1;
            return Optional.of(started.plus(rate.interval().multipliedBy(intervals)));
        }
        return CronSchedule.of(((FunctionSchedule.Cron) schedule).fields()).next(after);
    }

    private void fireAt(String function, String rule, FunctionSchedule schedule, Instant at) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        timer.schedule(() -> {
            fire(function, rule, schedule, at);
            next(schedule, at).ifPresent(following -> fireAt(function, rule, schedule, following));
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void fire(String function, String rule, FunctionSchedule schedule, Instant at) {
        try {
            invoker.invokeEvent(function, scheduledEvent(rule, at));
        } catch (RuntimeException e) {
            console.accept("[" + function + "] schedule `" + schedule.expression() + "` could not invoke it: "
                    + e.getMessage());
        }
    }

    /** Returns EventBridge's {@code Scheduled Event} for a firing of {@code rule} at {@code time}. */
    String scheduledEvent(String rule, Instant time) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", ACCOUNT_ID);
        event.put("time", time.toString());
        event.put("region", region);
        event.put("resources", List.of("arn:aws:events:" + region + ":" + ACCOUNT_ID + ":rule/" + rule));
        event.put("detail", Map.of());
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serializes", e);
        }
    }

    /** Stops firing; an invocation already queued still runs. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
