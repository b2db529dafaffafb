package dev.forte.server.e2e;

import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Serves the Todo API for a load generator: {@code -Dforte.probe.seconds=60}, then point wrk at the printed URL. */
@EnabledIfSystemProperty(named = "forte.probe.seconds", matches = "\\d+")
class ThroughputProbe {
    @Test
    void serveForLoadTest() throws Exception {
        Path data = Files.createTempDirectory("forte-probe");
        try (ForteServer server = ForteServer.start(ForteConfig.builder(TestBackends.todo()).dataDirectory(data).port(20555).build())) {
            ApiClient api = new ApiClient(server.graphqlEndpoint(), server.apiKey());
            String id = api.graphql(TodoApiContract.CREATE, Map.of("input", Map.of("name", "probe")))
                    .path("data").path("createTodo").path("id").asText();
            Files.writeString(Path.of("/tmp/probe/ready"), server.apiKey() + " " + id);
            Thread.sleep(Long.getLong("forte.probe.seconds") * 1000);
        }
    }
}
