package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.ForteException;
import dev.forte.schema.DataSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresDatabaseTest {
    @TempDir
    Path dataDirectory;

    @Test
    void embeddedDatabaseKeepsCommittedDataAcrossRestarts() {
        DataSchema data = TestSchemas.schema(TestSchemas.todo());
        String token;
        try (PostgresDatabase database = PostgresDatabase.embedded(dataDirectory)) {
            new ModelTableMigrator(database.dataSource()).migrate(data, false);
            PostgresModelStore store = PostgresModelStore.open(database.dataSource(), data);
            store.create("Todo", Map.of("id", "t1", "name", "survive"), null);
            store.create("Todo", Map.of("id", "t2", "name", "me too"), null);
            token = store.list(new ListQuery("Todo", null, null, null, null, 1, null, false)).nextToken();
        }

        try (PostgresDatabase database = PostgresDatabase.embedded(dataDirectory)) {
            assertThat(new ModelTableMigrator(database.dataSource()).migrate(data, false)).isEmpty();
            PostgresModelStore store = PostgresModelStore.open(database.dataSource(), data);
            assertThat(store.get("Todo", Map.of("id", "t1")).orElseThrow()).containsEntry("name", "survive");
            assertThat(store.list(new ListQuery("Todo", null, null, null, null, 1, token, false)).items())
                    .extracting(item -> item.get("id")).containsExactly("t2");
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void embeddedDatabaseFlushesEveryCommit() throws SQLException {
        try (PostgresDatabase database = PostgresDatabase.embedded(dataDirectory)) {
            assertThat(setting(database, "fsync")).isEqualTo("on");
            assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(database, "server_encoding")).isEqualTo("UTF8");
        }
    }

    @Test
    void attachesToTheServerRunningOnTheDirectoryElseStartsOne() throws Exception {
        try (PostgresDatabase running = PostgresDatabase.embedded(dataDirectory);
                PostgresDatabase attached = PostgresDatabase.attach(dataDirectory)) {
            assertThat(attached.isEmbedded()).as("a connection to the running server").isFalse();
            assertThat(attached.jdbcUrl()).isEqualTo(running.jdbcUrl());
        }
        try (PostgresDatabase started = PostgresDatabase.attach(dataDirectory)) {
            assertThat(started.isEmbedded()).as("nothing runs on the directory any more").isTrue();
            assertThat(Path.of(setting(started, "data_directory")).toRealPath())
                    .isEqualTo(dataDirectory.resolve("postgres").toRealPath());
        }
    }

    @Test
    void explainsAnUnreachableExternalServerWithoutShowingThePassword() {
        assertThatThrownBy(() -> PostgresDatabase.external(
                "jdbc:postgresql://127.0.0.1:1/forte?user=forte&password=hunter2&sslmode=disable"))
                .isInstanceOf(ForteException.class)
                .hasMessageContaining("Cannot connect to the PostgreSQL at jdbc:postgresql://127.0.0.1:1/forte")
                .hasMessageContaining("password=***")
                .hasMessageContaining("omit --jdbc-url to use the embedded database")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void sizesThePoolForTheCores() {
        assertThat(PostgresDatabase.poolSize()).isBetween(2, 10);
    }

    private static String setting(PostgresDatabase database, String name) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
