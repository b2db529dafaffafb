package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.Backend;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.util.List;
import java.util.Set;

/** The backends the end-to-end tests serve, built from the schema model. */
public final class TestBackends {
    private TestBackends() {}

    /**
     * {@code Todo {name, description, isDone, dueAt: a.datetime(), priority: a.integer().default(3)}} open to the
     * API key, and {@code Secret {text}} readable only by signed-in user-pool users ({@code allow.authenticated()}).
     */
    public static Backend todo() {
        Model todo = new Model("Todo", List.of(Field.of("name", Scalar.STRING), Field.of("description", Scalar.STRING),
                Field.of("isDone", Scalar.BOOLEAN), Field.of("dueAt", Scalar.AWS_DATE_TIME),
                new Field("priority", Scalar.INT, false, false, false, "3", List.of())),
                List.of("id"), List.of(), Set.of(), List.of());
        Model secret = new Model("Secret", List.of(Field.of("text", Scalar.STRING)), List.of("id"), List.of(),
                Set.of(), List.of(AuthRule.of(AuthStrategy.PRIVATE, AuthProvider.USER_POOLS)));
        DataSchema schema = new DataSchema(List.of(todo, secret), List.of(), List.of(),
                List.of(AuthRule.publicApiKey()), List.of());
        return Backend.of(new DataDefinition(DataDefinition.DEFAULT_NAME, schema,
                new AuthorizationModes(AuthorizationMode.API_KEY, 30)).withAuth());
    }

    /**
     * The reference schema5 ({@code conformance/backends/Schema5Backend.java}): {@code Product} with the identifier
     * {@code storeId + sku} and three secondary indexes, one with the composite sort key {@code releasedOn + name};
     * {@code Customer} with the identifier {@code email} and an index on {@code accountRepresentativeId + name}.
     */
    static Backend schema5() {
        var schema = a.schema(
                        model("Product", a.model(
                                        field("storeId", a.id().required()),
                                        field("sku", a.string().required()),
                                        field("name", a.string().required()),
                                        field("category", a.string().required()),
                                        field("price", a.float_().required()),
                                        field("inStock", a.boolean_()),
                                        field("releasedOn", a.date()))
                                .identifier("storeId", "sku")
                                .secondaryIndexes(index -> List.of(
                                        index.of("category").sortKeys("price")
                                                .queryField("listProductsByCategoryAndPrice"),
                                        index.of("name"),
                                        index.of("storeId").sortKeys("releasedOn", "name")
                                                .name("byStoreReleaseName")))),
                        model("Customer", a.model(
                                        field("email", a.email().required()),
                                        field("name", a.string()),
                                        field("accountRepresentativeId", a.id().required()))
                                .identifier("email")
                                .secondaryIndexes(index -> List.of(
                                        index.of("accountRepresentativeId").sortKeys("name")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()));
    }
}
