package dev.forte.codegen.outputs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.backend.DataDefinition;
import dev.forte.codegen.internal.introspection.JsonText;
import dev.forte.codegen.internal.outputs.AuthSection;
import dev.forte.codegen.internal.outputs.IdentityPoolSection;
import dev.forte.codegen.internal.outputs.OutputsTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code amplify_outputs.json} of a Forte data API: what {@code Amplify.configure(outputs)} in aws-amplify v6
 * needs for {@code generateClient()} and {@code client.models.Todo.*} to reach it.
 *
 * <pre>{@code
 * AmplifyOutputs outputs = AmplifyOutputs.builder(backend.data())
 *         .url(server.graphqlEndpoint()).region("us-east-1").apiKey(server.apiKey()).build();
 * Path file = outputs.writeTo(projectDirectory);  // <projectDirectory>/amplify_outputs.json
 * }</pre>
 */
public final class AmplifyOutputs {
    /** The file name Amplify's clients look for. */
    public static final String FILE_NAME = "amplify_outputs.json";
    /** The outputs schema version written: the one the aws-amplify v6 client was captured working with. */
    public static final String VERSION = "1.4";

    private final String json;

    private AmplifyOutputs(String json) {
        this.json = json;
    }

    /** Returns a builder for the outputs of {@code data}; the URL and region are required. */
    public static Builder builder(DataDefinition data) {
        return new Builder(data);
    }

    /** Returns the file's content: JSON indented by two spaces, as {@code ampx} writes it. */
    public String json() {
        return json;
    }

    /**
     * Writes {@link #FILE_NAME} into {@code directory} (created if missing), replacing the file in one step so a
     * client never reads half of it, and returns the file.
     *
     * @throws UncheckedIOException naming the directory when it cannot be written
     */
    public Path writeTo(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, ".amplify_outputs", ".json");
            Files.writeString(partial, json, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + " (" + e + "). Give a writable directory.", e);
        }
    }

    @Override
    public String toString() {
        return json;
    }

    /** Configures {@link AmplifyOutputs}. */
    public static final class Builder {
        private final DataDefinition data;
        private @Nullable URI url;
        private @Nullable String region;
        private @Nullable String apiKey;
        private @Nullable String userPoolId;
        private @Nullable String userPoolClientId;
        private @Nullable String identityPoolId;
        private boolean guestAccess;

        private Builder(DataDefinition data) {
            this.data = Objects.requireNonNull(data, "data");
        }

        /** Sets {@code data.url}, the GraphQL endpoint, e.g. {@code http://127.0.0.1:20002/graphql}. */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Sets {@code data.aws_region}, the region SigV4 requests are signed for, e.g. {@code us-east-1}. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** Sets {@code data.api_key}; null (the default) leaves it out, for an API without an API-key mode. */
        public Builder apiKey(@Nullable String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Sets the user pool of the {@code auth} section, e.g. {@code us-east-1_a1B2c3D4e} and its app client id;
         * a null pool id (the default) leaves the section out, for a backend without {@code defineAuth()}.
         */
        public Builder userPool(@Nullable String userPoolId, String clientId) {
            this.userPoolId = userPoolId;
            this.userPoolClientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /**
         * Sets the {@code auth} section's {@code identity_pool_id} and {@code unauthenticated_identities_enabled}
         * (aws-amplify's {@code identityPoolId} and {@code allowGuestAccess}); a null id (the default) leaves them
         * out.
         */
        public Builder identityPool(@Nullable String identityPoolId, boolean guestAccess) {
            this.identityPoolId = identityPoolId;
            this.guestAccess = guestAccess;
            return this;
        }

        /**
         * Returns the outputs.
         *
         * @throws IllegalStateException when the URL or the region is missing
         */
        public AmplifyOutputs build() {
            if (url == null || region == null) {
                throw new IllegalStateException("amplify_outputs.json needs the API's url and aws_region: call"
                        + " url(URI) and region(String), e.g. http://127.0.0.1:20002/graphql and us-east-1.");
            }
            ObjectNode tree = OutputsTree.of(VERSION, data, url, region, apiKey);
            if (userPoolId != null && userPoolClientId != null) {
                tree.set("auth", AuthSection.of(region, userPoolId, userPoolClientId, data.loginWith()));
            }
            if (identityPoolId != null) {
                IdentityPoolSection.addTo(tree, region, identityPoolId, guestAccess);
            }
            return new AmplifyOutputs(JsonText.write(tree, 2));
        }
    }
}
