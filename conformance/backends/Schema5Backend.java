import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/** conformance/corpus/schema5.ts: composite identifier and secondary indexes (sortKeys, queryField, name). */
public class Schema5Backend implements BackendDefinition {

    @Override
    public Backend define() {
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
                        // custom single-field primary key
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
