package dev.forte.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a scenario run in a JVM of its own ({@link FunctionBench}, {@link FanoutBench}) reports to the harness: one
 * {@code BENCH_ROW key {json of a Measurement}} line per row on standard output.
 */
final class RowLines {
    static final String PREFIX = "BENCH_ROW ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RowLines() {}

    static void print(String key, Measurement measurement) {
        try {
            System.out.println(PREFIX + key + " " + JSON.writeValueAsString(measurement));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record of numbers always serializes", e);
        }
        System.out.flush();
    }

    /** Reads the rows a scenario process printed, in order. */
    static Map<String, Measurement> parse(String output) {
        Map<String, Measurement> rows = new LinkedHashMap<>();
        for (String line : output.lines().filter(l -> l.startsWith(PREFIX)).toList()) {
            String[] parts = line.substring(PREFIX.length()).split(" ", 2);
            try {
                rows.put(parts[0], JSON.readValue(parts[1], Measurement.class));
            } catch (java.io.IOException | ArrayIndexOutOfBoundsException e) {
                throw new BenchFailure("Unreadable row `" + line + "`", e);
            }
        }
        return rows;
    }
}
