package dev.forte.server.e2e;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.assertUnauthorizedError;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.data.a;
import dev.forte.schema.AuthOperation;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Setting a field to null in an update needs a rule that may delete, as Amplify's {@code nullAllowedFields}
 * (forte-server/src/test/resources/conformance/update-to-null): an owner allowed to create, read and update may change
 * {@code body} but not empty it.
 */
class UpdateToNullTest {
    private static final String UPDATE = "mutation($input: UpdateMemoInput!) { updateMemo(input: $input) { body } }";

    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static UserPoolApi api;

    @BeforeAll
    static void startServer() {
        var schema = a.schema(model("Memo", a.model(field("title", a.string()), field("body", a.string()))
                .authorization(allow -> List.of(allow.owner().to(AuthOperation.CREATE, AuthOperation.READ,
                        AuthOperation.UPDATE)))));
        server = UserPoolApi.serve(schema, dataDirectory);
        api = new UserPoolApi(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anOwnerWhoMayNotDeleteMayChangeAFieldButNotEmptyIt() throws Exception {
        String alice = api.token("alice");
        String id = data(api.call(alice, "mutation { createMemo(input: {title: \"t\", body: \"b\"}) { id } }",
                Map.of()), "createMemo").path("id").asText();
        Map<String, Object> emptied = new HashMap<>();
        emptied.put("id", id);
        emptied.put("body", null);

        assertUnauthorizedError(api.call(alice, UPDATE, Map.of("input", emptied)), "Unauthorized on [body]");
        assertThat(data(api.call(alice, UPDATE, Map.of("input", Map.of("id", id, "body", "c"))), "updateMemo")
                .path("body").asText()).isEqualTo("c");
    }
}
