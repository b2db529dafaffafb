package dev.forte.codegen.introspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.DataDefinition;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.schema.Scalar;
import dev.forte.schema.SecondaryIndex;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Model introspection for what the conformance backends do not cover, built from the schema model directly. */
class ModelIntrospectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AuthorizationModes USER_POOL = new AuthorizationModes(AuthorizationMode.USER_POOL, 7);

    @Test
    void groupRulesKeepTheirOperationsInDeclarationOrderAndDisabledOperationsAreListed() throws IOException {
        AuthRule readers = new AuthRule(AuthStrategy.GROUPS, AuthProvider.USER_POOLS,
                List.of(AuthOperation.READ, AuthOperation.CREATE), null, false, List.of("Admin"), null, null, null);
        Model note = new Model("Note", List.of(Field.of("body", Scalar.STRING)), List.of("id"), List.of(),
                Set.of(ModelOperation.SUBSCRIPTIONS, ModelOperation.DELETE), List.of(readers));
        DataDefinition data = new DataDefinition("amplifyData",
                new DataSchema(List.of(note), List.of(), List.of(), List.of(), List.of()), USER_POOL);

        JsonNode attributes = JSON.readTree(ModelIntrospection.of(data)).at("/models/Note/attributes");

        assertThat(attributes.get(0)).isEqualTo(JSON.readTree(
                "{\"type\":\"model\",\"properties\":{\"subscriptions\":null,\"mutations\":{\"delete\":null}}}"));
        assertThat(attributes.get(1)).isEqualTo(JSON.readTree("{\"type\":\"auth\",\"properties\":{\"rules\":[{"
                + "\"groupClaim\":\"cognito:groups\",\"provider\":\"userPools\",\"allow\":\"groups\","
                + "\"groups\":[\"Admin\"],\"operations\":[\"read\",\"create\"]}]}}"));
    }

    @Test
    void indexWithoutQueryFieldHasNoQueryFieldProperty() throws IOException {
        Model product = new Model("Product", List.of(Field.of("sku", Scalar.STRING), Field.of("name", Scalar.STRING)),
                List.of("sku"), List.of(new SecondaryIndex("name", List.of(), null, null, true)), Set.of(),
                List.of(AuthRule.publicApiKey()));
        DataDefinition data = new DataDefinition("amplifyData",
                new DataSchema(List.of(product), List.of(), List.of(), List.of(), List.of()), AuthorizationModes.defaults());

        JsonNode model = JSON.readTree(ModelIntrospection.of(data)).at("/models/Product");

        assertThat(model.at("/attributes/2")).isEqualTo(JSON.readTree(
                "{\"type\":\"key\",\"properties\":{\"name\":\"productsByName\",\"fields\":[\"name\"]}}"));
        assertThat(model.at("/fields/sku/isRequired").asBoolean()).isTrue();
        assertThat(model.at("/fields").has("id")).isFalse();
    }
}
