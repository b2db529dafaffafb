package dev.forte.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.backend.Backend;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema5 API end to end: a composite identifier ({@code Product: storeId + sku}), secondary indexes with
 * single and composite sort keys, a custom single-field identifier ({@code Customer: email}), and the errors of
 * Amplify's key-condition and composite-key templates (PROTOCOL §5.4, §5.6, §5.7), over real HTTP on real
 * PostgreSQL. Subclasses choose the database.
 */
abstract class ProductApiContract extends ApiContract {
    static final String PRODUCT_FIELDS = "storeId sku name category price inStock releasedOn";
    static final String CONNECTION_ARGUMENTS = "$sortDirection: ModelSortDirection, $filter: ModelProductFilterInput, "
            + "$limit: Int, $nextToken: String";
    static final String PAGE_ARGUMENTS = "sortDirection: $sortDirection, filter: $filter, limit: $limit, "
            + "nextToken: $nextToken";
    static final String CONNECTION = "{\n    items {\n      " + PRODUCT_FIELDS + "\n    }\n    nextToken\n  }\n}\n";
    static final String CREATE = "mutation ($input: CreateProductInput!, $condition: ModelProductConditionInput) {\n"
            + "  createProduct(input: $input, condition: $condition) {\n    " + PRODUCT_FIELDS + "\n  }\n}\n";
    static final String UPDATE = "mutation ($input: UpdateProductInput!, $condition: ModelProductConditionInput) {\n"
            + "  updateProduct(input: $input, condition: $condition) {\n    " + PRODUCT_FIELDS + "\n  }\n}\n";
    static final String GET = "query ($storeId: ID!, $sku: String!) {\n"
            + "  getProduct(storeId: $storeId, sku: $sku) {\n    " + PRODUCT_FIELDS + "\n  }\n}\n";
    static final String LIST = "query ($storeId: ID, $sku: ModelStringKeyConditionInput, " + CONNECTION_ARGUMENTS
            + ") {\n  listProducts(storeId: $storeId, sku: $sku, " + PAGE_ARGUMENTS + ") " + CONNECTION;
    static final String BY_NAME = "query ($name: String!, " + CONNECTION_ARGUMENTS + ") {\n"
            + "  listProductByName(name: $name, " + PAGE_ARGUMENTS + ") " + CONNECTION;
    static final String BY_CATEGORY_AND_PRICE = "query ($category: String!, $price: ModelFloatKeyConditionInput, "
            + CONNECTION_ARGUMENTS + ") {\n  listProductsByCategoryAndPrice(category: $category, price: $price, "
            + PAGE_ARGUMENTS + ") " + CONNECTION;
    static final String BY_STORE_RELEASE_NAME = "query ($storeId: ID!, "
            + "$releasedOnName: ModelProductByStoreReleaseNameCompositeKeyConditionInput, " + CONNECTION_ARGUMENTS
            + ") {\n  listProductByStoreIdAndReleasedOnAndName(storeId: $storeId, releasedOnName: $releasedOnName, "
            + PAGE_ARGUMENTS + ") " + CONNECTION;
    static final String CREATE_CUSTOMER = "mutation ($input: CreateCustomerInput!) {\n"
            + "  createCustomer(input: $input) {\n    email\n    name\n  }\n}\n";
    static final String GET_CUSTOMER = "query ($email: AWSEmail!) {\n  getCustomer(email: $email) {\n    email\n"
            + "    name\n    accountRepresentativeId\n  }\n}\n";
    static final String CUSTOMERS_BY_REPRESENTATIVE = "query ($accountRepresentativeId: ID!, "
            + "$name: ModelStringKeyConditionInput, $sortDirection: ModelSortDirection) {\n"
            + "  listCustomerByAccountRepresentativeIdAndName(accountRepresentativeId: $accountRepresentativeId, "
            + "name: $name, sortDirection: $sortDirection) {\n    items {\n      email\n      name\n    }\n"
            + "    nextToken\n  }\n}\n";
    static final String LIST_CUSTOMERS = "query ($sortDirection: ModelSortDirection) {\n"
            + "  listCustomers(sortDirection: $sortDirection) {\n    items {\n      email\n    }\n  }\n}\n";

    @Override
    Backend backend() {
        return TestBackends.schema5();
    }

    /**
     * Store {@code s1} has four products, {@code s2} one, {@code s3} three released on one day and one the day
     * after; every test that writes uses a store of its own.
     */
    @BeforeAll
    void createProducts() throws Exception {
        create(product("s1", "A-1", "Anvil", "tools", 10.0, "2023-05-01"));
        create(product("s1", "A-2", "Axe", "tools", 25.5, "2024-01-15"));
        create(product("s1", "B-1", "Bolt", "tools", 0.5, "2024-03-02"));
        create(product("s1", "A-3", "Apron", "clothes", 12.0, "2024-06-30"));
        create(product("s2", "A-1", "Anvil", "tools", 11.0, "2024-02-01"));
        create(product("s3", "N-1", "Nut", "hardware", 0.1, "2024-09-09"));
        create(product("s3", "N-2", "Nail", "hardware", 0.2, "2024-09-09"));
        create(product("s3", "N-3", "Nib", "hardware", 0.3, "2024-09-09"));
        create(product("s3", "W-1", "Washer", "hardware", 0.4, "2024-09-10"));
    }

    @Test
    void getProductReadsTheItemByBothIdentifierFields() throws Exception {
        JsonNode product = api.graphql(GET, Map.of("storeId", "s1", "sku", "A-2")).path("data").path("getProduct");
        JsonNode otherStore = api.graphql(GET, Map.of("storeId", "s2", "sku", "A-2"));

        assertThat(product.path("name").asText()).isEqualTo("Axe");
        assertThat(product.path("price").asDouble()).isEqualTo(25.5);
        assertThat(product.path("releasedOn").asText()).isEqualTo("2024-01-15");
        assertThat(otherStore.path("data").path("getProduct").isNull()).isTrue();
        assertThat(otherStore.has("errors")).isFalse();
    }

    @Test
    void listProductsQueriesOnePartitionWithBeginsWithOnTheSortKeyDescending() throws Exception {
        JsonNode body = api.graphql(LIST, Map.of("storeId", "s1", "sku", Map.of("beginsWith", "A-"),
                "sortDirection", "DESC"));

        assertThat(skus(body, "listProducts")).containsExactly("A-3", "A-2", "A-1");
    }

    @Test
    void listProductsWithoutKeyArgumentsScansEveryStore() throws Exception {
        JsonNode body = api.graphql(LIST, Map.of("filter", Map.of("sku", Map.of("eq", "A-1"))));

        assertThat(items(body, "listProducts")).extracting(item -> item.path("storeId").asText())
                .containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void listProductByNameFindsTheNameInEveryStore() throws Exception {
        JsonNode body = api.graphql(BY_NAME, Map.of("name", "Anvil"));

        assertThat(items(body, "listProductByName")).extracting(item -> item.path("storeId").asText())
                .containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void listProductsByCategoryAndPriceAppliesBetweenInclusivelyInPriceOrder() throws Exception {
        JsonNode ascending = api.graphql(BY_CATEGORY_AND_PRICE, Map.of("category", "tools",
                "price", Map.of("between", List.of(10.0, 25.5))));
        JsonNode descending = api.graphql(BY_CATEGORY_AND_PRICE, Map.of("category", "tools",
                "price", Map.of("between", List.of(10.0, 25.5)), "sortDirection", "DESC"));

        assertThat(prices(ascending, "listProductsByCategoryAndPrice")).containsExactly(10.0, 11.0, 25.5);
        assertThat(prices(descending, "listProductsByCategoryAndPrice")).containsExactly(25.5, 11.0, 10.0);
    }

    @Test
    void compositeSortKeyBeginsWithTheFirstPartPagesInKeyOrder() throws Exception {
        List<String> names = new ArrayList<>();
        String nextToken = null;
        int pages = 0;
        do {
            Map<String, @Nullable Object> variables = new HashMap<>(Map.of("storeId", "s3",
                    "releasedOnName", Map.of("beginsWith", Map.of("releasedOn", "2024-09-09")), "limit", 1));
            variables.put("nextToken", nextToken);
            JsonNode connection = api.graphql(BY_STORE_RELEASE_NAME, variables).path("data")
                    .path("listProductByStoreIdAndReleasedOnAndName");
            assertThat(connection.path("items").size()).isLessThanOrEqualTo(1);
            connection.path("items").forEach(item -> names.add(item.path("name").asText()));
            nextToken = connection.path("nextToken").isNull() ? null : connection.path("nextToken").asText();
            pages++;
        } while (nextToken != null && pages < 10);

        assertThat(names).containsExactly("Nail", "Nib", "Nut");
        assertThat(pages).isBetween(3, 4);
    }

    @Test
    void compositeSortKeyPagesDescendingWithTheStoreAsPartitionKey() throws Exception {
        Map<String, @Nullable Object> variables = new HashMap<>(Map.of("storeId", "s1", "sortDirection", "DESC",
                "limit", 2));
        JsonNode first = api.graphql(BY_STORE_RELEASE_NAME, variables);
        variables.put("nextToken", first.path("data").path("listProductByStoreIdAndReleasedOnAndName")
                .path("nextToken").asText());
        JsonNode second = api.graphql(BY_STORE_RELEASE_NAME, variables);

        assertThat(names(first, "listProductByStoreIdAndReleasedOnAndName")).containsExactly("Apron", "Bolt");
        assertThat(names(second, "listProductByStoreIdAndReleasedOnAndName")).containsExactly("Axe", "Anvil");
    }

    /**
     * PROTOCOL §5.7 shows {@code beginsWith: {releasedOn: "2024"}} from the templates, but the part is an
     * {@code AWSDate} input, and AppSync rejects a partial date before any resolver runs
     * (aws-appsync-community#232, amplify-cli#2033): only whole parts can be given.
     */
    @Test
    void partialDateInACompositeKeyConditionIsRejectedLikeAppSync() throws Exception {
        JsonNode body = api.graphql(BY_STORE_RELEASE_NAME, Map.of("storeId", "s1",
                "releasedOnName", Map.of("beginsWith", Map.of("releasedOn", "2024"))));

        assertThat(body.path("data").isNull()).as(body.toString()).isTrue();
        assertThat(body.path("errors").get(0).path("message").asText()).contains("`2024`").contains("AWSDate");
    }

    @Test
    void compositeSortKeyConditionsCompareTheHashJoinedPrefixOfTheGivenParts() throws Exception {
        assertThat(compositeNames(Map.of("beginsWith", Map.of("releasedOn", "2024-03-02", "name", "Bo"))))
                .containsExactly("Bolt");
        assertThat(compositeNames(Map.of("eq", Map.of("releasedOn", "2024-03-02", "name", "Bolt"))))
                .containsExactly("Bolt");
        // DynamoDB compares `releasedOn#name` with "2024-03-02": equal to no item.
        assertThat(compositeNames(Map.of("eq", Map.of("releasedOn", "2024-03-02")))).isEmpty();
        assertThat(compositeNames(Map.of("between", List.of(Map.of("releasedOn", "2024-01-01"),
                Map.of("releasedOn", "2024-04-01"))))).containsExactly("Axe", "Bolt");
        assertThat(compositeNames(Map.of("gt", Map.of("releasedOn", "2024-03-02")))).containsExactly("Bolt", "Apron");
    }

    /** Amplify's templates apply an operator only when its value is not null ({@code Query.listProducts.req.vtl}). */
    @Test
    void keyConditionOperatorWithANullValueIsIgnored() throws Exception {
        Map<String, @Nullable Object> eqNull = new HashMap<>();
        eqNull.put("eq", null);

        JsonNode sku = api.graphql(LIST, Map.of("storeId", "s2", "sku", eqNull));
        JsonNode composite = api.graphql(BY_STORE_RELEASE_NAME, Map.of("storeId", "s2", "releasedOnName", eqNull));

        assertThat(skus(sku, "listProducts")).containsExactly("A-1");
        assertThat(skus(composite, "listProductByStoreIdAndReleasedOnAndName")).containsExactly("A-1");
    }

    @Test
    void indexQueryAppliesTheFilterToTheKeyQuery() throws Exception {
        JsonNode body = api.graphql(BY_STORE_RELEASE_NAME, Map.of("storeId", "s1",
                "filter", Map.of("category", Map.of("eq", "clothes"))));

        assertThat(items(body, "listProductByStoreIdAndReleasedOnAndName")).extracting(i -> i.path("name").asText())
                .containsExactly("Apron");
    }

    @Test
    void sortDirectionWithoutASortKeyIsInvalidArguments() throws Exception {
        assertInvalidArguments(api.graphql(BY_NAME, Map.of("name", "Anvil", "sortDirection", "ASC")),
                "listProductByName", "sortDirection is not supported for List operations without a Sort key defined.");
        assertInvalidArguments(api.graphql(LIST_CUSTOMERS, Map.of("sortDirection", "DESC")),
                "listCustomers", "sortDirection is not supported for List operations without a Sort key defined.");
    }

    @Test
    void sortDirectionOrSortKeyWithoutThePartitionKeyIsInvalidArguments() throws Exception {
        assertInvalidArguments(api.graphql(LIST, Map.of("sortDirection", "DESC")), "listProducts",
                "When providing argument 'sortDirection' you must also provide argument 'storeId'.");
        assertInvalidArguments(api.graphql(LIST, Map.of("sku", Map.of("eq", "A-1"))), "listProducts",
                "When providing argument 'sku' you must also provide arguments storeId");
        assertInvalidArguments(api.graphql(BY_STORE_RELEASE_NAME, Map.of("storeId", "",
                "releasedOnName", Map.of("eq", Map.of("releasedOn", "2024-01-15")))),
                "listProductByStoreIdAndReleasedOnAndName",
                "When providing argument 'releasedOnName' you must also provide 'storeId'.");
    }

    @Test
    void compositeKeyConditionWithTwoOperatorsIsInvalidArguments() throws Exception {
        assertInvalidComposite(Map.of("eq", Map.of("releasedOn", "2024-01-15"),
                "gt", Map.of("releasedOn", "2023-01-01")),
                "Argument releasedOnName must specify at most one key condition operation.");
    }

    @Test
    void compositeBetweenNeedsExactlyTwoElements() throws Exception {
        String message = "Argument 'releasedOnName.between' expects exactly two elements.";
        assertInvalidComposite(Map.of("between", List.of(Map.of("releasedOn", "2024-01-01"))), message);
        assertInvalidComposite(Map.of("between", List.of(Map.of("releasedOn", "2022-01-01"),
                Map.of("releasedOn", "2023-01-01"), Map.of("releasedOn", "2024-01-01"))), message);
    }

    @Test
    void compositePartWithoutThePrecedingPartIsInvalidArguments() throws Exception {
        assertInvalidComposite(Map.of("beginsWith", Map.of("name", "Axe")), "When providing argument "
                + "'releasedOnName.beginsWith.name' you must also provide 'releasedOnName.beginsWith.releasedOn'.");
        assertInvalidComposite(Map.of("between", List.of(Map.of("releasedOn", "2024-01-01"), Map.of("name", "Z"))),
                "When providing argument 'releasedOnName.between[1].name' you must also provide "
                        + "'releasedOnName.between[1].releasedOn'.");
    }

    @Test
    void createWithPartOfTheCompositeSortKeyFailsAndWritesNothing() throws Exception {
        Map<String, Object> input = new HashMap<>(product("create-partial", "C-1", "Crate", "tools", 3.0, null));

        JsonNode body = api.graphql(CREATE, Map.of("input", input));

        assertCompositeWriteError(body, "createProduct", "When creating any part of the composite sort key for "
                + "@index 'byStoreReleaseName', you must provide all fields for the key. Missing key: 'releasedOn'.");
        assertThat(api.graphql(GET, Map.of("storeId", "create-partial", "sku", "C-1")).path("data").path("getProduct")
                .isNull()).isTrue();
    }

    @Test
    void updateWithPartOfTheCompositeSortKeyFailsAndWritesNothing() throws Exception {
        create(product("update-partial", "U-1", "Urn", "pottery", 40.0, "2024-05-05"));

        JsonNode renamed = api.graphql(UPDATE, Map.of("input", Map.of("storeId", "update-partial", "sku", "U-1",
                "name", "Vase")));
        JsonNode redated = api.graphql(UPDATE, Map.of("input", Map.of("storeId", "update-partial", "sku", "U-1",
                "releasedOn", "2025-01-01")));

        String message = "When updating any part of the composite sort key for @index 'byStoreReleaseName', you must "
                + "provide all fields for the key. Missing key: '%s'.";
        assertCompositeWriteError(renamed, "updateProduct", message.formatted("releasedOn"));
        assertCompositeWriteError(redated, "updateProduct", message.formatted("name"));
        JsonNode stored = api.graphql(GET, Map.of("storeId", "update-partial", "sku", "U-1")).path("data")
                .path("getProduct");
        assertThat(stored.path("name").asText()).isEqualTo("Urn");
        assertThat(stored.path("releasedOn").asText()).isEqualTo("2024-05-05");
    }

    @Test
    void updateOfEveryCompositePartMovesTheItemInTheIndex() throws Exception {
        create(product("update-full", "U-1", "Urn", "pottery", 40.0, "2024-05-05"));

        JsonNode body = api.graphql(UPDATE, Map.of("input", Map.of("storeId", "update-full", "sku", "U-1",
                "name", "Vase", "releasedOn", "2025-01-01")));

        assertThat(body.has("errors")).as(body.toString()).isFalse();
        JsonNode found = api.graphql(BY_STORE_RELEASE_NAME, Map.of("storeId", "update-full",
                "releasedOnName", Map.of("eq", Map.of("releasedOn", "2025-01-01", "name", "Vase"))));
        assertThat(items(found, "listProductByStoreIdAndReleasedOnAndName")).extracting(i -> i.path("name").asText())
                .containsExactly("Vase");
    }

    @Test
    void customerIndexIsSparseAndTakesAStringKeyCondition() throws Exception {
        createCustomer(Map.of("email", "ada@example.com", "name", "Ada", "accountRepresentativeId", "rep-1"));
        createCustomer(Map.of("email", "alan@example.com", "name", "Alan", "accountRepresentativeId", "rep-1"));
        createCustomer(Map.of("email", "grace@example.com", "name", "Grace", "accountRepresentativeId", "rep-1"));
        createCustomer(Map.of("email", "anon@example.com", "accountRepresentativeId", "rep-1"));

        JsonNode byName = api.graphql(CUSTOMERS_BY_REPRESENTATIVE, Map.of("accountRepresentativeId", "rep-1",
                "name", Map.of("beginsWith", "A"), "sortDirection", "DESC"));
        JsonNode everyNamed = api.graphql(CUSTOMERS_BY_REPRESENTATIVE, Map.of("accountRepresentativeId", "rep-1"));
        JsonNode anon = api.graphql(GET_CUSTOMER, Map.of("email", "anon@example.com")).path("data").path("getCustomer");

        assertThat(names(byName, "listCustomerByAccountRepresentativeIdAndName")).containsExactly("Alan", "Ada");
        assertThat(names(everyNamed, "listCustomerByAccountRepresentativeIdAndName"))
                .containsExactly("Ada", "Alan", "Grace");
        assertThat(anon.path("accountRepresentativeId").asText()).isEqualTo("rep-1");
    }

    @Test
    void unconvertibleFilterIsUnrecognizedFilter() throws Exception {
        JsonNode list = api.graphql(LIST, Map.of("filter", Map.of("price", Map.of("between", List.of(1.0)))));
        JsonNode index = api.graphql(BY_NAME, Map.of("name", "Anvil",
                "filter", Map.of("price", Map.of("between", List.of(1.0, 2.0, 3.0)))));

        String message = "Unable to process the filter expression";
        assertResolverError(list, "listProducts", "Unrecognized Filter", message);
        assertResolverError(index, "listProductByName", "Unrecognized Filter", message);
    }

    @Test
    void unconvertibleConditionIsUnrecognizedFilterAndWritesNothing() throws Exception {
        create(product("condition", "K-1", "Kettle", "kitchen", 30.0, "2024-07-07"));
        Map<String, @Nullable Object> lessThanNull = new HashMap<>();
        lessThanNull.put("lt", null);

        JsonNode body = api.graphql(UPDATE, Map.of("input", Map.of("storeId", "condition", "sku", "K-1",
                "price", 31.0), "condition", Map.of("price", lessThanNull)));

        assertResolverError(body, "updateProduct", "Unrecognized Filter", "Unable to process the filter expression");
        assertThat(api.graphql(GET, Map.of("storeId", "condition", "sku", "K-1")).path("data").path("getProduct")
                .path("price").asDouble()).isEqualTo(30.0);
    }

    @Test
    void limitBelowOneIsDynamoDbsValidationError() throws Exception {
        JsonNode body = api.graphql(LIST, Map.of("storeId", "s1", "limit", 0));

        assertResolverError(body, "listProducts", "DynamoDB:DynamoDbException", "1 validation error detected: Value"
                + " '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
    }

    private void assertInvalidComposite(Map<String, Object> condition, String message) throws Exception {
        assertInvalidArguments(api.graphql(BY_STORE_RELEASE_NAME, Map.of("storeId", "s1", "releasedOnName", condition)),
                "listProductByStoreIdAndReleasedOnAndName", message);
    }

    private static void assertInvalidArguments(JsonNode body, String field, String message) {
        assertResolverError(body, field, "InvalidArgumentsError", message);
    }

    /** Amplify's template raises these with {@code $util.error(message)}, which has no errorType. */
    private static void assertCompositeWriteError(JsonNode body, String field, String message) {
        JsonNode error = assertResolverShape(body, field);
        assertThat(error.path("errorType").isNull()).as(body.toString()).isTrue();
        assertThat(error.path("message").asText()).isEqualTo(message);
    }

    private static void assertResolverError(JsonNode body, String field, String errorType, String message) {
        JsonNode error = assertResolverShape(body, field);
        assertThat(error.path("errorType").asText()).as(body.toString()).isEqualTo(errorType);
        assertThat(error.path("message").asText()).isEqualTo(message);
    }

    private static JsonNode assertResolverShape(JsonNode body, String field) {
        assertThat(body.path("data").path(field).isNull()).as(body.toString()).isTrue();
        assertThat(body.path("errors").size()).as(body.toString()).isEqualTo(1);
        JsonNode error = body.path("errors").get(0);
        assertThat(fieldNames(error)).containsExactly("path", "data", "errorType", "errorInfo", "locations", "message");
        assertThat(error.path("path").toString()).isEqualTo("[\"" + field + "\"]");
        return error;
    }

    private List<String> compositeNames(Map<String, Object> condition) throws Exception {
        JsonNode body = api.graphql(BY_STORE_RELEASE_NAME, Map.of("storeId", "s1", "releasedOnName", condition));
        return names(body, "listProductByStoreIdAndReleasedOnAndName");
    }

    private void create(Map<String, Object> input) throws Exception {
        JsonNode body = api.graphql(CREATE, Map.of("input", input));
        assertThat(body.has("errors")).as(body.toString()).isFalse();
    }

    private void createCustomer(Map<String, Object> input) throws Exception {
        JsonNode body = api.graphql(CREATE_CUSTOMER, Map.of("input", input));
        assertThat(body.has("errors")).as(body.toString()).isFalse();
    }

    private static Map<String, Object> product(String storeId, String sku, String name, String category, double price,
            @Nullable String releasedOn) {
        Map<String, Object> product = new HashMap<>(Map.of("storeId", storeId, "sku", sku, "name", name,
                "category", category, "price", price, "inStock", true));
        if (releasedOn != null) {
            product.put("releasedOn", releasedOn);
        }
        return product;
    }

    private static List<JsonNode> items(JsonNode body, String field) {
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        List<JsonNode> items = new ArrayList<>();
        body.path("data").path(field).path("items").forEach(items::add);
        return items;
    }

    private static List<String> skus(JsonNode body, String field) {
        return items(body, field).stream().map(item -> item.path("sku").asText()).toList();
    }

    private static List<String> names(JsonNode body, String field) {
        return items(body, field).stream().map(item -> item.path("name").asText()).toList();
    }

    private static List<Double> prices(JsonNode body, String field) {
        return items(body, field).stream().map(item -> item.path("price").asDouble()).toList();
    }
}
