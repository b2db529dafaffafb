package dev.forte.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs pgbench ({@code -M prepared}) with {@link FloorTable}'s statements; the connection comes from the usual
 * {@code PG*} environment variables. Percentiles come from pgbench's per-transaction log ({@code -l}).
 */
final class PgBench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final Path workDirectory;

    PgBench(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    Measurement run(String operation, int clients, int seeds, Duration duration) {
        try {
            Path directory = Files.createTempDirectory(workDirectory, "pgbench-" + operation + "-");
            Path script = Files.writeString(directory.resolve(operation + ".sql"), FloorTable.pgbenchScript(operation));
            List<String> command = List.of("pgbench", "-n", "-M", "prepared", "-c", Integer.toString(clients),
                    "-j", Integer.toString(Math.min(2, clients)), "-T", Long.toString(duration.toSeconds()),
                    "-D", "seeds=" + seeds, "-f", script.toString(), "-l",
                    "--log-prefix=" + directory.resolve("log"));
            String output = Processes.run(command, Map.of(), duration.plusSeconds(30));
            return measurement(output, latenciesMicros(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Measurement measurement(String output, long[] sortedLatenciesMicros) {
        Matcher tps = TPS.matcher(output);
        if (!tps.find() || sortedLatenciesMicros.length == 0) {
            throw new BenchFailure("pgbench printed no throughput: " + Processes.tail(output));
        }
        Matcher failed = FAILED.matcher(output);
        long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
        return new Measurement(Double.parseDouble(tps.group(1)), sortedLatenciesMicros.length,
                percentile(sortedLatenciesMicros, 50) / 1000.0, percentile(sortedLatenciesMicros, 99) / 1000.0,
                errors);
    }

    /** Returns the nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Reads the third column (latency in µs) of every pgbench log file. */
    private static long[] latenciesMicros(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            long[] latencies = files.filter(f -> f.getFileName().toString().startsWith("log."))
                    .flatMap(PgBench::lines)
                    .mapToLong(line -> Long.parseLong(line.split(" ")[2]))
                    .toArray();
            Arrays.sort(latencies);
            return latencies;
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
