package dev.forte.data;

import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.ResourceOperation.LISTEN;
import static dev.forte.schema.ResourceOperation.MUTATE;
import static dev.forte.schema.ResourceOperation.QUERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionDefinition;
import dev.forte.backend.FunctionProps;
import dev.forte.schema.AuthRule;
import dev.forte.schema.DataSchema;
import dev.forte.schema.ResourceGrant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code allow.resource(fn)} grants a function data access on the schema object, and only there. */
class ResourceGrantTest {
    private static final FunctionDefinition DATA_ACCESS = defineFunction(DataAccessHandler.class);

    public static final class DataAccessHandler implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }

    private static ModelType todo() {
        return a.model(field("name", a.string()));
    }

    private static DataSchema define(ModelSchema schema) {
        return defineData(DataProps.of(schema)).schema();
    }

    @Test
    void grantsQueryMutateAndListenByDefault() {
        DataSchema schema = define(a.schema(model("Todo", todo()))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(DATA_ACCESS))));

        assertThat(schema.resourceGrants()).containsExactly(
                new ResourceGrant("data-access", Set.of(QUERY, MUTATE, LISTEN)));
        assertThat(schema.authorization()).containsExactly(AuthRule.publicApiKey());
    }

    @Test
    void toNarrowsTheGrant() {
        DataSchema schema = define(a.schema(model("Todo", todo()))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(DATA_ACCESS).to(QUERY))));

        assertThat(schema.resourceGrants()).containsExactly(new ResourceGrant("data-access", Set.of(QUERY)));
    }

    @Test
    void mergesGrantsToTheSameFunctionAndKeepsDeclarationOrder() {
        FunctionDefinition reporter = defineFunction(FunctionProps.builder(DataAccessHandler.class)
                .name("reporter").build());
        DataSchema schema = define(a.schema(model("Todo", todo())).authorization(allow -> List.of(
                allow.resource(reporter).to(QUERY), allow.resource(DATA_ACCESS).to(MUTATE),
                allow.resource(reporter).to(LISTEN))));

        assertThat(schema.resourceGrants()).containsExactly(
                new ResourceGrant("reporter", Set.of(QUERY, LISTEN)), new ResourceGrant("data-access", Set.of(MUTATE)));
    }

    @Test
    void schemaWhoseOnlyRuleIsAGrantIsValidUnlikeAmplify() {
        DataSchema schema = define(a.schema(model("Todo", todo()))
                .authorization(allow -> List.of(allow.resource(DATA_ACCESS))));

        assertThat(schema.authorization()).isEmpty();
        assertThat(schema.effectiveRules(schema.models().get(0))).isEmpty();
        assertThat(schema.resourceGrants()).hasSize(1);
    }

    @Test
    void rejectsToCalledTwiceOrWithNothing() {
        assertThatThrownBy(() -> new SchemaAllow().resource(DATA_ACCESS).to(QUERY).to(MUTATE))
                .isExactlyInstanceOf(SchemaException.class)
                .hasMessage("`.to(...)` is already set on the grant to function `data-access` ([QUERY]). Call it"
                        + " once with every operation the function needs.");
        assertThatThrownBy(() -> new SchemaAllow().resource(DATA_ACCESS).to())
                .isExactlyInstanceOf(SchemaException.class)
                .hasMessage("`allow.resource(data-access).to()` needs at least one operation, e.g."
                        + " `.to(ResourceOperation.QUERY)`; leave it out to grant QUERY, MUTATE and LISTEN.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void defineDataRejectsAGrantSmuggledIntoAModel() {
        List<SchemaAllow> captured = new ArrayList<>();
        a.schema(model("Other", todo())).authorization(allow -> {
            captured.add(allow);
            return List.of(allow.publicApiKey());
        });
        Object smuggled = captured.get(0).resource(DATA_ACCESS);
        ModelSchema schema = a.schema(model("Todo", todo()
                .authorization(allow -> (List<AuthorizationRule>) (List<?>) List.of(smuggled))))
                .authorization(allow -> List.of(allow.publicApiKey()));

        assertThatThrownBy(() -> defineData(DataProps.of(schema)))
                .isExactlyInstanceOf(SchemaException.class)
                .hasMessage("Model `Todo`: function access can only be configured on the schema object. Move"
                        + " `allow.resource(fn)` to `a.schema(...).authorization(...)`.");
    }

    @Test
    void grantsLeaveModelRulesAlone() {
        DataSchema schema = define(a.schema(model("Todo", todo().authorization(allow -> List.of(allow.publicApiKey()))))
                .authorization(allow -> List.of(allow.resource(DATA_ACCESS))));

        assertThat(schema.models().get(0).authorization()).containsExactly(AuthRule.publicApiKey());
    }
}
