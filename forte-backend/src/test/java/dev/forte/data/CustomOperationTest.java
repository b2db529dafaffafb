package dev.forte.data;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.customType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.mutation;
import static dev.forte.data.a.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.backend.Backend;
import dev.forte.backend.BackendException;
import dev.forte.backend.DataProps;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.ModelRef;
import dev.forte.schema.OperationType;
import dev.forte.schema.Scalar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code a.query()} and {@code a.mutation()}: what the schema model records and the mistakes it refuses. */
class CustomOperationTest {
    private static final FunctionResource SUMMARY = () -> "summary";

    private static SchemaEntry todo() {
        return model("Todo", a.model(field("name", a.string())));
    }

    private static DataSchema define(ModelSchema schema) {
        return defineData(DataProps.of(schema)).schema();
    }

    private static OperationDefinition answered() {
        return a.query().handler(a.handler.function(SUMMARY));
    }

    @Test
    void recordsArgumentsReturnTypeHandlerAndOwnRules() {
        DataSchema schema = define(a.schema(todo(),
                query("countTodos", answered()
                        .arguments(field("prefix", a.string()), field("limit", a.integer().required()))
                        .returns(a.integer().required())
                        .authorization(allow -> List.of(allow.publicApiKey()))))
                .authorization(allow -> List.of(allow.publicApiKey())));

        CustomOperation operation = schema.operations().get(0);
        assertThat(operation.type()).isEqualTo(OperationType.QUERY);
        assertThat(operation.arguments()).extracting(f -> f.name() + ": " + f.graphqlType())
                .containsExactly("prefix: String", "limit: Int!");
        assertThat(operation.returns().graphqlType()).isEqualTo("Int!");
        assertThat(operation.handler().functionName()).isEqualTo("summary");
        assertThat(operation.functionDirectiveName()).isEqualTo("FnCountTodos");
        assertThat(schema.effectiveRules(operation)).hasSize(1);
    }

    @Test
    void aReturnedRefMayNameAModelAndInlineTypesAreNamedAfterTheOperation() {
        DataSchema schema = define(a.schema(todo(),
                query("recent", answered().returns(a.ref("Todo").array())),
                query("stats", a.query().handler(a.handler.function(SUMMARY))
                        .returns(a.customType(field("total", a.integer())))))
                .authorization(allow -> List.of(allow.publicApiKey())));

        assertThat(schema.operations().get(0).returns().type()).isEqualTo(new ModelRef("Todo"));
        assertThat(schema.operations().get(1).returns().type()).isEqualTo(new CustomTypeRef("StatsReturnType"));
        assertThat(schema.customType("StatsReturnType")).isPresent();
    }

    @Test
    void anAsyncOperationReturnsEventInvocationResponse() {
        DataSchema schema = define(a.schema(todo(),
                mutation("notify", a.mutation().returns(a.string()).handler(a.handler.function(SUMMARY).async())))
                .authorization(allow -> List.of(allow.publicApiKey())));

        CustomOperation operation = schema.operations().get(0);
        assertThat(operation.handler().async()).isTrue();
        assertThat(operation.returns().graphqlType()).isEqualTo("EventInvocationResponse");
        assertThat(schema.customType("EventInvocationResponse").orElseThrow().fields())
                .extracting(f -> f.name() + ": " + f.graphqlType()).containsExactly("success: Boolean!");
    }

    @Test
    void anOperationWithoutRulesAtAnyLevelIsRefusedWithAmplifysMessage() {
        ModelSchema schema = a.schema(model("Todo", a.model(field("name", a.string()))
                        .authorization(allow -> List.of(allow.publicApiKey()))),
                query("stats", answered().returns(a.integer())));

        assertThatThrownBy(() -> define(schema)).isInstanceOf(SchemaException.class).hasMessage(
                "Custom operation stats requires both an authorization rule and a handler reference");
    }

    @Test
    void anOperationInheritingAnOwnerRuleIsRefusedWithAmplifysMessage() {
        ModelSchema schema = a.schema(todo(), query("stats", answered().returns(a.integer())))
                .authorization(allow -> List.of(allow.owner()));

        assertThatThrownBy(() -> define(schema)).isInstanceOf(SchemaException.class).hasMessage(
                "Unsupported auth strategy for custom handlers: owner. Custom operation `stats` inherits the schema's"
                        + " owner rule; give it rules of its own (e.g. `.authorization(allow ->"
                        + " List.of(allow.authenticated()))`).");
    }

    @Test
    void signedInUsersAndGroupsMayBeAnOperationsRules() {
        DataSchema schema = define(a.schema(todo(),
                        query("mine", answered().returns(a.string())
                                .authorization(allow -> List.of(allow.authenticated()))),
                        query("staff", answered().returns(a.string())
                                .authorization(allow -> List.of(allow.group("Staff"), allow.groups(List.of("A", "B"))))))
                .authorization(allow -> List.of(allow.publicApiKey())));

        assertThat(schema.effectiveRules(schema.operations().get(0))).extracting(rule -> rule.strategy().toString())
                .containsExactly("PRIVATE");
        assertThat(schema.effectiveRules(schema.operations().get(1))).extracting(rule -> rule.groups())
                .containsExactly(List.of("Staff"), List.of("A", "B"));
    }

    @Test
    void anOperationWithoutHandlerIsRefusedWithAmplifysMessage() {
        assertThatThrownBy(() -> a.schema(todo(), query("stats", a.query().returns(a.integer()))))
                .isInstanceOf(SchemaException.class)
                .hasMessage("Custom operation stats requires both an authorization rule and a handler reference");
    }

    @Test
    void anOperationWithoutReturnTypeIsRefused() {
        assertThatThrownBy(() -> a.schema(todo(), query("stats", answered())))
                .isInstanceOf(SchemaException.class).hasMessageContaining("has no return type. Add `.returns(...)`");
    }

    @Test
    void aMutationNamedAsAQueryIsRefused() {
        assertThatThrownBy(() -> query("notify", a.mutation())).isInstanceOf(SchemaException.class)
                .hasMessageContaining("Use `mutation(\"notify\", a.mutation()...)`");
    }

    @Test
    void aModelArgumentIsRefused() {
        assertThatThrownBy(() -> a.schema(todo(), query("stats", answered().returns(a.integer())
                        .arguments(field("todo", a.ref("Todo"))))))
                .isInstanceOf(SchemaException.class).hasMessageContaining("refers to a model. Arguments can be");
    }

    @Test
    void aRuleNarrowedWithToIsRefused() {
        assertThatThrownBy(() -> answered().authorization(allow -> List.of(allow.publicApiKey().to(
                AuthOperation.READ)))).isInstanceOf(SchemaException.class).hasMessageContaining("takes no `.to(...)`");
    }

    @Test
    void aCustomTypeArgumentIsKeptAsTheType() {
        DataSchema schema = define(a.schema(todo(),
                customType("Range", a.customType(field("from", a.integer()))),
                query("count", answered().returns(a.integer()).arguments(field("range", a.ref("Range")))))
                .authorization(allow -> List.of(allow.publicApiKey())));

        assertThat(schema.operations().get(0).arguments().get(0).type()).isEqualTo(new CustomTypeRef("Range"));
        assertThat(schema.operations().get(0).returns().type()).isEqualTo(Scalar.INT);
    }

    @Test
    void aBackendMustHoldTheFunctionThatAnswersAnOperation() {
        var data = defineData(DataProps.of(a.schema(todo(), query("stats", answered().returns(a.integer())))
                .authorization(allow -> List.of(allow.publicApiKey()))));

        assertThatThrownBy(() -> Backend.of(data)).isInstanceOf(BackendException.class)
                .hasMessageContaining("Custom operation `stats` is answered by function `summary`, which is not in"
                        + " the backend");
    }
}
