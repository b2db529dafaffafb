package dev.forte.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.functions.testhandlers.EnvironmentReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A worker's expiring environment (its credentials): every new worker gets a fresh one, a warm worker keeps its
 * own while enough of it is left for an invocation, and is replaced, between invocations, before it runs out.
 */
class WorkerEnvironmentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration VALIDITY = Duration.ofMinutes(30);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger issued = new AtomicInteger();

    private WorkerEnvironment issue(String functionName) {
        return new WorkerEnvironment(Map.of("ISSUED_KEY", functionName + "-" + issued.incrementAndGet()),
                clock.instant().plus(VALIDITY));
    }

    @Test
    void aWarmWorkerKeepsItsCredentialsUntilTheyAreAboutToExpireThenANewWorkerGetsFreshOnes() throws Exception {
        List<Path> classpath = List.of(Path.of(EnvironmentReader.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()));
        try (FunctionHost host = FunctionHost.start(List.of(WorkerSpec.of("reader", EnvironmentReader.class.getName(),
                classpath).withEnvironment(Map.of("STATIC", "kept"))), line -> { }, this::issue, clock)) {
            JsonNode first = invoke(host);
            clock.advance(VALIDITY.minusMinutes(5));
            JsonNode stillWarm = invoke(host);
            // 3 s timeout + 1 min margin: with under 64 s left the worker is retired.
            clock.advance(Duration.ofMinutes(4).plusSeconds(1));
            JsonNode replaced = invoke(host);

            assertThat(first.path("ISSUED_KEY").asText()).isEqualTo("reader-1");
            assertThat(first.path("STATIC").asText()).isEqualTo("kept");
            assertThat(stillWarm.path("pid").asLong()).isEqualTo(first.path("pid").asLong());
            assertThat(stillWarm.path("ISSUED_KEY").asText()).isEqualTo("reader-1");
            assertThat(replaced.path("pid").asLong()).isNotEqualTo(first.path("pid").asLong());
            assertThat(replaced.path("ISSUED_KEY").asText()).isEqualTo("reader-2");
            assertThat(replaced.path("STATIC").asText()).isEqualTo("kept");
        }
    }

    private static JsonNode invoke(FunctionHost host) throws Exception {
        InvocationResult result = host.invoke("reader", "{}");
        assertThat(result.functionError()).as(result.payload()).isFalse();
        return JSON.readTree(result.payload());
    }

    /** A clock the test moves by hand. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
