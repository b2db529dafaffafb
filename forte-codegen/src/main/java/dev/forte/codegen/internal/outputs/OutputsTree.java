package dev.forte.codegen.internal.outputs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataDefinition;
import dev.forte.codegen.internal.introspection.IntrospectionTree;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tree of {@code amplify_outputs.json} for a data API: {@code version} and the {@code data} section with the
 * endpoint, signing region, API key, the default and additional authorization types, and the model introspection.
 */
public final class OutputsTree {
    private static final String IAM = AuthorizationMode.IAM.appSyncType();
    private static final String API_KEY = AuthorizationMode.API_KEY.appSyncType();
    private static final String OIDC = AuthorizationMode.OIDC.appSyncType();

    private OutputsTree() {}

    /** Returns the outputs of {@code data} served at {@code url}; {@code apiKey} is null when the API has none. */
    public static ObjectNode of(String version, DataDefinition data, URI url, String region, @Nullable String apiKey) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", version);
        ObjectNode section = root.putObject("data");
        section.put("url", url.toString());
        section.put("aws_region", region);
        String defaultType = data.authorizationModes().defaultAuthorizationMode().appSyncType();
        section.put("default_authorization_type", defaultType);
        ArrayNode additional = section.putArray("authorization_types");
        additionalTypes(defaultType, apiKey != null, data).forEach(additional::add);
        if (apiKey != null) {
            section.put("api_key", apiKey);
        }
        section.set("model_introspection", IntrospectionTree.of(data.schema()));
        return root;
    }

    /**
     * IAM is always on (functions sign with it); an API key, an OpenID Connect provider and a Lambda
     * authorizer are modes of their own when they are not the default.
     */
    private static Set<String> additionalTypes(String defaultType, boolean hasApiKey, DataDefinition data) {
        Set<String> types = new LinkedHashSet<>();
        if (hasApiKey) {
            types.add(API_KEY);
        }
        types.add(IAM);
        if (data.authorizationModes().oidcAuthorizationMode() != null) {
            types.add(OIDC);
        }
        if (data.authorizationModes().lambdaAuthorizationMode() != null) {
            types.add(AuthorizationMode.LAMBDA.appSyncType());
        }
        types.remove(defaultType);
        return types;
    }
}
