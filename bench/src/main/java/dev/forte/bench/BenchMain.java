package dev.forte.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The harness {@code bench/run} starts once PostgreSQL is up and everything is built:
 * {@code BenchMain --mode quick|full|smoke --out FILE --command TEXT [--work DIR] [--only GROUP,…]}, from the
 * repository root, with
 * the database in the {@code PG*} environment variables (which pgbench reads too). Prints the report and writes it
 * to {@code --out}.
 */
public final class BenchMain {
    /** Every figure the report holds against a target of the open issues, then the ratios for information. */
    static final List<Check> CHECKS = List.of(
            new Ratio("Forte getTodo ÷ B1 get by id", "F.get", "B1.get", 0.60, "issue 2"),
            new Ratio("Forte createTodo ÷ B1 insert", "F.create", "B1.create", 0.65, "issue 2"),
            new Ratio("Forte getTodo SigV4 signed before the run ÷ getTodo API key (Java load generator)",
                    "J.get-iam-before", "J.get-key", 0.85, "issue 3"),
            new Limit("Forte warm invoke p50", "F.invoke", 50, 2, "issue 3"),
            new Limit("Forte warm invoke p99", "F.invoke", 99, 10, "issue 3"),
            new Limit("Forte cold start to first answer, slowest", "F.cold", 99, 1000, "issue 3"),
            new Limit("Forte fan-out, createTodo sent (commit included) → data at the last subscriber, p50",
                    "F.fanout", 50, 10, "issue 5"),
            new Limit("Forte fan-out, createTodo sent (commit included) → data at the last subscriber, p99",
                    "F.fanout", 99, 50, "issue 5"),
            new Ratio("Forte listTodos ÷ B1 list 100", "F.list", "B1.list"),
            new Ratio("Forte index query ÷ B1 index query", "F.index", "B1.index"),
            new Ratio("Forte listPosts(limit: 100) with each post's blog (belongsTo) ÷ without", "F.posts-blog",
                    "F.posts"),
            new Ratio("Forte listBlogs (20) with each blog's posts(limit: 5) (hasMany) ÷ without", "F.blogs-posts",
                    "F.blogs"),
            new Ratio("Forte getTodo ÷ peer getTodo", "F.get", "P.get"),
            new Ratio("Forte createTodo ÷ peer createTodo", "F.create", "P.create"),
            new Ratio("Forte listTodos ÷ peer listTodos", "F.list", "P.list"),
            new Ratio("Forte getTodo SigV4 signed per request (client's signing on the same cores) ÷ API key",
                    "J.get-iam", "J.get-key"),
            new Ratio("Forte getTodo API key, Java load generator ÷ wrk", "J.get-key", "F.get"),
            new Ratio("B1 get by id ÷ B0 fixed JSON", "B1.get", "B0.fixed"),
            new Ratio("B1 get by id ÷ B3 pgbench get", "B1.get", "B3.get"),
            new Ratio("B1 insert ÷ B3 pgbench insert", "B1.create", "B3.create"),
            new Ratio("B1 list 100 ÷ B3 pgbench list 100", "B1.list", "B3.list"));

    /** Above this share of CPU time used before the run, the report says the figures are depressed. */
    private static final double BUSY_PERCENT = 15;

    private BenchMain() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Plan plan = Plan.named(options.getOrDefault("mode", "quick"));
        if (options.containsKey("readme") && options.containsKey("only")) {
            throw new BenchFailure("--readme writes the latest full table: run all groups, without --only.");
        }
        Path repository = Path.of("").toAbsolutePath();
        Path work = Path.of(options.getOrDefault("work", "bench/target/bench-work")).toAbsolutePath();
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String loadBefore = Machine.loadAverage();
        double busyBefore = Machine.cpuBusyPercent(java.time.Duration.ofSeconds(2));

        BenchRun run = new BenchRun(plan, repository, work, jdbcUrl(System.getenv()));
        Map<String, Runnable> groups = new java.util.LinkedHashMap<>();
        groups.put("floors", run::floors);
        groups.put("pgbench", run::pgbench);
        groups.put("startup", run::sandboxStartups);
        groups.put("forte", run::forte);
        groups.put("peer", run::peer);
        groups.put("functions", run::functions);
        groups.put("fanout", run::fanout);
        groups.put("relationships", run::relationships);
        List<String> only = List.of(options.getOrDefault("only", String.join(",", groups.keySet())).split(","));
        for (String group : only) {
            if (!groups.containsKey(group)) {
                throw new BenchFailure("Unknown scenario group `" + group + "` in --only: use " + groups.keySet());
            }
        }
        groups.forEach((group, scenarios) -> {
            if (only.contains(group)) {
                scenarios.run();
            }
        });

        List<String> header = new ArrayList<>();
        header.add("Date: " + started.format(DateTimeFormatter.ISO_INSTANT) + " (took "
                + java.time.Duration.between(started, ZonedDateTime.now(ZoneOffset.UTC)).toSeconds() + " s)");
        header.add("Command: `" + options.getOrDefault("command", "BenchMain") + "`; mode " + plan.describe()
                + (options.containsKey("only") ? "; only the groups " + options.get("only")
                + " (the other rows and the ratios that need them are missing)" : ""));
        header.add("Machine: " + Machine.describe());
        header.add(String.format(Locale.ROOT, "CPU busy in the 2 s before the run: %.0f %%%s; load average (1, 5, 15"
                + " min) before: %s, after (the run's own load included): %s", busyBefore, busyBefore > BUSY_PERCENT
                ? " (other work was using the cores: figures are lower than on an idle machine)" : "", loadBefore,
                Machine.loadAverage()));
        header.add("Software: " + System.getenv().getOrDefault("BENCH_SOFTWARE", "") + "Java "
                + System.getProperty("java.runtime.version") + "; server JVMs " + String.join(" ", BenchRun.SERVER_JVM));
        header.add("Logs of the servers: `" + repository.relativize(work) + "/`");
        String markdown = new Report(header, run.rows, run.startups, CHECKS).markdown();
        System.out.println(markdown);
        Path out = Path.of(options.getOrDefault("out", "bench/results/latest.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown);
        if (options.containsKey("readme")) {
            replaceLatestResults(Path.of(options.get("readme")), markdown);
        }
    }

    static final String RESULTS_START = "<!-- latest-results:start -->";
    static final String RESULTS_END = "<!-- latest-results:end -->";

    /** Replaces what stands between the README's two result markers with {@code markdown}. */
    static void replaceLatestResults(Path readme, String markdown) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf(RESULTS_START);
        int end = text.indexOf(RESULTS_END);
        if (start < 0 || end < start) {
            throw new BenchFailure(readme + " has no " + RESULTS_START + " … " + RESULTS_END + " section to replace.");
        }
        String results = markdown.replaceFirst("^## ", "### ");
        Files.writeString(readme, text.substring(0, start + RESULTS_START.length()) + "\n" + results
                + text.substring(end));
    }

    /** Builds the JDBC URL from libpq's variables, so the harness, the servers and pgbench use one database. */
    static String jdbcUrl(Map<String, String> env) {
        return "jdbc:postgresql://" + env.getOrDefault("PGHOST", "127.0.0.1") + ":" + env.getOrDefault("PGPORT", "5432")
                + "/" + env.getOrDefault("PGDATABASE", "postgres") + "?user=" + env.getOrDefault("PGUSER", "postgres")
                + "&password=" + env.getOrDefault("PGPASSWORD", "") + "&sslmode=disable";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new BenchFailure("Expected an option like --mode, got `" + args[i] + "`");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
