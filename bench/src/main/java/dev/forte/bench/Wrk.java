package dev.forte.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs wrk with {@code bench/wrk/graphql.lua} and reads the result line its {@code done} hook prints. */
final class Wrk {
    private static final String RESULT_PREFIX = "BENCH_RESULT ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path script;

    Wrk(Path script) {
        this.script = script;
    }

    /** One wrk run against {@code url}; {@code operation} picks the request bodies (see the Lua script). */
    Measurement run(URI url, String operation, String apiKey, int seeds, int connections, Duration duration) {
        Map<String, String> env = Map.of("BENCH_OP", operation, "BENCH_QUERY", TodoOperations.document(operation),
                "BENCH_API_KEY", apiKey, "BENCH_SEEDS", Integer.toString(seeds),
                "BENCH_VARIABLES", operation.equals("index") ? TodoOperations.INDEX_VARIABLES : "{}");
        return run(url, env, connections, duration);
    }

    /** One wrk run that POSTs {@code document} with {@code variables} (JSON) over and over. */
    Measurement runQuery(URI url, String document, String variables, String apiKey, int connections,
            Duration duration) {
        Map<String, String> env = Map.of("BENCH_OP", "query", "BENCH_QUERY", document, "BENCH_API_KEY", apiKey,
                "BENCH_VARIABLES", variables);
        return run(url, env, connections, duration);
    }

    private Measurement run(URI url, Map<String, String> env, int connections, Duration duration) {
        List<String> command = List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "10s", "-s", script.toString(), url.toString());
        return parse(Processes.run(command, env, duration.plusSeconds(30)));
    }

    static Measurement parse(String output) {
        String line = output.lines().filter(l -> l.startsWith(RESULT_PREFIX)).findFirst()
                .orElseThrow(() -> new BenchFailure("wrk printed no result: " + Processes.tail(output)));
        try {
            JsonNode result = JSON.readTree(line.substring(RESULT_PREFIX.length()));
            long requests = result.get("requests").asLong();
            double seconds = result.get("duration_us").asDouble() / 1e6;
            long errors = result.get("connect").asLong() + result.get("read").asLong() + result.get("write").asLong()
                    + result.get("status").asLong() + result.get("timeout").asLong() + result.path("graphql").asLong();
            return new Measurement(requests / seconds, requests, result.get("p50_us").asDouble() / 1000,
                    result.get("p99_us").asDouble() / 1000, errors);
        } catch (IOException e) {
            throw new BenchFailure("Unreadable wrk result `" + line + "`", e);
        }
    }
}
