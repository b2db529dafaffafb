package dev.forte.server.internal.storage;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.data.a;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import dev.forte.schema.SecondaryIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class ModelTableMigratorTest {
    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    ModelTableMigrator migrator;

    @BeforeEach
    void openSchema() {
        schema = database.newSchema();
        migrator = new ModelTableMigrator(schema.dataSource());
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    private static final Model NOTE = TestSchemas.model("Note", List.of(Field.of("text", Scalar.STRING),
            Field.of("votes", Scalar.INT)));

    private PostgresModelStore store(DataSchema data) {
        return PostgresModelStore.open(schema.dataSource(), data);
    }

    private void storeNote(DataSchema data, String id, Map<String, Object> fields) {
        Map<String, Object> item = new java.util.HashMap<>(fields);
        item.put("id", id);
        store(data).create("Note", item, null);
    }

    @Test
    void createsTypedColumnsAndIsIdempotent() {
        DataSchema data = TestSchemas.schema(TestSchemas.todo(), TestSchemas.product());

        List<String> first = migrator.migrate(data, false);

        assertThat(first).anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE \"Todo\"")
                .contains("\"id\" text COLLATE \"C\"", "\"priority\" integer", "\"rating\" double precision",
                        "\"done\" boolean", "\"dueAt\" bigint", "\"meta\" jsonb", "\"tags\" jsonb",
                        "\"address\" jsonb", "\"createdAt\" text", "\"updatedAt\" text", "PRIMARY KEY (\"id\")"));
        assertThat(first).anySatisfy(sql -> assertThat(sql).contains("PRIMARY KEY (\"storeId\", \"sku\")"));
        assertThat(first).anySatisfy(sql -> assertThat(sql)
                .startsWith("CREATE INDEX \"Product_byStoreReleaseName\" ON \"Product\" (\"storeId\"")
                .contains("WHERE \"storeId\" IS NOT NULL AND \"releasedOn\" IS NOT NULL AND \"name\" IS NOT NULL"));
        assertThat(first).anySatisfy(sql -> assertThat(sql).startsWith(
                "CREATE INDEX \"Product_productsByCategoryAndPrice\" ON \"Product\" (\"category\", \"price\""));
        assertThat(migrator.migrate(data, false)).isEmpty();
    }

    @Test
    void appliesAdditiveChangesByThemselvesAndKeepsData() {
        migrator.migrate(TestSchemas.schema(NOTE), false);
        storeNote(TestSchemas.schema(NOTE), "n1", Map.of("text", "hello"));
        Model grown = new Model("Note", List.of(Field.of("text", Scalar.STRING), Field.of("votes", Scalar.INT),
                Field.of("colour", Scalar.STRING)), List.of("id"),
                List.of(new SecondaryIndex("colour", List.of(), null, null, false)), Set.of(), List.of());
        DataSchema next = TestSchemas.schema(grown, TestSchemas.todo());

        List<String> statements = migrator.migrate(next, false);

        assertThat(statements).anySatisfy(sql -> assertThat(sql).isEqualTo(
                "ALTER TABLE \"Note\" ADD COLUMN \"colour\" text COLLATE \"C\""));
        assertThat(statements).anySatisfy(sql -> assertThat(sql).startsWith("CREATE INDEX \"Note_notesByColour\""));
        assertThat(statements).anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE \"Todo\""));
        assertThat(store(next).get("Note", Map.of("id", "n1")).orElseThrow()).containsEntry("text", "hello");
    }

    @Test
    void indexesAChildByTheReferencesOfItsParentsRelationshipsAndStoresNoRelationshipColumn() {
        DataSchema blog = a.schema(
                        model("Post", a.model(field("title", a.string()), field("comments", a.hasMany("Comment", "postId")))),
                        model("Comment", a.model(field("postId", a.id()), field("post", a.belongsTo("Post", "postId")))))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema();

        List<String> statements = migrator.migrate(blog, false);

        assertThat(statements).anySatisfy(sql -> assertThat(sql).isEqualTo("CREATE INDEX \"Comment_gsi-Post.comments\""
                + " ON \"Comment\" (\"postId\", \"id\") WHERE \"postId\" IS NOT NULL"));
        assertThat(statements).noneSatisfy(sql -> assertThat(sql).contains("\"comments\""));
        assertThat(statements).noneSatisfy(sql -> assertThat(sql).contains("\"post\" "));
        assertThat(migrator.migrate(blog, false)).isEmpty();
    }

    @Test
    void refusesToDropStoredValuesAndSaysWhatAndHowToAllowIt() {
        DataSchema before = TestSchemas.schema(NOTE, TestSchemas.todo());
        migrator.migrate(before, false);
        storeNote(before, "n1", Map.of("text", "a", "votes", 1));
        storeNote(before, "n2", Map.of("text", "b"));
        Model changed = TestSchemas.model("Note", List.of(Field.of("votes", Scalar.BOOLEAN)));
        DataSchema after = TestSchemas.schema(changed);

        assertThatThrownBy(() -> migrator.migrate(after, false))
                .isInstanceOf(DestructiveMigrationException.class)
                .hasMessageContaining("Model `Note` field `text` was removed: 2 stored values would be lost.")
                .hasMessageContaining("Model `Note` field `votes` changed type from integer to boolean: 1 stored"
                        + " value would be lost.")
                .hasMessageNotContaining("Model `Todo`")
                .hasMessageContaining("restore the field")
                .hasMessageContaining("--allow-destructive-migration");
        assertThat(store(before).get("Note", Map.of("id", "n1")).orElseThrow())
                .containsEntry("text", "a").containsEntry("votes", 1);
    }

    @Test
    void namesARemovedModelWithItems() {
        DataSchema before = TestSchemas.schema(NOTE, TestSchemas.todo());
        migrator.migrate(before, false);
        storeNote(before, "n1", Map.of());

        assertThatThrownBy(() -> migrator.migrate(TestSchemas.schema(TestSchemas.todo()), false))
                .isInstanceOf(DestructiveMigrationException.class)
                .hasMessageContaining("Model `Note` was removed: 1 stored item would be lost.");
    }

    @Test
    void namesAChangedIdentifier() {
        migrator.migrate(TestSchemas.schema(NOTE), false);
        storeNote(TestSchemas.schema(NOTE), "n1", Map.of("text", "a"));
        Model rekeyed = new Model("Note", List.of(TestSchemas.required("text", Scalar.STRING)), List.of("text"),
                List.of(), Set.of(), List.of());

        assertThatThrownBy(() -> migrator.migrate(TestSchemas.schema(rekeyed), false))
                .isInstanceOf(DestructiveMigrationException.class)
                .hasMessageContaining("Model `Note` changed its identifier from [id] to [text]");
    }

    @Test
    void dropsColumnsAndModelsThatHoldNoValuesWithoutAsking() {
        DataSchema before = TestSchemas.schema(NOTE, TestSchemas.todo());
        migrator.migrate(before, false);
        storeNote(before, "n1", Map.of("text", "a"));

        List<String> statements = migrator.migrate(TestSchemas.schema(TestSchemas.withoutField(NOTE, "votes")), false);

        assertThat(statements).contains("ALTER TABLE \"Note\" DROP COLUMN \"votes\"", "DROP TABLE \"Todo\"");
    }

    @Test
    void widensIntToFloatKeepingValues() {
        migrator.migrate(TestSchemas.schema(NOTE), false);
        storeNote(TestSchemas.schema(NOTE), "n1", Map.of("votes", 3));
        DataSchema after = TestSchemas.schema(TestSchemas.model("Note", List.of(Field.of("text", Scalar.STRING),
                Field.of("votes", Scalar.FLOAT))));

        migrator.migrate(after, false);

        assertThat(store(after).get("Note", Map.of("id", "n1")).orElseThrow()).containsEntry("votes", 3.0);
    }

    @Test
    void dropsStoredValuesWhenAllowed() {
        migrator.migrate(TestSchemas.schema(NOTE), false);
        storeNote(TestSchemas.schema(NOTE), "n1", Map.of("text", "a", "votes", 2));
        DataSchema after = TestSchemas.schema(TestSchemas.withoutField(NOTE, "text"));

        migrator.migrate(after, true);

        assertThat(store(after).get("Note", Map.of("id", "n1")).orElseThrow())
                .containsEntry("votes", 2).doesNotContainKey("text");
    }

    @Test
    void nodesStartingTogetherMigrateOneAfterTheOther() throws Exception {
        DataSchema data = TestSchemas.schema(NOTE, TestSchemas.todo(), TestSchemas.product());
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<Callable<List<String>>> starts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                starts.add(() -> migrator.migrate(data, false));
            }
            List<List<String>> results = new ArrayList<>();
            for (Future<List<String>> result : nodes.invokeAll(starts)) {
                results.add(result.get());
            }
            assertThat(results).filteredOn(statements -> !statements.isEmpty()).hasSize(1);
        } finally {
            nodes.shutdownNow();
        }
    }
}
