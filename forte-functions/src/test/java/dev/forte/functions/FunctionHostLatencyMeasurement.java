package dev.forte.functions;

import dev.forte.functions.testhandlers.Greeter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints cold-start and warm-invocation latency; a measurement, not a test, so it only runs when asked:
 * {@code mvn -pl forte-functions test -Dtest=FunctionHostLatencyMeasurement -Dforte.measure=true}.
 */
@EnabledIfSystemProperty(named = "forte.measure", matches = "true")
class FunctionHostLatencyMeasurement {
    private static final int WARM_INVOCATIONS = 500;

    @Test
    void printsColdStartAndWarmInvocationLatency() throws Exception {
        List<Path> classpath = List.of(Path.of(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            try (var host = FunctionHost.start(List.of(WorkerSpec.of("greeter", Greeter.class.getName(), classpath)),
                    line -> {})) {
                host.invoke("greeter", "{\"name\":\"Ada\"}");
                System.out.printf("cold start to first answer: %.0f ms%n", (System.nanoTime() - start) / 1e6);
                printWarmLatency(host);
            }
        }
    }

    private static void printWarmLatency(FunctionHost host) {
        long[] micros = new long[WARM_INVOCATIONS];
        for (int i = 0; i < WARM_INVOCATIONS; i++) {
            long start = System.nanoTime();
            host.invoke("greeter", "{\"name\":\"Ada\"}");
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("warm invoke over %d calls: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", WARM_INVOCATIONS,
                micros[WARM_INVOCATIONS / 2] / 1e3, micros[WARM_INVOCATIONS * 99 / 100] / 1e3,
                micros[WARM_INVOCATIONS - 1] / 1e3);
    }
}
