package dev.forte.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * How long and how hard each scenario runs.
 *
 * @param warmup an unrecorded run before each measured one (JIT, pools, caches); wrk repeats it while the server
 *     still gets faster, up to 5 runs
 * @param measure the measured run
 * @param connections wrk connections and pgbench clients, the same for every scenario so ratios compare alike
 * @param seeds todos created before the reads; getTodo picks among them at random
 * @param restarts start-up measurements on an existing database, after the one on a fresh database
 * @param subscribers WebSocket connections of the fan-out scenarios (1,000 as issue 7 sets; fewer in smoke mode)
 */
record Plan(String name, Duration warmup, Duration measure, int connections, int seeds, int restarts,
        int subscribers) {
    /** Messages a second published in the fan-out scenarios (issue 7). */
    static final int FANOUT_RATE = 10;


    static Plan named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "quick" -> new Plan("quick", Duration.ofSeconds(3), Duration.ofSeconds(5), 16, 1_000, 2, 1_000);
            case "full" -> new Plan("full", Duration.ofSeconds(10), Duration.ofSeconds(30), 16, 10_000, 5, 1_000);
            case "smoke" -> new Plan("smoke", Duration.ofSeconds(1), Duration.ofSeconds(2), 4, 200, 1, 100);
            default -> throw new BenchFailure("Unknown mode `" + name + "`: use quick, full or smoke.");
        };
    }

    String describe() {
        return String.format(Locale.ROOT, "%s (warm-up %d s, repeated while req/s still rises by 5 %% or more, at most"
                        + " 5 times; then %d s measured per scenario; %d connections; %,d seeded todos)", name,
                warmup.toSeconds(), measure.toSeconds(), connections, seeds);
    }
}
