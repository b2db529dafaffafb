package dev.forte.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * How long and how hard each scenario runs.
 *
 * @param warmup an unrecorded run before each measured one (JIT, pools, caches); wrk repeats it while the server
 *     still gets faster, up to {@code maxWarmups} runs
 * @param measure the measured run
 * @param connections wrk connections and pgbench clients, the same for every scenario so ratios compare alike
 * @param seeds todos created before the reads; getTodo picks among them at random
 * @param restarts start-up measurements on an existing database, after the one on a fresh database
 * @param subscribers WebSocket connections of the fan-out scenarios (1,000 as issue 5 sets; fewer in smoke mode)
 */
record Plan(String name, Duration warmup, int maxWarmups, Duration measure, int connections, int seeds, int restarts,
        int subscribers) {
    /** Messages a second published in the fan-out scenarios (issue 5). */
    static final int FANOUT_RATE = 10;


    static Plan named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            // Quick must stay under 5 minutes on 2 cores (issue 7); its figures are for a first look.
            case "quick" -> new Plan("quick", Duration.ofSeconds(3), 4, Duration.ofSeconds(4), 16, 1_000, 1, 1_000);
            case "full" -> new Plan("full", Duration.ofSeconds(10), 5, Duration.ofSeconds(30), 16, 10_000, 5, 1_000);
            case "smoke" -> new Plan("smoke", Duration.ofSeconds(1), 2, Duration.ofSeconds(2), 4, 200, 1, 100);
            default -> throw new BenchFailure("Unknown mode `" + name + "`: use quick, full or smoke.");
        };
    }

    String describe() {
        return String.format(Locale.ROOT, "%s (warm-up %d s, repeated while req/s still rises by 5 %% or more, at most"
                        + " %d times; then %d s measured per scenario; %d connections; %,d seeded todos)", name,
                warmup.toSeconds(), maxWarmups, measure.toSeconds(), connections, seeds);
    }
}
