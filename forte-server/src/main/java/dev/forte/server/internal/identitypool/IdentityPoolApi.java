package dev.forte.server.internal.identitypool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.cognito.CognitoService;
import dev.forte.server.internal.credentials.SessionCredentials;
import dev.forte.server.internal.identitypool.IdentityPool.IssuedCredentials;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The identity pool's operations by their {@code X-Amz-Target} name ({@code AWSCognitoIdentityService.GetId} is
 * {@code GetId}), in Cognito's JSON: what aws-amplify calls for guest and signed-in users' credentials.
 */
public final class IdentityPoolApi implements CognitoService {
    private static final Set<String> OPERATIONS = Set.of("GetId", "GetCredentialsForIdentity");

    private final IdentityPool pool;

    public IdentityPoolApi(IdentityPool pool) {
        this.pool = pool;
    }

    @Override
    public String targetPrefix() {
        return "AWSCognitoIdentityService.";
    }

    @Override
    public String name() {
        return "identity pool";
    }

    @Override
    public Set<String> operations() {
        return OPERATIONS;
    }

    @Override
    public ObjectNode call(String operation, ObjectNode input) {
        return switch (operation) {
            case "GetId" -> JsonNodeFactory.instance.objectNode()
                    .put("IdentityId", pool.getId(text(input, "IdentityPoolId"), logins(input)));
            case "GetCredentialsForIdentity" -> credentials(
                    pool.getCredentialsForIdentity(text(input, "IdentityId"), logins(input)));
            default -> throw new IllegalArgumentException("No identity pool operation " + operation);
        };
    }

    private static ObjectNode credentials(IssuedCredentials issued) {
        SessionCredentials credentials = issued.credentials();
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("IdentityId", issued.identityId());
        answer.putObject("Credentials")
                .put("AccessKeyId", credentials.accessKeyId())
                .put("Expiration", credentials.expiration().getEpochSecond())
                .put("SecretKey", credentials.secretKey())
                .put("SessionToken", credentials.sessionToken());
        return answer;
    }

    private static @Nullable String text(JsonNode input, String member) {
        JsonNode value = input.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> logins(JsonNode input) {
        Map<String, String> logins = new LinkedHashMap<>();
        JsonNode value = input.get("Logins");
        if (value != null && value.isObject()) {
            value.fields().forEachRemaining(entry -> logins.put(entry.getKey(), entry.getValue().asText()));
        }
        return logins;
    }
}
