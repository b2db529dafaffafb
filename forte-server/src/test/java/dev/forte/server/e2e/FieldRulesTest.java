package dev.forte.server.e2e;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.assertUnauthorizedError;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.data.a;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field with rules of its own ({@code salary}: the group HR only) inside a model every signed-in user may use:
 * other users read it as null with {@code Unauthorized}, and cannot write it.
 */
class FieldRulesTest {
    private static final String CREATE =
            "mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id name } }";
    private static final String GET = "query($id: ID!) { getEmployee(id: $id) { id name salary } }";
    private static final String UPDATE =
            "mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id name } }";

    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static UserPoolApi api;

    @BeforeAll
    static void startServer() {
        var schema = a.schema(model("Employee", a.model(field("name", a.string()),
                        field("salary", a.float_().authorization(allow -> List.of(allow.group("HR")))))
                .authorization(allow -> List.of(allow.authenticated()))));
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
    void onlyTheFieldsGroupReadsIt() throws Exception {
        String id = data(api.call(api.token("hal", "HR"), CREATE,
                Map.of("input", Map.of("name", "Ada", "salary", 100.5))), "createEmployee").path("id").asText();

        JsonNode asHr = data(api.call(api.token("hal", "HR"), GET, Map.of("id", id)), "getEmployee");
        JsonNode asColleague = assertUnauthorizedError(api.call(api.token("bob"), GET, Map.of("id", id)),
                "Not Authorized to access salary on type Employee");

        assertThat(asHr.path("salary").asDouble()).isEqualTo(100.5);
        assertThat(asColleague.path("data").path("getEmployee").path("name").asText()).isEqualTo("Ada");
        assertThat(asColleague.path("data").path("getEmployee").path("salary").isNull()).isTrue();
    }

    /** AppSync's {@code Employee.salary.res.vtl}: a mutation's result, which subscriptions carry, never holds it. */
    @Test
    void aMutationsResultHoldsTheFieldAsNullEvenForItsGroup() throws Exception {
        String hr = api.token("hal", "HR");
        String withSalary = "mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id name salary } }";

        JsonNode created = data(api.call(hr, withSalary, Map.of("input", Map.of("name", "Lin", "salary", 7.5))),
                "createEmployee");
        JsonNode read = data(api.call(hr, GET, Map.of("id", created.path("id").asText())), "getEmployee");
        JsonNode refused = assertUnauthorizedError(api.call(api.token("bob"), withSalary,
                Map.of("input", Map.of("name", "Max"))), "Not Authorized to access salary on type Employee");

        assertThat(created.path("name").asText()).isEqualTo("Lin");
        assertThat(created.path("salary").isNull()).isTrue();
        assertThat(read.path("salary").asDouble()).isEqualTo(7.5);
        assertThat(refused.path("data").path("createEmployee").path("name").asText()).isEqualTo("Max");
    }

    @Test
    void othersCanWriteTheModelButNotTheField() throws Exception {
        String bob = api.token("bob");
        String id = data(api.call(bob, CREATE, Map.of("input", Map.of("name", "Grace"))), "createEmployee")
                .path("id").asText();

        assertUnauthorizedError(api.call(bob, CREATE, Map.of("input", Map.of("name", "Eve", "salary", 1e6))),
                "Unauthorized on [salary]");
        assertUnauthorizedError(api.call(bob, UPDATE, Map.of("input", Map.of("id", id, "salary", 1e6))),
                "Unauthorized on [salary]");
        assertThat(data(api.call(bob, UPDATE, Map.of("input", Map.of("id", id, "name", "Grace H."))),
                "updateEmployee").path("name").asText()).isEqualTo("Grace H.");
    }
}
