package dev.forte.server.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The database a test server uses: embedded (null JDBC URL), or a fresh schema of the external PostgreSQL named
 * by {@code FORTE_TEST_JDBC_URL}, dropped again on {@link #close()}, so runs never see each other's rows.
 */
final class TestDatabase implements AutoCloseable {
    static final String EXTERNAL_URL_VARIABLE = "FORTE_TEST_JDBC_URL";

    private final @Nullable String baseUrl;
    private final @Nullable String schema;

    private TestDatabase(@Nullable String baseUrl, @Nullable String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    static TestDatabase embedded() {
        return new TestDatabase(null, null);
    }

    static TestDatabase external() throws SQLException {
        String url = System.getenv(EXTERNAL_URL_VARIABLE);
        String schema = "forte_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        return new TestDatabase(url, schema);
    }

    /** Returns the JDBC URL to configure, or null for the embedded database. */
    @Nullable String jdbcUrl() {
        if (baseUrl == null) {
            return null;
        }
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws SQLException {
        if (baseUrl != null) {
            execute(baseUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
