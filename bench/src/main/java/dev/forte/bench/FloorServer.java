package dev.forte.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.internal.http.HttpServer;
import dev.forte.server.internal.storage.PostgresDatabase;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The floors B0 and B1: Forte's HTTP stack without GraphQL. It runs on Forte's own {@link HttpServer} (Jetty 12
 * core, the same thread pool and {@code forte.http.threads} override as {@code ServerBootstrap}) and Forte's own
 * connection pool ({@link PostgresDatabase#external}), so only the GraphQL layer differs from Forte. It takes the
 * same request bodies as Forte (the GraphQL JSON wrk sends) and answers on five paths:
 *
 * <ul>
 *   <li>{@code /fixed}: a constant JSON of about 200 bytes (B0, the stack alone);
 *   <li>{@code /get}: parses the body, selects {@code variables.id} by primary key (B1, the floor of getTodo);
 *   <li>{@code /create}: parses the body, inserts a row with a new UUID (the floor of createTodo);
 *   <li>{@code /list}: selects 100 rows in key order (the floor of listTodos);
 *   <li>{@code /index}: the index query's SELECT on the same index Forte makes (the floor of the index query).
 * </ul>
 *
 * <p>Usage: {@code FloorServer JDBC_URL}; prints {@code GraphQL endpoint: http://127.0.0.1:PORT/} when serving.
 */
public final class FloorServer extends Handler.Abstract {
    static final String FIXED_JSON = "{\"data\":{\"getTodo\":{\"id\":\"0d7c5e4a-8f47-4f63-9a7e-2f0d5b1c9e11\","
            + "\"name\":\"a fixed todo\",\"description\":null,\"isDone\":false,\"priority\":\"MEDIUM\","
            + "\"createdAt\":\"2026-01-01T00:00:00.000Z\",\"updatedAt\":\"2026-01-01T00:00:00.000Z\"}}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource database;

    private FloorServer(DataSource database) {
        this.database = database;
    }

    public static void main(String[] args) throws InterruptedException {
        PostgresDatabase database = PostgresDatabase.external(args[0]);
        int threads = Integer.getInteger("forte.http.threads", HttpServer.DEFAULT_THREADS);
        HttpServer http = HttpServer.start("127.0.0.1", 0, threads, new FloorServer(database.dataSource()));
        System.out.println("GraphQL endpoint: http://127.0.0.1:" + http.port() + "/");
        System.out.println("API key: none");
        new CountDownLatch(1).await();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        try {
            String path = Request.getPathInContext(request);
            byte[] body = path.equals("/fixed") ? fixed(request) : JSON.writeValueAsBytes(answer(path, request));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, ByteBuffer.wrap(body), callback);
        } catch (SQLException | RuntimeException e) {
            Response.writeError(request, response, callback, 500, e.toString());
        }
        return true;
    }

    private static byte[] fixed(Request request) throws Exception {
        try (InputStream in = Request.asInputStream(request)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return FIXED_JSON.getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> answer(String path, Request request) throws Exception {
        JsonNode variables;
        try (InputStream in = Request.asInputStream(request)) {
            variables = JSON.readTree(in).path("variables");
        }
        return switch (path) {
            case "/get" -> Map.of("data", singletonMap("getTodo", get(variables.path("id").asText())));
            case "/create" -> Map.of("data", Map.of("createTodo", insert(variables.path("input"))));
            case "/list" -> Map.of("data", Map.of("listTodos", page(list(FloorTable.LIST))));
            case "/index" -> Map.of("data", Map.of(BenchBackend.INDEX_QUERY, page(list(FloorTable.INDEX))));
            default -> throw new IllegalArgumentException("No floor at " + path);
        };
    }

    private @Nullable Map<String, Object> get(String id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(FloorTable.GET)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? todo(rows) : null;
            }
        }
    }

    private Map<String, Object> insert(JsonNode input) throws SQLException {
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        Map<String, Object> todo = new LinkedHashMap<>();
        todo.put("id", UUID.randomUUID().toString());
        todo.put("name", input.path("name").asText());
        todo.put("description", input.path("description").asText(null));
        todo.put("isDone", input.path("isDone").asBoolean(false));
        todo.put("priority", input.path("priority").asText(null));
        todo.put("createdAt", now);
        todo.put("updatedAt", now);
        todo.put("__typename", "Todo");
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(FloorTable.INSERT)) {
            statement.setString(1, (String) todo.get("id"));
            statement.setString(2, (String) todo.get("name"));
            statement.setString(3, (String) todo.get("description"));
            statement.setBoolean(4, (Boolean) todo.get("isDone"));
            statement.setString(5, (String) todo.get("priority"));
            statement.setString(6, now);
            statement.setString(7, now);
            statement.executeUpdate();
        }
        return todo;
    }

    private List<Map<String, Object>> list(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<Map<String, Object>> items = new ArrayList<>();
            while (rows.next()) {
                items.add(todo(rows));
            }
            return items;
        }
    }

    private static Map<String, Object> todo(ResultSet row) throws SQLException {
        Map<String, Object> todo = new LinkedHashMap<>();
        todo.put("id", row.getString(1));
        todo.put("name", row.getString(2));
        todo.put("description", row.getString(3));
        todo.put("isDone", row.getObject(4));
        todo.put("priority", row.getString(5));
        todo.put("createdAt", row.getString(6));
        todo.put("updatedAt", row.getString(7));
        todo.put("__typename", "Todo");
        return todo;
    }

    private static Map<String, Object> page(List<Map<String, Object>> items) {
        Map<String, Object> page = singletonMap("items", items);
        page.put("nextToken", null);
        return page;
    }

    /** A map that allows a null value (a missing item is {@code null} in GraphQL's answer). */
    private static Map<String, Object> singletonMap(String key, @Nullable Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
