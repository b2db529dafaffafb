package dev.forte.examples.todo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.Backend;
import dev.forte.client.DataClient;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The function written with the generated Java statements against a real Forte server: configured as a granted
 * function is, it creates a todo with {@code Mutations.CREATE_TODO} and lists it with {@code Queries.LIST_TODOS},
 * signing with SigV4.
 */
class StatementsDataAccessHandlerTest {
    @TempDir Path dataDirectory;

    @Test
    void createsAndListsTodosWithTheGeneratedStatementsAndItsGrantsCredentials() {
        Backend backend = new TodoBackend().define();
        try (ForteServer server = ForteServer.start(ForteConfig.builder(backend).port(0).dataDirectory(dataDirectory)
                .build())) {
            DataClient client = GrantedClients.of(server, backend, "statements-data-access");

            @SuppressWarnings("unchecked")
            Map<String, Object> output = (Map<String, Object>) new StatementsDataAccessHandler(() -> client)
                    .handleRequest(Map.of(), null);

            @SuppressWarnings("unchecked")
            Map<String, Object> created = (Map<String, Object>) output.get("created");
            @SuppressWarnings("unchecked")
            List<Object> listed = (List<Object>) output.get("listed");
            assertThat(created).containsEntry("name", "My first generated todo").containsEntry("priority", "HIGH")
                    .containsEntry("isDone", false).containsKey("createdAt");
            assertThat((String) created.get("id")).isNotBlank();
            assertThat(listed).contains(created);
        }
    }
}
