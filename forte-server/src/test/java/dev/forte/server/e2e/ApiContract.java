package dev.forte.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.Backend;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A backend served once per test class over real HTTP on real PostgreSQL. Subclasses choose the backend and,
 * through {@link #database()}, the embedded or the external database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
    private TestDatabase database;
    private Path dataDirectory;
    ForteServer server;
    ApiClient api;

    abstract TestDatabase database() throws Exception;

    abstract Backend backend();

    @BeforeAll
    void startServer() throws Exception {
        database = database();
        dataDirectory = Files.createTempDirectory("forte-e2e");
        server = ForteServer.start(config());
        api = new ApiClient(server.graphqlEndpoint(), server.apiKey());
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        database.close();
    }

    ForteConfig config() {
        return ForteConfig.builder(backend()).dataDirectory(dataDirectory).jdbcUrl(database.jdbcUrl()).build();
    }

    static String json(String query, Map<String, ?> variables) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return new ObjectMapper().writeValueAsString(body);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return Collections.unmodifiableList(names);
    }
}
