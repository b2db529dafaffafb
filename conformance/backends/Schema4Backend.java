import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.customType;
import static dev.forte.data.a.enumType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/** conformance/corpus/schema4.ts: enums and custom types, named (a.ref) and inline, nested, arrays of refs. */
public class Schema4Backend implements BackendDefinition {

    @Override
    public Backend define() {
        var schema = a.schema(
                        enumType("Status", a.enumOf("DRAFT", "PUBLISHED", "ARCHIVED")),
                        customType("Address", a.customType(
                                field("street", a.string().required()),
                                field("city", a.string()),
                                field("zip", a.string()),
                                field("geo", a.ref("GeoPoint")))),
                        customType("GeoPoint", a.customType(
                                field("lat", a.float_().required()),
                                field("lng", a.float_().required()))),
                        model("Place", a.model(
                                field("name", a.string().required()),
                                field("status", a.ref("Status")),
                                field("requiredStatus", a.ref("Status").required()),
                                field("statusHistory", a.ref("Status").array()),
                                field("address", a.ref("Address")),
                                field("previousAddresses", a.ref("Address").array()),
                                field("priority", a.enumOf("LOW", "MEDIUM", "HIGH")),
                                field("meta", a.customType(
                                        field("source", a.string()),
                                        field("tags", a.string().array()))))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()));
    }
}
