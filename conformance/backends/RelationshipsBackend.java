import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.AuthOperation.CREATE;
import static dev.forte.schema.AuthOperation.READ;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/**
 * relationships.ts (forte-transform's conformance/relationships): has-many/belongs-to, has-one/belongs-to, a
 * composite-key parent, and owner, group and private rules.
 */
public class RelationshipsBackend implements BackendDefinition {

    @Override
    public Backend define() {
        var schema = a.schema(
                        model("Blog", a.model(
                                field("name", a.string().required()),
                                field("posts", a.hasMany("Post", "blogId")))),
                        model("Post", a.model(
                                        field("title", a.string().required()),
                                        field("publishedAt", a.datetime()),
                                        field("blogId", a.id()),
                                        field("blog", a.belongsTo("Blog", "blogId")),
                                        field("comments", a.hasMany("Comment", "postId")),
                                        field("tags", a.string().array()))
                                .authorization(allow -> List.of(allow.owner(),
                                        allow.groups(List.of("Admin", "Editors")).to(READ),
                                        allow.authenticated().to(READ, CREATE)))),
                        model("Comment", a.model(
                                field("content", a.string().required()),
                                field("postId", a.id().required()),
                                field("post", a.belongsTo("Post", "postId")))),
                        model("User", a.model(
                                field("name", a.string()),
                                field("profile", a.hasOne("Profile", "userId")))),
                        model("Profile", a.model(
                                field("bio", a.string()),
                                field("userId", a.id()),
                                field("user", a.belongsTo("User", "userId")))),
                        model("Store", a.model(
                                        field("storeId", a.id().required()),
                                        field("region", a.string().required()),
                                        field("items", a.hasMany("Item", "storeId", "region")))
                                .identifier("storeId", "region")),
                        model("Item", a.model(
                                field("label", a.string()),
                                field("storeId", a.id()),
                                field("region", a.string()),
                                field("store", a.belongsTo("Store", "storeId", "region")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineAuth(), defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()));
    }
}
