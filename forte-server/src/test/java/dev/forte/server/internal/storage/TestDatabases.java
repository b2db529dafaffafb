package dev.forte.server.internal.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Real PostgreSQL for tests: the embedded server always, plus the external server named by the environment
 * variable {@code FORTE_TEST_JDBC_URL} when it is set (CI sets it to Debian's PostgreSQL 15, e.g.
 * {@code jdbc:postgresql://localhost/postgres?user=postgres&password=postgres&sslmode=disable}).
 *
 * <p>Run a test class against every database, each test in its own fresh PostgreSQL schema:
 * <pre>{@code
 * @ParameterizedClass
 * @MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
 * class TodoStoreTest {
 *     @Parameter TestDatabases.Database database;
 *     TestDatabases.Schema schema;
 *
 *     @BeforeEach void openSchema() { schema = database.newSchema(); }
 *     @AfterEach void dropSchema() { schema.close(); }
 *
 *     @Test void something() { new ModelTableMigrator(schema.dataSource()).migrate(...); }
 * }
 * }</pre>
 * A {@link Schema}'s connections have it as their only {@code search_path}, so tables of other tests are
 * invisible; closing it drops it. The embedded server starts once per JVM in a temporary directory and stops when
 * the JVM exits.
 */
public final class TestDatabases {
    /** The environment variable naming an external PostgreSQL for the tests. */
    public static final String EXTERNAL_URL_VARIABLE = "FORTE_TEST_JDBC_URL";

    private static Database embedded;
    private static Database external;

    private TestDatabases() {}

    /** Returns the embedded database, and the external one when {@value #EXTERNAL_URL_VARIABLE} is set. */
    public static Stream<Database> all() {
        List<Database> databases = new ArrayList<>(List.of(embedded()));
        String url = System.getenv(EXTERNAL_URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            databases.add(external(url));
        }
        return databases.stream();
    }

    /** Returns the embedded database shared by the tests of this JVM, starting it on first use. */
    public static synchronized Database embedded() {
        if (embedded == null) {
            Path directory = createTempDirectory();
            PostgresDatabase database = PostgresDatabase.embedded(directory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                database.close();
                deleteRecursively(directory);
            }, "stop-test-postgres"));
            embedded = new Database("embedded", database);
        }
        return embedded;
    }

    private static synchronized Database external(String url) {
        if (external == null) {
            PostgresDatabase database = PostgresDatabase.external(url);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "close-test-postgres-pool"));
            external = new Database("external", database);
        }
        return external;
    }

    /** A PostgreSQL server the tests can make schemas in. */
    public static final class Database {
        private final String name;
        private final PostgresDatabase database;

        private Database(String name, PostgresDatabase database) {
            this.name = name;
            this.database = database;
        }

        /** Returns a new, empty PostgreSQL schema; close it to drop it. */
        public Schema newSchema() {
            String schema = "forte_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                    .toLowerCase(Locale.ROOT);
            execute(database.dataSource(), "CREATE SCHEMA " + schema);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(database.jdbcUrl());
            config.addDataSourceProperty("currentSchema", schema);
            config.setMaximumPoolSize(3);
            config.setMinimumIdle(0);
            config.setPoolName(schema);
            return new Schema(this, schema, new HikariDataSource(config));
        }

        public PostgresDatabase postgres() {
            return database;
        }

        public boolean isEmbedded() {
            return database.isEmbedded();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A fresh PostgreSQL schema and a small pool whose connections use it. */
    public static final class Schema implements AutoCloseable {
        private final Database database;
        private final String name;
        private final HikariDataSource dataSource;

        private Schema(Database database, String name, HikariDataSource dataSource) {
            this.database = database;
            this.name = name;
            this.dataSource = dataSource;
        }

        public DataSource dataSource() {
            return dataSource;
        }

        public String name() {
            return name;
        }

        /** Returns connections outside the pool that use this schema, as the change feed needs. */
        public DedicatedConnections dedicatedConnections() {
            return () -> {
                Properties properties = new Properties();
                properties.setProperty("currentSchema", name);
                return DriverManager.getConnection(database.database.jdbcUrl(), properties);
            };
        }

        /** Runs {@code sql} in this schema. */
        public void execute(String sql) {
            TestDatabases.execute(dataSource, sql);
        }

        @Override
        public void close() {
            dataSource.close();
            TestDatabases.execute(database.database.dataSource(), "DROP SCHEMA " + name + " CASCADE");
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("forte-test-postgres");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
