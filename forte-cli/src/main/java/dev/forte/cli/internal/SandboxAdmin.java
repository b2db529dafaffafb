package dev.forte.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.forte.functions.FunctionHost;
import dev.forte.functions.FunctionHostException;
import dev.forte.functions.InvocationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running sandbox's loopback admin endpoint: {@code POST /_forte/functions/<name>/invoke} with the event as
 * the body, answered with the function's output, and with {@code X-Amz-Function-Error: Unhandled} when it failed;
 * {@code GET /_forte/functions/<name>/environment}, answered with the variables the function's handler sees besides
 * Lambda's own (its data endpoint, region and credentials), so that code in another runtime can run as that
 * function.
 * Only requests carrying the random token written, readable by the owner only, to
 * {@code <data-dir>/sandbox.json} are served.
 */
public final class SandboxAdmin implements AutoCloseable {
    /** The file in the data directory that tells other commands how to reach the running sandbox. */
    public static final String STATE_FILE = "sandbox.json";
    static final String FUNCTION_ERROR_HEADER = "X-Amz-Function-Error";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FUNCTION_PATH = Pattern.compile("/_forte/functions/([^/]+)/(invoke|environment)");

    /** The sandbox's functions, by name. */
    public interface Functions {
        /** Invokes {@code functionName} with the event {@code payloadJson}. */
        InvocationResult invoke(String functionName, String payloadJson);

        /** Returns the variables {@code functionName}'s handler sees besides Lambda's own. */
        Map<String, String> environment(String functionName);

        /** Returns the functions of {@code host}. */
        static Functions of(FunctionHost host) {
            return new Functions() {
                @Override
                public InvocationResult invoke(String functionName, String payloadJson) {
                    return host.invoke(functionName, payloadJson);
                }

                @Override
                public Map<String, String> environment(String functionName) {
                    return host.environment(functionName);
                }
            };
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final Path stateFile;

    private SandboxAdmin(HttpServer http, ExecutorService executor, Path stateFile) {
        this.http = http;
        this.executor = executor;
        this.stateFile = stateFile;
    }

    /**
     * Serves {@code functions} on a free loopback port and writes {@code <dataDirectory>/sandbox.json}: the admin
     * endpoint and its token, and what the sandbox serves ({@code api}).
     */
    public static SandboxAdmin start(Path dataDirectory, SandboxApi api, Functions functions) {
        String token = HexFormat.of().formatHex(randomBytes());
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool();
            http.setExecutor(executor);
            http.createContext("/_forte/", exchange -> serve(exchange, token, functions));
            http.start();
            URI endpoint = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
            Path stateFile = writeState(dataDirectory, state(endpoint, token, api));
            return new SandboxAdmin(http, executor, stateFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the sandbox's admin endpoint: " + e.getMessage(), e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static Map<String, String> state(URI endpoint, String token, SandboxApi api) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("adminEndpoint", endpoint.toString());
        state.put("token", token);
        state.put("graphqlEndpoint", api.graphqlEndpoint().toString());
        state.put("region", api.region());
        if (api.apiKey() != null) {
            state.put("apiKey", api.apiKey());
        }
        if (api.identityPoolId() != null) {
            state.put("identityPoolId", api.identityPoolId());
            state.put("guestAccess", String.valueOf(api.guestAccess()));
        }
        if (api.userPoolId() != null) {
            state.put("userPoolId", api.userPoolId());
        }
        return state;
    }

    private static Path writeState(Path dataDirectory, Map<String, String> state) throws IOException {
        Files.createDirectories(dataDirectory);
        Path file = dataDirectory.resolve(STATE_FILE);
        Files.deleteIfExists(file);
        byte[] json = JSON.writeValueAsBytes(state);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " appeared while the sandbox was writing it; is another sandbox starting?");
        }
        Files.write(file, json, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    private static void serve(HttpExchange exchange, String token, Functions functions)
            throws IOException {
        try (exchange) {
            Matcher path = FUNCTION_PATH.matcher(exchange.getRequestURI().getPath());
            if (!authorized(exchange, token)) {
                respond(exchange, 401, "{\"message\":\"Missing or wrong sandbox token.\"}");
            } else if (!path.matches()) {
                respond(exchange, 404, "{\"message\":\"No such admin endpoint.\"}");
            } else if (path.group(2).equals("invoke")) {
                invoke(exchange, path.group(1), functions);
            } else {
                describeEnvironment(exchange, path.group(1), functions);
            }
        }
    }

    private static boolean authorized(HttpExchange exchange, String token) {
        String given = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
    }

    private static void invoke(HttpExchange exchange, String functionName, Functions functions) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 405, "{\"message\":\"Use POST.\"}");
            return;
        }
        String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        InvocationResult result;
        try {
            result = functions.invoke(functionName, payload);
        } catch (FunctionHostException e) {
            respondNoSuchFunction(exchange, e);
            return;
        }
        if (result.functionError()) {
            exchange.getResponseHeaders().set(FUNCTION_ERROR_HEADER, "Unhandled");
        }
        respond(exchange, 200, result.payload());
    }

    private static void describeEnvironment(HttpExchange exchange, String functionName, Functions functions)
            throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            respond(exchange, 405, "{\"message\":\"Use GET.\"}");
            return;
        }
        try {
            respond(exchange, 200, JSON.writeValueAsString(new TreeMap<>(functions.environment(functionName))));
        } catch (FunctionHostException e) {
            respondNoSuchFunction(exchange, e);
        }
    }

    private static void respondNoSuchFunction(HttpExchange exchange, FunctionHostException e) throws IOException {
        respond(exchange, 404, JSON.writeValueAsString(Map.of("message", e.getMessage())));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Removes {@code sandbox.json} and stops serving. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            // A stale file only makes `function invoke` report that the sandbox is not answering.
        } finally {
            http.stop(0);
            executor.shutdownNow();
        }
    }
}
