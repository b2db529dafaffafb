package dev.forte.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Runs every scenario in order, one server at a time, and collects rows and start-up times; a failure becomes a row. */
final class BenchRun {
    /** The same JVM settings for the floor and Forte, so the HTTP floor and Forte differ only in their code. */
    static final List<String> SERVER_JVM = List.of("-Xms1g", "-Xmx1g", "-XX:+UseParallelGC");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** How many requests each connection signs before a SigV4 run and sends in turn. */
    private static final int SIGNED_PER_CONNECTION = 1000;
    private static final double STILL_WARMING = 1.05;

    private final Plan plan;
    private final Path repository;
    private final Path work;
    private final String jdbcUrl;
    private final Wrk wrk;
    private final PgBench pgbench;
    final List<Row> rows = new ArrayList<>();
    final List<Startup> startups = new ArrayList<>();

    BenchRun(Plan plan, Path repository, Path work, String jdbcUrl) {
        this.plan = plan;
        this.repository = repository;
        this.work = work;
        this.jdbcUrl = jdbcUrl;
        this.wrk = new Wrk(repository.resolve("bench/wrk/graphql.lua"));
        this.pgbench = new PgBench(work);
    }

    void floors() {
        String stack = "Forte's HttpServer and connection pool, ";
        try (Service floor = start("floor", javaCommand("dev.forte.bench.FloorServer", jdbcUrl))) {
            prepareFloorTable();
            URI base = floor.awaitEndpoint(START_TIMEOUT);
            checkSeeded(new GraphqlClient(base.resolve("get"), ""));
            http("B0.fixed", "fixed JSON", stack + "a constant ~200-byte JSON, no database",
                    base.resolve("fixed"), "fixed", "");
            http("B1.get", "get by id", stack + "body parsed, PK SELECT via JDBC, JSON answer",
                    base.resolve("get"), "get", "");
            http("B1.create", "insert", stack + "body parsed, one INSERT via JDBC, JSON answer",
                    base.resolve("create"), "create", "");
            http("B1.list", "list 100", stack + "SELECT … ORDER BY id LIMIT 100 via JDBC, JSON answer",
                    base.resolve("list"), "list", "");
            http("B1.index", "index query", stack + "the index query's SELECT (one partition, a name prefix, 20"
                    + " rows in index order) via JDBC, JSON answer", base.resolve("index"), "index", "");
        } catch (BenchFailure e) {
            failRemaining(e, List.of("B0.fixed", "B1.get", "B1.create", "B1.list", "B1.index"));
        }
    }

    void pgbench() {
        sql("B3.get", "pgbench get", "the B1 SELECT by id, `-M prepared`, no HTTP", "get");
        sql("B3.create", "pgbench insert", "the B1 INSERT, `-M prepared`, no HTTP", "insert");
        sql("B3.list", "pgbench list 100", "the B1 list SELECT, `-M prepared`, no HTTP", "list");
    }

    /** The sandbox's start to its first answer, on a fresh database and then restarted with its data. */
    void sandboxStartups() {
        List<String> sandbox = List.of(repository.resolve("forte").toString(), "sandbox", "--project",
                repository.resolve("examples/todo").toString(), "--port", "0",
                "--data-dir", work.resolve("sandbox-data").toString(), "--db", jdbcUrl);
        // `./forte` rebuilds Forte when a source changed: let it do so now rather than inside a timed start.
        try {
            Processes.run(List.of(sandbox.get(0), "--help"), Map.of(), Duration.ofMinutes(10));
        } catch (BenchFailure e) {
            System.err.println("bench: ./forte --help failed: " + e.getMessage());
        }
        startups("`./forte sandbox`, fresh database", sandbox, 1);
        startups("`./forte sandbox`, restart with data", sandbox, plan.restarts());
    }

    /** Forte of the load scenarios: getTodo, createTodo, listTodos, the index query, getTodo signed with SigV4. */
    void forte() {
        List<String> command =
                javaCommand("dev.forte.bench.ForteMain", jdbcUrl, work.resolve("forte-data").toString());
        graphqlServer("F", "Forte", "Forte: GraphQL over PostgreSQL, API key", command,
                "Forte of the load scenarios (`ForteMain`, tables exist), first start", this::forteOnly);
    }

    /**
     * Lists with relationship fields, each beside the same list without them, in a fresh Forte: a page of 100 posts
     * with and without each post's blog ({@code belongsTo}), and 20 blogs with and without their first posts
     * ({@code hasMany}).
     */
    void relationships() {
        List<String> command =
                javaCommand("dev.forte.bench.ForteMain", jdbcUrl, work.resolve("relationships-data").toString());
        List<String> keys = List.of("F.posts", "F.posts-blog", "F.blogs", "F.blogs-posts");
        try (Service server = start("Forte-relationships", command)) {
            GraphqlClient client = firstAnswer(server, new ArrayList<>());
            RelationshipOperations.seed(client);
            RelationshipOperations.check(client);
            URI endpoint = server.awaitEndpoint(START_TIMEOUT);
            String key = server.awaitApiKey(START_TIMEOUT);
            String what = "Forte: GraphQL over PostgreSQL, API key, ";
            query("F.posts", "Forte listPosts", what + "`listPosts(limit: 100)`, ids and titles", endpoint,
                    RelationshipOperations.POSTS_ONLY, key);
            query("F.posts-blog", "Forte listPosts with blog", what + "`listPosts(limit: 100)` with each post's"
                    + " `blog { id name }` (belongsTo)", endpoint, RelationshipOperations.POSTS_WITH_BLOG, key);
            query("F.blogs", "Forte listBlogs", what + "`listBlogs(limit: 100)` (20 blogs), ids and names", endpoint,
                    RelationshipOperations.BLOGS_ONLY, key);
            query("F.blogs-posts", "Forte listBlogs with posts", what + "`listBlogs(limit: 100)` (20 blogs) with"
                    + " each blog's `posts(limit: 5)` (hasMany)", endpoint, RelationshipOperations.BLOGS_WITH_POSTS,
                    key);
        } catch (BenchFailure e) {
            failRemaining(e, keys);
        }
    }

    void peer() {
        List<String> command = List.of("node", repository.resolve("bench/peer/peer.js").toString());
        graphqlServer("P", "peer", "AppSync simulator 2.16.20, Map-backed Lambda resolvers, API key", command,
                "peer, first start", (endpoint, key) -> {});
        startups("peer, restart", command, plan.restarts());
    }

    /**
     * Fan-out to {@link Plan#subscribers} WebSocket connections at {@link Plan#FANOUT_RATE} messages a second (run by
     * {@link FanoutBench}): B4, a raw broadcast of a data message on Forte's stack, then Forte's onCreateTodo
     * subscription fed by createTodo mutations, each server in a fresh process.
     */
    void fanout() {
        String connections = String.format(java.util.Locale.ROOT, "%,d", plan.subscribers());
        for (Transport transport : Transport.values()) {
            fanout("B4.broadcast" + transport.keySuffix, "WebSocket broadcast" + transport.scenarioSuffix, "b4",
                    "Forte's HttpServer " + transport.serverText + " and Jetty's WebSocket: a POST sends one ~300-byte"
                    + " data message to " + connections + " connections; time from the POST to the last connection's"
                    + " receipt", transport, javaCommand("dev.forte.bench.BroadcastServer",
                            work.resolve("b4-data").toString()));
            fanout("F.fanout" + transport.keySuffix, "Forte subscription fan-out" + transport.scenarioSuffix, "forte",
                    connections + " onCreateTodo subscriptions (API key, graphql-ws " + transport.clientText + ") on one"
                    + " node; time from sending createTodo to the data message at the last subscriber", transport,
                    javaCommand("dev.forte.bench.ForteMain", jdbcUrl, work.resolve("fanout-data").toString()));
        }
    }

    /**
     * How the subscribers reach the server: {@code wss://} as aws-amplify dials, or plain {@code ws://} as behind a
     * proxy or load balancer that ends TLS (the same server port answers both).
     */
    private enum Transport {
        TLS("", "", "with TLS", "over TLS"),
        PLAIN(".plain", ", plain ws://", "without TLS (plain ws://)", "over plain ws://");

        private final String keySuffix;
        private final String scenarioSuffix;
        private final String serverText;
        private final String clientText;

        Transport(String keySuffix, String scenarioSuffix, String serverText, String clientText) {
            this.keySuffix = keySuffix;
            this.scenarioSuffix = scenarioSuffix;
            this.serverText = serverText;
            this.clientText = clientText;
        }

        String realtime(String printed) {
            return this == PLAIN ? printed.replaceFirst("^wss://", "ws://") : printed;
        }
    }

    private void fanout(String key, String scenario, String mode, String what, Transport transport,
            List<String> server) {
        System.err.println("bench: " + scenario + " …");
        String perSecond = String.format(java.util.Locale.ROOT, ", %d messages/s; req/s: deliveries/s",
                Plan.FANOUT_RATE);
        try (Service service = start(mode.equals("b4") ? "broadcast" : "Forte-fanout", server)) {
            URI publish = service.awaitEndpoint(START_TIMEOUT);
            String apiKey = service.awaitApiKey(START_TIMEOUT);
            List<String> command = javaCommand("dev.forte.bench.FanoutBench", key, mode,
                    transport.realtime(service.printedValue("Realtime endpoint: ")), publish.toString(),
                    service.printedValue("CA certificate: "), apiKey.isEmpty() ? "none" : apiKey,
                    Integer.toString(plan.subscribers()), Integer.toString(Plan.FANOUT_RATE),
                    Long.toString(plan.warmup().toSeconds()), Long.toString(plan.measure().toSeconds()));
            String output = Processes.run(command, Map.of(), plan.warmup().plus(plan.measure()).plusSeconds(180));
            Files.writeString(work.resolve(key + ".log"), output);
            Measurement measured = RowLines.parse(output).get(key);
            rows.add(measured == null
                    ? Row.failed(key, scenario, what + perSecond, plan.subscribers(), "not reported: "
                            + Processes.tail(output))
                    : Row.measured(key, scenario, what + perSecond, plan.subscribers(), measured).withNote(
                            String.join("; ", output.lines().filter(line -> line.startsWith("fan-out: ")
                                    && line.contains("did not reach")).toList())));
        } catch (BenchFailure | java.io.IOException e) {
            System.err.println("bench: failed: " + e.getMessage());
            rows.add(Row.failed(key, scenario, what + perSecond, plan.subscribers(), e.getMessage()));
        }
    }

    /**
     * B5 and the function scenarios, run by {@link FunctionBench} in a JVM of its own with the servers' options: one
     * caller, back to back, so the rows give latency (req/s is one caller's rate).
     */
    void functions() {
        System.err.println("bench: functions (B5 floors, warm invoke, cold start) …");
        int coldStarts = plan.restarts() + 1;
        List<String> command = javaCommand("dev.forte.bench.FunctionBench", Long.toString(plan.warmup().toSeconds()),
                Long.toString(plan.measure().toSeconds()), Integer.toString(coldStarts));
        Map<String, String> what = new java.util.LinkedHashMap<>();
        what.put("B5.call", "in-process call|the no-op handler called in the harness's JVM: event parsed, handler,"
                + " answer written (Jackson), as the worker does");
        what.put("B5.echo", "loopback echo|one POST echoed over loopback by the Runtime API's HTTP mechanism (JDK"
                + " HttpServer, HttpURLConnection keep-alive); a warm invoke makes two such exchanges");
        what.put("F.invoke", "Forte warm invoke|`FunctionHost.invoke` of the no-op handler in its warm worker JVM,"
                + " through the loopback Lambda Runtime API");
        what.put("F.cold", "Forte cold start|a new `FunctionHost`, its worker JVM started by the first invoke, timed"
                + " to that answer (" + coldStarts + " starts; p99 is the slowest)");
        try {
            String output = Processes.run(command, Map.of(), plan.warmup().plus(plan.measure()).multipliedBy(3)
                    .plusSeconds(60L + 30L * coldStarts));
            Map<String, Measurement> measured = RowLines.parse(output);
            what.forEach((key, text) -> {
                String[] parts = text.split("\\|", 2);
                Measurement m = measured.get(key);
                rows.add(m == null ? Row.failed(key, parts[0], parts[1], 1, "not reported: " + Processes.tail(output))
                        : Row.measured(key, parts[0], parts[1], 1, m));
            });
        } catch (BenchFailure e) {
            System.err.println("bench: failed: " + e.getMessage());
            what.forEach((key, text) -> {
                String[] parts = text.split("\\|", 2);
                rows.add(Row.failed(key, parts[0], parts[1], 1, e.getMessage()));
            });
        }
    }

    /**
     * Measures a GraphQL server in its own process: its start-up, then getTodo, createTodo and listTodos, then
     * {@code more} scenarios for this server.
     */
    private void graphqlServer(String id, String name, String what, List<String> command, String startup,
            java.util.function.BiConsumer<URI, String> more) {
        List<Double> millis = new ArrayList<>();
        String failure = null;
        try (Service server = start(name, command)) {
            GraphqlClient client = firstAnswer(server, millis);
            client.seed(plan.seeds());
            checkSeeded(client);
            URI endpoint = server.awaitEndpoint(START_TIMEOUT);
            String key = server.awaitApiKey(START_TIMEOUT);
            http(id + ".get", name + " getTodo", what + ", `getTodo` of a random seeded id", endpoint, "get", key);
            http(id + ".create", name + " createTodo", what + ", `createTodo` with a new id", endpoint, "create", key);
            http(id + ".list", name + " listTodos", what + ", `listTodos(limit: 100)`", endpoint, "list", key);
            more.accept(endpoint, key);
        } catch (BenchFailure e) {
            failure = e.getMessage();
            failRemaining(e, List.of(id + ".get", id + ".create", id + ".list"));
        }
        startups.add(new Startup(startup, millis, failure));
    }

    /**
     * What only Forte has: the index query (wrk), and getTodo with the API key and with SigV4 through the Java load
     * generator, so that their ratio compares like with like.
     */
    private void forteOnly(URI endpoint, String key) {
        http("F.index", "Forte index query", "Forte: GraphQL over PostgreSQL, API key, `todosByPriority(priority:"
                + " HIGH, name: {beginsWith: …}, limit: 20)` on a secondary index", endpoint, "index", key);
        String java = "Forte getTodo of a random seeded id, Java load generator (one thread and keep-alive socket per"
                + " connection), ";
        load("J.get-key", "Forte getTodo API key (Java)", java + "`x-api-key`", endpoint,
                () -> GetTodoRequests.apiKey(key, plan.seeds()));
        try {
            IamCredentials iam = IamCredentials.read(work.resolve("forte-data").resolve(IamCredentials.FILE_NAME));
            load("J.get-iam", "Forte getTodo SigV4 (Java)", java + "SigV4-signed per request with the credentials"
                    + " Forte issued to the granted function (forte-client's AWS SDK signer, on the same cores)",
                    endpoint, () -> GetTodoRequests.sigV4(iam, endpoint, plan.seeds()));
            load("J.get-iam-before", "Forte getTodo SigV4 signed before (Java)", java + "SigV4-signed with the same "
                    + "credentials and signer just before the run (" + SIGNED_PER_CONNECTION + " requests per "
                    + "connection, sent in turn): the server's verification without the client's signing",
                    endpoint, () -> GetTodoRequests.sigV4SignedBefore(iam, endpoint, plan.seeds(),
                            plan.connections(), SIGNED_PER_CONNECTION));
        } catch (BenchFailure e) {
            rows.add(Row.failed("J.get-iam", "Forte getTodo SigV4 (Java)", java + "SigV4", plan.connections(),
                    e.getMessage()));
            rows.add(Row.failed("J.get-iam-before", "Forte getTodo SigV4 signed before (Java)", java + "SigV4",
                    plan.connections(), e.getMessage()));
        }
    }

    /** Runs a warm-up and then the measured run, each with requests made just before it starts. */
    private void load(String key, String scenario, String what, URI endpoint,
            Supplier<IntFunction<HttpLoad.RequestSource>> requests) {
        HttpLoad load = new HttpLoad(endpoint);
        measure(key, scenario, what, () -> {
            // One warm-up: wrk's getTodo has warmed the server's path; this warms the generator and the signer.
            load.run(plan.connections(), plan.warmup(), requests.get());
            return load.run(plan.connections(), plan.measure(), requests.get());
        });
    }

    /** Starts and stops a server {@code count} times, timing each start to its first answered request. */
    private void startups(String what, List<String> command, int count) {
        System.err.println("bench: start-up of " + what + " …");
        List<Double> millis = new ArrayList<>();
        String failure = null;
        for (int i = 0; i < count && failure == null; i++) {
            try (Service server = start("startup", command)) {
                firstAnswer(server, millis);
            } catch (BenchFailure e) {
                failure = e.getMessage();
            }
        }
        startups.add(new Startup(what, millis, failure));
    }

    /** Fails unless the server finds the first seeded todo: a server that answers null would be measured cheaply. */
    private static void checkSeeded(GraphqlClient client) {
        if (!client.execute(TodoOperations.GET, Map.of("id", "seed-0")).path("getTodo").isObject()) {
            throw new BenchFailure("getTodo(id: \"seed-0\") answered null after seeding");
        }
    }

    private GraphqlClient firstAnswer(Service server, List<Double> millis) {
        GraphqlClient client = new GraphqlClient(server.awaitEndpoint(START_TIMEOUT), server.awaitApiKey(START_TIMEOUT));
        if (!client.awaitFirstAnswer(START_TIMEOUT)) {
            throw new BenchFailure("no answer to listTodos within " + START_TIMEOUT.toSeconds() + " s");
        }
        millis.add((System.nanoTime() - server.startNanos()) / 1e6);
        return client;
    }

    private void http(String key, String scenario, String what, URI url, String operation, String apiKey) {
        measure(key, scenario, what, () -> {
            warmUp(() -> wrk.run(url, operation, apiKey, plan.seeds(), plan.connections(), plan.warmup()));
            return wrk.run(url, operation, apiKey, plan.seeds(), plan.connections(), plan.measure());
        });
    }

    private void query(String key, String scenario, String what, URI url, String document, String apiKey) {
        measure(key, scenario, what, () -> {
            warmUp(() -> wrk.runQuery(url, document, RelationshipOperations.VARIABLES, apiKey, plan.connections(),
                    plan.warmup()));
            return wrk.runQuery(url, document, RelationshipOperations.VARIABLES, apiKey, plan.connections(),
                    plan.measure());
        });
    }

    /**
     * Repeats the warm-up while it still gets faster (by {@link #STILL_WARMING} or more), up to the plan's {@code
     * maxWarmups} runs. A server whose JIT is still compiling would be measured half-compiled, and servers warm at different
     * speeds: the floor's Jetty path is hot after B0, while Forte's GraphQL path, measured right after its start,
     * needs about 10 s of load on 2 cores.
     */
    private void warmUp(Supplier<Measurement> warmup) {
        double previous = warmup.get().perSecond();
        int runs = 1;
        while (runs < plan.maxWarmups()) {
            double current = warmup.get().perSecond();
            runs++;
            if (current < previous * STILL_WARMING) {
                break;
            }
            previous = current;
        }
        System.err.println("bench:   warm-up runs: " + runs);
    }

    private void sql(String key, String scenario, String what, String operation) {
        measure(key, scenario, what, () -> {
            pgbench.run(operation, plan.connections(), plan.seeds(), plan.warmup());
            return pgbench.run(operation, plan.connections(), plan.seeds(), plan.measure());
        });
    }

    private void measure(String key, String scenario, String what, Supplier<Measurement> run) {
        System.err.println("bench: " + scenario + " …");
        try {
            rows.add(Row.measured(key, scenario, what, plan.connections(), run.get()));
        } catch (BenchFailure e) {
            rows.add(Row.failed(key, scenario, what, plan.connections(), e.getMessage()));
        }
    }

    /** Adds a failed row for each of {@code keys} not measured yet. */
    private void failRemaining(BenchFailure e, List<String> keys) {
        System.err.println("bench: failed: " + e.getMessage());
        for (String key : keys) {
            if (rows.stream().noneMatch(row -> row.key().equals(key))) {
                rows.add(Row.failed(key, key, "", plan.connections(), e.getMessage()));
            }
        }
    }

    private void prepareFloorTable() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                PreparedStatement seed = connection.prepareStatement(FloorTable.SEED)) {
            statement.execute(FloorTable.DROP);
            statement.execute(FloorTable.CREATE);
            statement.execute(FloorTable.CREATE_INDEX);
            seed.setInt(1, plan.seeds());
            seed.executeUpdate();
            statement.execute("VACUUM ANALYZE bench_todo");
        } catch (SQLException e) {
            throw new BenchFailure("Cannot prepare the floor table: " + e.getMessage(), e);
        }
    }

    private Service start(String name, List<String> command) {
        try {
            Files.createDirectories(work);
        } catch (java.io.IOException e) {
            throw new BenchFailure("Cannot create " + work + ": " + e.getMessage(), e);
        }
        return Service.start(name, command, repository, work.resolve(name + ".log"));
    }

    private static List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SERVER_JVM);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
