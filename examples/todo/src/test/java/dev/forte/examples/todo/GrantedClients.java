package dev.forte.examples.todo;

import dev.forte.backend.Backend;
import dev.forte.client.DataClient;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import java.time.Duration;
import java.util.Map;

/** Data clients configured as Forte configures a granted function: its environment, with its grant's credentials. */
final class GrantedClients {
    private GrantedClients() {}

    /** Returns the client the function {@code functionName} of {@code backend} gets when {@code server} serves it. */
    static DataClient of(ForteServer server, Backend backend, String functionName) {
        var grant = backend.grant(backend.function(functionName).orElseThrow()).orElseThrow();
        FunctionCredentials credentials = server.issueFunctionCredentials(grant.functionName(), grant.operations(),
                Duration.ofHours(1));
        return DataClient.fromEnvironment(Map.of(
                "amplifyData_GRAPHQL_ENDPOINT", server.graphqlEndpoint().toString(),
                "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", credentials.accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey(),
                "AWS_SESSION_TOKEN", credentials.sessionToken()));
    }
}
