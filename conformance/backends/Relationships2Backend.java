import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.schema.ModelOperation;
import java.util.List;

/**
 * relationships2.ts (forte-transform's conformance/relationships2): field rules on relationship fields, a child
 * without list queries, a String reference to an ID key.
 */
public class Relationships2Backend implements BackendDefinition {

    @Override
    public Backend define() {
        var schema = a.schema(
                        model("Team", a.model(
                                field("name", a.string()),
                                field("members", a.hasMany("Member", "teamId")),
                                field("lead", a.hasOne("Lead", "teamId")
                                        .authorization(allow -> List.of(allow.authenticated()))),
                                field("notes", a.hasMany("Note", "teamId")))),
                        model("Member", a.model(
                                field("name", a.string()),
                                field("teamId", a.string()),
                                field("team", a.belongsTo("Team", "teamId")
                                        .authorization(allow -> List.of(allow.owner()))))),
                        model("Lead", a.model(
                                field("teamId", a.id()),
                                field("team", a.belongsTo("Team", "teamId")))),
                        model("Note", a.model(
                                        field("body", a.string()),
                                        field("teamId", a.id()),
                                        field("team", a.belongsTo("Team", "teamId")))
                                .disableOperations(ModelOperation.LIST)))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineAuth(), defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()));
    }
}
