package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.internal.storage.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An owner's update or delete that passed the ownership check must still be refused when a concurrent write gives
 * the item to someone else before it lands: the check is repeated in the write's own {@code WHERE}. The race is made
 * deterministic with a row lock held by a second connection.
 */
class OwnerWriteRaceTest {
    private static final String CREATE = "mutation { createTodo(input: {name: \"alice's\"}) { id } }";
    private static final String UPDATE = "mutation($id: ID!) { updateTodo(input: {id: $id, name: \"alice wrote\"}) { id } }";
    private static final String DELETE = "mutation($id: ID!) { deleteTodo(input: {id: $id}) { id } }";
    private static final String OTHER_OWNER = "00000000-0000-0000-0000-00000000b0b0::bob";

    @TempDir
    Path dataDirectory;
    TestDatabases.Schema schema;
    ForteServer server;
    UserPoolApi api;

    @BeforeEach
    void start() {
        schema = TestDatabases.embedded().newSchema();
        String url = TestDatabases.embedded().postgres().jdbcUrl();
        var todos = a.schema(model("Todo", a.model(field("name", a.string()))
                .authorization(allow -> List.of(allow.owner()))));
        Backend backend = Backend.of(defineAuth(), defineData(DataProps.of(todos)));
        server = ForteServer.start(ForteConfig.builder(backend).dataDirectory(dataDirectory)
                .jdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.name()).build());
        api = new UserPoolApi(server);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        schema.close();
    }

    @Test
    void anUpdateWhoseItemChangedOwnerWhileItWaitedIsRefusedAndWritesNothing() throws Exception {
        String id = createAsAlice();

        assertRefusedAsFailedCondition(whileOwnerChangesConcurrently(id, UPDATE));
        assertThat(stored(id, "name")).isEqualTo("alice's");
        assertThat(stored(id, "owner")).isEqualTo(OTHER_OWNER);
    }

    @Test
    void aDeleteWhoseItemChangedOwnerWhileItWaitedIsRefusedAndKeepsTheItem() throws Exception {
        String id = createAsAlice();

        assertRefusedAsFailedCondition(whileOwnerChangesConcurrently(id, DELETE));
        assertThat(stored(id, "owner")).isEqualTo(OTHER_OWNER);
    }

    private String createAsAlice() throws Exception {
        return data(api.call(api.token("alice"), CREATE, Map.of()), "createTodo").path("id").asText();
    }

    private static void assertRefusedAsFailedCondition(JsonNode response) {
        assertThat(response.path("errors").path(0).path("errorType").asText()).as(response.toString())
                .isEqualTo("DynamoDB:ConditionalCheckFailedException");
    }

    /**
     * Gives the todo to another owner in a transaction that holds its row lock, sends alice's mutation (its ownership
     * check reads the committed row, so it passes), waits until its write blocks on the lock, then commits.
     */
    private JsonNode whileOwnerChangesConcurrently(String id, String mutation) throws Exception {
        try (Connection other = schema.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement give = other.prepareStatement("UPDATE \"Todo\" SET owner = ? WHERE id = ?")) {
                give.setString(1, OTHER_OWNER);
                give.setString(2, id);
                assertThat(give.executeUpdate()).isEqualTo(1);
            }
            String alice = api.token("alice");
            CompletableFuture<HttpResponse<String>> write = CompletableFuture.supplyAsync(() -> {
                try {
                    return api.call(alice, mutation, Map.of("id", id));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWriteBlockedOnRowLock();
            other.commit();
            HttpResponse<String> response = write.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return UserPoolApi.JSON.readTree(response.body());
        }
    }

    private void awaitWriteBlockedOnRowLock() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = schema.dataSource().getConnection();
                    PreparedStatement waiting = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE wait_event_type = 'Lock' AND query LIKE '%\"Todo\"%'");
                    ResultSet row = waiting.executeQuery()) {
                row.next();
                if (row.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("alice's write never waited for the row lock: did its ownership check refuse it?");
    }

    private String stored(String id, String column) throws Exception {
        try (Connection connection = schema.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT \"" + column + "\" FROM \"Todo\" WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
