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
 * The typed function against a real Forte server: configured as a granted function is (the environment Forte sets,
 * with credentials issued for its grant), it creates a todo and lists it, signing with SigV4.
 */
class TypedDataAccessHandlerTest {
    @TempDir Path dataDirectory;

    @Test
    void createsAndListsTodosAsRecordsWithItsGrantsCredentials() {
        Backend backend = new TodoBackend().define();
        try (ForteServer server = ForteServer.start(ForteConfig.builder(backend).port(0).dataDirectory(dataDirectory)
                .build())) {
            DataClient client = GrantedClients.of(server, backend, "typed-data-access");

            @SuppressWarnings("unchecked")
            Map<String, Object> output = (Map<String, Object>) new TypedDataAccessHandler(() -> client)
                    .handleRequest(Map.of(), null);

            @SuppressWarnings("unchecked")
            Map<String, Object> created = (Map<String, Object>) output.get("created");
            @SuppressWarnings("unchecked")
            List<Object> listed = (List<Object>) output.get("listed");
            assertThat(created).containsEntry("name", "My first typed todo").containsEntry("isDone", false)
                    .containsKey("createdAt");
            assertThat(listed).contains(created);
        }
    }
}
