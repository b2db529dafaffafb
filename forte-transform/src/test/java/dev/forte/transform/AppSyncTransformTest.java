package dev.forte.transform;

import static dev.forte.transform.TestSchemas.field;
import static dev.forte.transform.TestSchemas.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.Define;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.ModelOperation;
import dev.forte.schema.Scalar;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppSyncTransformTest {

    @Test
    void pluralNamesReachTheListFields() {
        TransformResult result = AppSyncTransform.transform(TestSchemas.define(List.of(
                model("Category", field("name", Scalar.STRING)).build(),
                model("Person", field("name", Scalar.STRING)).build()), List.of(), List.of()));

        assertThat(rootFields(result.appSyncSdl(), "Query")).containsExactly(
                "getCategory", "listCategories", "getPerson", "listPeople");
    }

    @Test
    void disablingMutationsRemovesThemTheirInputsAndTheirSubscriptions() {
        TransformResult result = AppSyncTransform.transform(TestSchemas.define(List.of(
                model("Todo", field("name", Scalar.STRING)).disableOperations(ModelOperation.MUTATIONS).build()),
                List.of(), List.of()));

        assertThat(result.directiveSdl()).contains("type Todo @model(mutations:null) @auth(");
        assertThat(typeNames(result.appSyncSdl())).contains("Query", "ModelTodoFilterInput")
                .doesNotContain("Mutation", "Subscription", "CreateTodoInput", "UpdateTodoInput",
                        "DeleteTodoInput", "ModelTodoConditionInput", "ModelSubscriptionTodoFilterInput");
        assertThat(result.bindings()).extracting(OperationBinding::fieldName).containsExactly("getTodo", "listTodos");
    }

    @Test
    void disablingSingleOperationsKeepsTheRest() {
        TransformResult result = AppSyncTransform.transform(TestSchemas.define(List.of(
                model("Todo", field("name", Scalar.STRING))
                        .disableOperations(ModelOperation.LIST, ModelOperation.CREATE, ModelOperation.ON_DELETE)
                        .build()), List.of(), List.of()));

        assertThat(result.directiveSdl())
                .contains("@model(queries:{list:null},mutations:{create:null},subscriptions:{onDelete:null})");
        assertThat(rootFields(result.appSyncSdl(), "Query")).containsExactly("getTodo");
        assertThat(rootFields(result.appSyncSdl(), "Mutation")).containsExactly("updateTodo", "deleteTodo");
        assertThat(rootFields(result.appSyncSdl(), "Subscription")).containsExactly("onUpdateTodo");
        assertThat(typeNames(result.appSyncSdl())).contains("ModelTodoConditionInput", "UpdateTodoInput")
                .doesNotContain("ModelTodoConnection", "ModelTodoFilterInput", "CreateTodoInput");
    }

    @Test
    void disabledIndexQueryLeavesTheIndexButNoField() {
        TransformResult result = AppSyncTransform.transform(TestSchemas.define(List.of(
                model("Todo", field("owner", Scalar.STRING), field("name", Scalar.STRING))
                        .index(new dev.forte.schema.SecondaryIndex("owner", List.of("name"), "byOwner", null, true))
                        .build()), List.of(), List.of()));

        assertThat(result.directiveSdl()).contains("owner: String @index(name: \"byOwner\", sortKeyFields: [\"name\"])");
        assertThat(rootFields(result.appSyncSdl(), "Query")).containsExactly("getTodo", "listTodos");
        assertThat(typeNames(result.appSyncSdl())).doesNotContain("ModelStringKeyConditionInput");
    }

    @Test
    void schema5BindsEveryRootFieldToItsOperation() {
        List<OperationBinding> bindings = AppSyncTransform.transform(TestSchemas.schema5()).bindings();

        assertThat(bindings).hasSize(20);
        assertThat(bindings).contains(
                new OperationBinding("Query", "getProduct", "Product", OperationKind.GET, null,
                        List.of("storeId", "sku"), null, List.of()),
                new OperationBinding("Query", "listProducts", "Product", OperationKind.LIST, null,
                        List.of("storeId", "sku"), "sku", List.of()),
                new OperationBinding("Query", "listProductByStoreIdAndReleasedOnAndName", "Product",
                        OperationKind.INDEX_QUERY, "byStoreReleaseName", List.of("storeId", "releasedOn", "name"),
                        "releasedOnName", List.of()),
                new OperationBinding("Query", "listProductByName", "Product", OperationKind.INDEX_QUERY,
                        "productsByName", List.of("name"), null, List.of()),
                new OperationBinding("Query", "listProductsByCategoryAndPrice", "Product", OperationKind.INDEX_QUERY,
                        "productsByCategoryAndPrice", List.of("category", "price"), "price", List.of()),
                new OperationBinding("Query", "listCustomers", "Customer", OperationKind.LIST, null,
                        List.of("email"), null, List.of()),
                new OperationBinding("Query", "listCustomerByAccountRepresentativeIdAndName", "Customer",
                        OperationKind.INDEX_QUERY, "customersByAccountRepresentativeIdAndName",
                        List.of("accountRepresentativeId", "name"), "name", List.of()),
                new OperationBinding("Mutation", "updateCustomer", "Customer", OperationKind.UPDATE, null,
                        List.of("email"), null, List.of()),
                new OperationBinding("Subscription", "onDeleteProduct", "Product", OperationKind.ON_DELETE, null,
                        List.of(), null, List.of("deleteProduct")));
    }

    @Test
    void everyGeneratedRootFieldHasExactlyOneBinding() {
        TransformResult result = AppSyncTransform.transform(TestSchemas.schema5());

        List<String> rootFields = new ArrayList<>();
        for (String root : List.of("Query", "Mutation", "Subscription")) {
            rootFields(result.appSyncSdl(), root).forEach(field -> rootFields.add(root + "." + field));
        }

        assertThat(result.bindings()).extracting(b -> b.rootType() + "." + b.fieldName())
                .containsExactlyInAnyOrderElementsOf(rootFields);
    }

    @Test
    void oidcRulesGrantAwsOidcBesideTheOtherModes() {
        var schema = dev.forte.data.a.schema(dev.forte.data.a.model("Note", dev.forte.data.a.model(
                dev.forte.data.a.field("text", dev.forte.data.a.string())).authorization(allow -> List.of(
                        allow.owner(AuthProvider.OIDC).identityClaim("sub"),
                        allow.groups(List.of("Admin"), AuthProvider.OIDC).withClaimIn("groups"),
                        allow.publicApiKey().to(AuthOperation.READ)))));
        DataDefinition data = Define.defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 7)
                .oidcAuthorizationMode(OidcAuthorizationMode.builder("Keycloak", "https://sso.example.com/realms/a")
                        .build()).build());

        TransformResult result = AppSyncTransform.transform(data);

        assertThat(result.directiveSdl()).contains("{allow: owner, provider: oidc, ownerField: \"owner\","
                + " identityClaim: \"sub\"}", "{allow: groups, provider: oidc, groups: [\"Admin\"],"
                + " groupClaim: \"groups\"}");
        assertThat(result.appSyncSdl()).contains("type Note @aws_iam @aws_oidc @aws_api_key {",
                "createNote(input: CreateNoteInput!, condition: ModelNoteConditionInput): Note @aws_iam @aws_oidc",
                "getNote(id: ID!): Note @aws_api_key @aws_iam @aws_oidc");
    }

    private static List<String> rootFields(String sdl, String rootType) {
        return Parser.parse(sdl).getDefinitionsOfType(ObjectTypeDefinition.class).stream()
                .filter(type -> type.getName().equals(rootType))
                .flatMap(type -> type.getFieldDefinitions().stream())
                .map(FieldDefinition::getName)
                .toList();
    }

    private static List<String> typeNames(String sdl) {
        Document document = Parser.parse(sdl);
        return document.getDefinitions().stream()
                .map(definition -> ((graphql.language.NamedNode<?>) definition).getName())
                .toList();
    }
}
