import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.customType;
import static dev.forte.data.a.enumType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.mutation;
import static dev.forte.data.a.query;
import static dev.forte.schema.AuthOperation.READ;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.data.FunctionResource;
import dev.forte.data.SchemaEntry;
import dev.forte.data.a;
import dev.forte.schema.AuthProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The interop suite's second backend, for what the example Todo backend does not have.
 *
 * <p>Authorization rules: a {@code Notice} that the API key may read but not write (a write with the key is the
 * denied operation whose AppSync {@code Unauthorized} error the client must surface), a {@code Diary} only its
 * owner may use, signed in with a token of the sandbox's local user pool, and a {@code Memo} for callers whose
 * token the Lambda authorizer {@link MemoAuthorizer} accepts, and a {@code Bulletin} that guests of the identity
 * pool may read ({@code allow.guest().to(READ)}) and its signed-in users write.
 *
 * <p>Schema shapes (a catalog, with the schema's API key rule): a {@code Product} keyed by
 * {@code storeId + sku} with two secondary indexes (one with a sort key and its own query field, one on an enum),
 * enum, inline enum, custom type and list fields; a {@code Customer} keyed by {@code email} alone; and custom
 * operations answered by {@link CatalogOperations}.
 *
 * <p>Relationships: a {@code Shelf} with many {@code Book}s, each with {@code Chapter}s keyed by
 * {@code bookId + number}; a {@code Reader} with one {@code LibraryCard}; a {@code Branch} keyed by
 * {@code city + code} with many {@code Loan}s; a {@code Post} (API key and signed-in users) with children whose
 * reference is required ({@code Comment}), optional ({@code Reaction}) or under an owner rule ({@code Bookmark});
 * and an {@code Author} keyed by {@code email} whose {@code Article}s reference it by {@code authorEmail}.
 */
public class RulesBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var authorizer = defineFunction(FunctionProps.builder(MemoAuthorizer.class).name("memo-authorizer")
                .timeoutSeconds(30).build());
        var operations = defineFunction(FunctionProps.builder(CatalogOperations.class).name("catalog-operations")
                .timeoutSeconds(30).build());
        List<SchemaEntry> entries = new ArrayList<>(List.of(
                model("Todo", a.model(field("name", a.string().required()))),
                model("Notice", a.model(field("text", a.string().required()))
                        .authorization(allow -> List.of(allow.publicApiKey().to(READ)))),
                model("Diary", a.model(field("entry", a.string().required()))
                        .authorization(allow -> List.of(allow.owner()))),
                model("Memo", a.model(field("text", a.string().required()))
                        .authorization(allow -> List.of(allow.custom()))),
                model("Gauge", a.model(field("label", a.string().required().validate(v -> v.minLength(2))),
                        field("reading", a.float_().validate(v -> v.gte(0).lte(100, "Reading is 0 to 100"))))),
                model("Bulletin", a.model(field("text", a.string().required()))
                        .authorization(allow -> List.of(allow.guest().to(READ), allow.publicApiKey(),
                                allow.authenticated(AuthProvider.IDENTITY_POOL))))));
        entries.addAll(catalog(operations));
        entries.addAll(library());
        entries.addAll(relationships());
        var schema = a.schema(entries.toArray(SchemaEntry[]::new))
                .authorization(allow -> List.of(allow.publicApiKey()));
        var data = defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 7)
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(authorizer)).build());
        return Backend.of(defineAuth(), data, authorizer, operations);
    }

    /** Relationships: has-many, has-one and a composite-key parent, each with its belongs-to. */
    private static List<SchemaEntry> library() {
        return List.of(
                model("Shelf", a.model(
                        field("name", a.string().required()),
                        field("books", a.hasMany("Book", "shelfId")))),
                model("Book", a.model(
                        field("title", a.string().required()),
                        field("shelfId", a.id()),
                        field("shelf", a.belongsTo("Shelf", "shelfId")),
                        field("chapters", a.hasMany("Chapter", "bookId")))),
                model("Reader", a.model(
                        field("name", a.string()),
                        field("card", a.hasOne("LibraryCard", "readerId")))),
                model("LibraryCard", a.model(
                        field("number", a.string()),
                        field("readerId", a.id()),
                        field("reader", a.belongsTo("Reader", "readerId")))),
                model("Branch", a.model(
                                field("city", a.string().required()),
                                field("code", a.string().required()),
                                field("loans", a.hasMany("Loan", "city", "code")))
                        .identifier("city", "code")),
                model("Loan", a.model(
                        field("item", a.string()),
                        field("city", a.string()),
                        field("code", a.string()),
                        field("branch", a.belongsTo("Branch", "city", "code")))));
    }

    private static List<SchemaEntry> catalog(FunctionResource operations) {
        return List.of(
                enumType("Status", a.enumOf("DRAFT", "ACTIVE", "RETIRED")),
                customType("Point", a.customType(
                        field("x", a.float_().required()), field("y", a.float_().required()))),
                customType("Dimensions", a.customType(
                        field("width", a.float_().required()),
                        field("height", a.float_()),
                        field("unit", a.string()))),
                model("Product", a.model(
                                field("storeId", a.id().required()),
                                field("sku", a.string().required()),
                                field("name", a.string().required()),
                                field("category", a.string().required()),
                                field("price", a.float_().required()),
                                field("status", a.ref("Status")),
                                field("size", a.enumOf("SMALL", "LARGE")),
                                field("dimensions", a.ref("Dimensions")),
                                field("label", a.customType(field("text", a.string()),
                                        field("colors", a.string().array()), field("origin", a.ref("Point")))),
                                field("history", a.ref("Status").array()),
                                field("tags", a.string().array()))
                        .identifier("storeId", "sku")
                        .secondaryIndexes(index -> List.of(
                                index.of("category").sortKeys("price").queryField("listProductsByCategoryAndPrice"),
                                index.of("status")))),
                model("Customer", a.model(
                                field("email", a.email().required()),
                                field("name", a.string()),
                                field("status", a.ref("Status").required()),
                                field("birthday", a.date()),
                                field("wakeUp", a.time()),
                                field("lastSeen", a.datetime()),
                                field("visitedAt", a.timestamp()),
                                field("preferences", a.json()),
                                field("phone", a.phone()),
                                field("site", a.url()),
                                field("lastIp", a.ipAddress()))
                        .identifier("email")),
                query("quote", a.query()
                        .arguments(field("sku", a.string().required()), field("quantity", a.integer().required()),
                                field("unitPrice", a.float_().required()), field("status", a.ref("Status")),
                                field("dimensions", a.ref("Dimensions")))
                        .returns(a.customType(field("sku", a.string().required()), field("total", a.float_()),
                                field("status", a.ref("Status")), field("area", a.float_())))
                        .handler(a.handler.function(operations))),
                query("nextStatus", a.query()
                        .arguments(field("status", a.ref("Status").required()))
                        .returns(a.ref("Status"))
                        .handler(a.handler.function(operations))),
                query("sampleProducts", a.query()
                        .arguments(field("storeId", a.id().required()), field("count", a.integer().required()))
                        .returns(a.ref("Product").array())
                        .handler(a.handler.function(operations))),
                query("totalArea", a.query()
                        .arguments(field("parts", a.ref("Dimensions").required().array().required()))
                        .returns(a.float_().required())
                        .handler(a.handler.function(operations))),
                query("requestTag", a.query()
                        .arguments(field("prefix", a.string().required()))
                        .returns(a.string())
                        .handler(a.handler.function(operations))),
                query("whoAmI", a.query()
                        .returns(a.customType(field("username", a.string()), field("sub", a.string()),
                                field("groups", a.string().array())))
                        .handler(a.handler.function(operations))
                        .authorization(allow -> List.of(allow.authenticated()))),
                mutation("adminTask", a.mutation()
                        .arguments(field("task", a.string().required()))
                        .returns(a.string())
                        .handler(a.handler.function(operations))
                        .authorization(allow -> List.of(allow.group("Admin")))),
                mutation("announce", a.mutation()
                        .arguments(field("message", a.string().required()))
                        .returns(a.string())
                        .handler(a.handler.function(operations).async())),
                mutation("shout", a.mutation()
                        .arguments(field("words", a.string().required().array().required()))
                        .returns(a.string().required().array().required())
                        .handler(a.handler.function(operations))));
    }

    /**
     * More relationships: a {@code Post} with children whose reference is required, optional or under an owner rule;
     * a child keyed by its reference ({@code Chapter} of a {@code Book}); a parent keyed by {@code email}.
     */
    private static List<SchemaEntry> relationships() {
        return List.of(
                model("Post", a.model(
                                field("title", a.string().required()),
                                field("comments", a.hasMany("Comment", "postId")),
                                field("reactions", a.hasMany("Reaction", "postId")),
                                field("bookmarks", a.hasMany("Bookmark", "postId")))
                        .authorization(allow -> List.of(allow.publicApiKey(), allow.authenticated()))),
                model("Comment", a.model(
                        field("content", a.string().required()),
                        field("postId", a.id().required()),
                        field("post", a.belongsTo("Post", "postId")))),
                model("Reaction", a.model(
                        field("emoji", a.string().required()),
                        field("postId", a.id()),
                        field("post", a.belongsTo("Post", "postId")))),
                model("Bookmark", a.model(
                                field("note", a.string()),
                                field("postId", a.id().required()),
                                field("post", a.belongsTo("Post", "postId")))
                        .authorization(allow -> List.of(allow.owner()))),
                model("Chapter", a.model(
                                field("bookId", a.id().required()),
                                field("number", a.integer().required()),
                                field("heading", a.string()),
                                field("book", a.belongsTo("Book", "bookId")))
                        .identifier("bookId", "number")),
                model("Author", a.model(
                                field("email", a.email().required()),
                                field("name", a.string()),
                                field("articles", a.hasMany("Article", "authorEmail")))
                        .identifier("email")),
                model("Article", a.model(
                        field("headline", a.string().required()),
                        field("authorEmail", a.email()),
                        field("author", a.belongsTo("Author", "authorEmail")))));
    }

    /** Accepts every token that does not start with {@code deny}. */
    public static final class MemoAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("isAuthorized", !String.valueOf(event.get("authorizationToken")).startsWith("deny"));
        }
    }

    /**
     * Answers the custom operations from their arguments alone: {@code quote} (quantity × unit price, and the
     * area of the given dimensions), {@code nextStatus} (DRAFT → ACTIVE → RETIRED → null), {@code whoAmI} (the signed-in caller's user-pool identity), {@code adminTask} (for the
     * {@code Admin} group only), {@code requestTag} (the prefix and the
     * request's {@code x-catalog-tag} header), {@code totalArea} (the
     * sum of the parts' areas), {@code sampleProducts}
     * ({@code count} unsaved products of the store), {@code announce} (nothing: it is called asynchronously) and
     * {@code shout} (the words in upper case; none is an error).
     */
    public static final class CatalogOperations implements RequestHandler<Map<String, Object>, Object> {
        private static final List<String> STATUSES = List.of("DRAFT", "ACTIVE", "RETIRED");

        @Override
        @SuppressWarnings("unchecked")
        public Object handleRequest(Map<String, Object> event, Context context) {
            var arguments = (Map<String, Object>) event.get("arguments");
            return switch (String.valueOf(event.get("fieldName"))) {
                case "quote" -> quote(arguments);
                case "nextStatus" -> {
                    int next = STATUSES.indexOf(String.valueOf(arguments.get("status"))) + 1;
                    yield next < STATUSES.size() ? STATUSES.get(next) : null;
                }
                case "sampleProducts" -> sampleProducts(arguments);
                case "totalArea" -> ((List<Map<String, Object>>) arguments.get("parts")).stream()
                        .mapToDouble(CatalogOperations::area).sum();
                case "requestTag" -> arguments.get("prefix") + ":" + requestHeader(event, "x-catalog-tag");
                case "whoAmI" -> caller(event);
                case "adminTask" -> "done: " + arguments.get("task");
                case "announce" -> null;
                case "shout" -> shout((List<String>) arguments.get("words"));
                default -> throw new IllegalArgumentException("No operation " + event.get("fieldName"));
            };
        }

        private static List<Map<String, Object>> sampleProducts(Map<String, Object> arguments) {
            int count = ((Number) arguments.get("count")).intValue();
            return IntStream.rangeClosed(1, count).mapToObj(i -> Map.<String, Object>of(
                    "storeId", arguments.get("storeId"), "sku", "S-" + i, "name", "sample " + i,
                    "category", "samples", "price", i * 1.5, "status", "DRAFT", "tags", List.of("sample"),
                    "createdAt", "2024-01-01T00:00:00.000Z", "updatedAt", "2024-01-01T00:00:00.000Z")).toList();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> caller(Map<String, Object> event) {
            var identity = (Map<String, Object>) event.get("identity");
            var caller = new HashMap<String, Object>();
            caller.put("username", identity.get("username"));
            caller.put("sub", identity.get("sub"));
            caller.put("groups", identity.get("groups"));
            return caller;
        }

        @SuppressWarnings("unchecked")
        private static Object requestHeader(Map<String, Object> event, String name) {
            var request = (Map<String, Object>) event.get("request");
            return ((Map<String, Object>) request.get("headers")).get(name);
        }

        private static List<String> shout(List<String> words) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("shout needs at least one word");
            }
            return words.stream().map(word -> word.toUpperCase(Locale.ROOT)).toList();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> quote(Map<String, Object> arguments) {
            var quote = new HashMap<String, Object>();
            quote.put("sku", arguments.get("sku"));
            quote.put("total", ((Number) arguments.get("quantity")).intValue()
                    * ((Number) arguments.get("unitPrice")).doubleValue());
            quote.put("status", arguments.get("status"));
            var dimensions = (Map<String, Object>) arguments.get("dimensions");
            if (dimensions != null && dimensions.get("height") != null) {
                quote.put("area", area(dimensions));
            }
            return quote;
        }

        private static double area(Map<String, Object> dimensions) {
            var height = (Number) dimensions.get("height");
            return ((Number) dimensions.get("width")).doubleValue() * (height == null ? 0 : height.doubleValue());
        }
    }
}
