package dev.forte.bench;

/**
 * The table and SQL behind the database floors: B1 runs these statements through JDBC, B3 through pgbench.
 *
 * <p>Columns mirror what Forte's migrator makes for the example's {@code Todo}: strings, enums and AWSDateTime as
 * {@code text COLLATE "C"}, the id as primary key. Seeded rows have the ids {@code seed-0 … seed-(n-1)}, the same
 * ids the harness creates through GraphQL in Forte and the peer.
 */
final class FloorTable {
    static final String DROP = "DROP TABLE IF EXISTS bench_todo";
    static final String CREATE = "CREATE TABLE bench_todo (id text COLLATE \"C\" PRIMARY KEY,"
            + " name text COLLATE \"C\" NOT NULL, description text COLLATE \"C\", is_done boolean,"
            + " priority text COLLATE \"C\", created_at text COLLATE \"C\" NOT NULL,"
            + " updated_at text COLLATE \"C\" NOT NULL)";
    /** Like Forte's index of {@link BenchBackend}: partition key, sort key, primary key; sparse. */
    static final String CREATE_INDEX = "CREATE INDEX bench_todo_by_priority ON bench_todo (priority, name, id)"
            + " WHERE priority IS NOT NULL AND name IS NOT NULL";
    static final String SEED = "INSERT INTO bench_todo SELECT 'seed-' || n, 'seed todo ' || n, 'seeded', false,"
            + " (ARRAY['LOW', 'MEDIUM', 'HIGH'])[n % 3 + 1],"
            + " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
            + " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
            + " FROM generate_series(0, ? - 1) AS n";

    static final String COLUMNS = "id, name, description, is_done, priority, created_at, updated_at";
    static final String GET = "SELECT " + COLUMNS + " FROM bench_todo WHERE id = ?";
    static final String INSERT = "INSERT INTO bench_todo (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String LIST = "SELECT " + COLUMNS + " FROM bench_todo ORDER BY id LIMIT 100";
    /** The index query: one partition, a sort-key prefix, in sort-key order (see {@link TodoOperations#INDEX}). */
    static final String INDEX = "SELECT " + COLUMNS + " FROM bench_todo WHERE priority IS NOT NULL AND name IS NOT"
            + " NULL AND priority = 'HIGH' AND name LIKE 'seed todo 1%' ORDER BY name, id LIMIT 20";

    private FloorTable() {}

    /** Returns the pgbench script for {@code get}, {@code insert}, {@code list} or {@code index}: the statements above. */
    static String pgbenchScript(String operation) {
        return switch (operation) {
            case "get" -> "\\set n random(0, :seeds - 1)\n" + GET.replace("?", "'seed-' || :n") + ";\n";
            case "insert" -> INSERT.replace("(?, ?, ?, ?, ?, ?, ?)", "(gen_random_uuid()::text, 'pgbench todo',"
                    + " 'created by pgbench', false, 'MEDIUM', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
                    + ";\n";
            case "list" -> LIST + ";\n";
            case "index" -> INDEX + ";\n";
            default -> throw new IllegalArgumentException("No pgbench script for " + operation);
        };
    }
}
