package dev.forte.bench;

import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.examples.todo.DataAccessHandler;
import java.util.List;

/**
 * The backend Forte serves in the load scenarios: {@code examples/todo}'s Todo and its granted {@code data-access}
 * function, plus a secondary index on {@code priority} sorted by {@code name} for the index query ({@code
 * todosByPriority(priority: HIGH, name: {beginsWith: …})}). The floor table has the same index, so createTodo and
 * its floor each maintain one. Blog and Post, a {@code hasMany} and its {@code belongsTo}, are for the
 * relationship scenarios ({@link RelationshipOperations}).
 */
public final class BenchBackend implements BackendDefinition {
    static final String INDEX_QUERY = "todosByPriority";

    @Override
    public Backend define() {
        var dataAccess = defineFunction(DataAccessHandler.class);
        var schema = a.schema(
                        model("Todo", a.model(
                                        field("name", a.string().required()),
                                        field("description", a.string()),
                                        field("isDone", a.boolean_().default_(false)),
                                        field("priority", a.enumOf("LOW", "MEDIUM", "HIGH")))
                                .secondaryIndexes(index -> List.of(
                                        index.of("priority").sortKeys("name").queryField(INDEX_QUERY)))),
                        model("Blog", a.model(field("name", a.string().required()),
                                field("posts", a.hasMany("Post", "blogId")))),
                        model("Post", a.model(field("title", a.string().required()), field("blogId", a.id()),
                                field("blog", a.belongsTo("Blog", "blogId")))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(dataAccess)));
        return Backend.of(defineData(DataProps.of(schema)), dataAccess);
    }
}
