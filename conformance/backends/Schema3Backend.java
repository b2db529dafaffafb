import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/** conformance/corpus/schema3.ts: every scalar, required and array modifiers, default values. */
public class Schema3Backend implements BackendDefinition {

    @Override
    public Backend define() {
        var schema = a.schema(
                        model("AllScalars", a.model(
                                // one of each scalar, optional
                                field("idField", a.id()),
                                field("stringField", a.string()),
                                field("integerField", a.integer()),
                                field("floatField", a.float_()),
                                field("booleanField", a.boolean_()),
                                field("dateField", a.date()),
                                field("timeField", a.time()),
                                field("datetimeField", a.datetime()),
                                field("timestampField", a.timestamp()),
                                field("emailField", a.email()),
                                field("jsonField", a.json()),
                                field("phoneField", a.phone()),
                                field("urlField", a.url()),
                                field("ipAddressField", a.ipAddress()),
                                // required
                                field("requiredString", a.string().required()),
                                field("requiredInteger", a.integer().required()),
                                field("requiredDatetime", a.datetime().required()),
                                // arrays: [T], [T!], [T]!, [T!]!
                                field("stringArray", a.string().array()),
                                field("requiredElementArray", a.string().required().array()),
                                field("requiredArray", a.integer().array().required()),
                                field("requiredBoth", a.float_().required().array().required()),
                                field("emailArray", a.email().array()),
                                // defaults
                                field("stringWithDefault", a.string().default_("hello")),
                                field("integerWithDefault", a.integer().default_(42)),
                                field("floatWithDefault", a.float_().default_(3.14)),
                                field("booleanWithDefault", a.boolean_().default_(true)),
                                field("dateWithDefault", a.date().default_("2024-01-01")),
                                field("emailWithDefault", a.email().default_("user@example.com")),
                                field("requiredWithDefault", a.string().required().default_("x")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()));
    }
}
