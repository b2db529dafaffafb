import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/**
 * forte-transform's conformance/validation/validation.ts: every {@code .validate(...)} rule on every field type that
 * takes it, with and without messages, after {@code .required()} and {@code .default_(...)}.
 */
public class ValidationBackend implements BackendDefinition {

    @Override
    public Backend define() {
        var schema = a.schema(
                        model("Product", a.model(
                                field("name", a.string().required()
                                        .validate(v -> v.minLength(3).maxLength(20, "Name must be at most 20 characters"))),
                                field("sku", a.string().validate(v -> v.startsWith("SKU-").endsWith("-X", "SKUs end with '-X'"))),
                                field("code", a.string()
                                        .validate(v -> v.matches("^[A-Z]{2}[0-9]+$", "Code: two capitals, then \"digits\""))),
                                field("tag", a.string().validate(v -> v.matches("^[a-z]+\\\\d$"))),
                                field("status", a.string().default_("draft").validate(v -> v.minLength(5))),
                                field("quantity", a.integer().validate(v -> v.gt(0).lt(1000, "At most 999 items"))),
                                field("stock", a.integer().required().validate(v -> v.gte(0).lte(500))),
                                field("rank", a.integer().validate(v -> v.positive())),
                                field("level", a.integer().default_(5).validate(v -> v.gte(1).lte(10, "Level is 1 to 10"))),
                                field("price", a.float_().validate(v -> v.gt(0.5).lt(99.99))),
                                field("weight", a.float_().required().validate(v -> v.gte(-2.5).lte(1000, "Too heavy"))),
                                field("discount", a.float_().validate(v -> v.negative("Discounts are negative"))),
                                field("margin", a.float_().validate(v -> v.positive().lte(0.75))),
                                field("balance", a.integer().validate(v -> v.negative())),
                                field("note", a.string()))),
                        model("Review", a.model(
                                field("stars", a.integer().required()
                                        .validate(v -> v.gte(1, "At least one star").lte(5, "At most five stars"))),
                                field("body", a.string().validate(v -> v.maxLength(280))))),
                        model("Plain", a.model(field("title", a.string()))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 30).build()));
    }
}
