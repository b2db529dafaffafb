package dev.forte.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.functions.InvocationResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reaches the sandbox running on a data directory through the admin endpoint its {@code sandbox.json} names. */
public final class SandboxAdminClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path stateFile;
    private final URI endpoint;
    private final String token;
    private final JsonNode state;

    private SandboxAdminClient(Path stateFile, JsonNode state) {
        this.stateFile = stateFile;
        this.endpoint = URI.create(state.path("adminEndpoint").asText());
        this.token = state.path("token").asText();
        this.state = state;
    }

    /** Returns a client for the sandbox of {@code dataDirectory}; fails when none is running there. */
    public static SandboxAdminClient forDataDirectory(Path dataDirectory) {
        Path file = dataDirectory.resolve(SandboxAdmin.STATE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new CliException("No sandbox is running for " + dataDirectory + " (there is no " + file + "). "
                    + "Start one with `forte sandbox` (or `forte serve`) for the same project, or give the --data-dir "
                    + "it uses.");
        }
        try {
            return new SandboxAdminClient(file, JSON.readTree(file.toFile()));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(file + " is not readable (" + e.getMessage() + "). Restart `forte sandbox`.", e);
        }
    }

    /** Returns what the sandbox serves: its GraphQL endpoint, API key and signing region. */
    public SandboxApi api() {
        if (!state.path("graphqlEndpoint").isTextual()) {
            throw new CliException(stateFile + " was written by an older Forte and does not name the GraphQL endpoint."
                    + " Restart `forte sandbox`.");
        }
        JsonNode apiKey = state.path("apiKey");
        JsonNode identityPoolId = state.path("identityPoolId");
        JsonNode userPoolId = state.path("userPoolId");
        return new SandboxApi(URI.create(state.path("graphqlEndpoint").asText()),
                apiKey.isTextual() ? apiKey.asText() : null, state.path("region").asText("us-east-1"),
                identityPoolId.isTextual() ? identityPoolId.asText() : null,
                state.path("guestAccess").asText().equals("true"),
                userPoolId.isTextual() ? userPoolId.asText() : null);
    }

    /** Invokes {@code functionName} in the sandbox with the event {@code payloadJson}. */
    public InvocationResult invoke(String functionName, String payloadJson) throws InterruptedException {
        HttpRequest request = functionRequest(functionName, "invoke")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payloadJson))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new CliException("The sandbox refused to invoke `" + functionName + "`: "
                    + message(response.body()));
        }
        boolean failed = response.headers().firstValue(SandboxAdmin.FUNCTION_ERROR_HEADER).isPresent();
        return new InvocationResult(response.body(), failed);
    }

    /** Returns, as a JSON object, the variables the sandbox gives {@code functionName}'s handler. */
    public String environment(String functionName) throws InterruptedException {
        HttpResponse<String> response = send(functionRequest(functionName, "environment").GET().build());
        if (response.statusCode() != 200) {
            throw new CliException("The sandbox refused to describe `" + functionName + "`: "
                    + message(response.body()));
        }
        return response.body();
    }

    private HttpRequest.Builder functionRequest(String functionName, String action) {
        URI uri = endpoint.resolve("/_forte/functions/" + URLEncoder.encode(functionName, StandardCharsets.UTF_8)
                + "/" + action);
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new CliException("The sandbox named in " + stateFile + " is not answering at " + endpoint
                    + "; it may have stopped without cleaning up. Start `forte sandbox` again.", e);
        } catch (IOException e) {
            throw new CliException("Could not reach the sandbox at " + endpoint + ": " + e.getMessage(), e);
        }
    }

    private static String message(String body) {
        try {
            return JSON.readTree(body).path("message").asText(body);
        } catch (IOException e) {
            return body;
        }
    }
}
