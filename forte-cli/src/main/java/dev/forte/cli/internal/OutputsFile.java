package dev.forte.cli.internal;

import dev.forte.backend.DataDefinition;
import dev.forte.codegen.outputs.AmplifyOutputs;
import dev.forte.server.LocalUserPool;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes {@code amplify_outputs.json} for a data API a sandbox serves. */
public final class OutputsFile {
    private OutputsFile() {}

    /** Writes the outputs of {@code data} served as {@code api} into {@code directory}; returns the file. */
    public static Path write(DataDefinition data, SandboxApi api, Path directory) {
        AmplifyOutputs outputs = AmplifyOutputs.builder(data)
                .url(api.graphqlEndpoint())
                .region(api.region())
                .apiKey(api.apiKey())
                .userPool(api.userPoolId(), LocalUserPool.CLIENT_ID)
                .identityPool(api.identityPoolId(), api.guestAccess())
                .build();
        try {
            return outputs.writeTo(directory);
        } catch (UncheckedIOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
