package dev.forte.transform.internal;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.AuthorizationModes;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The AppSync auth directives of a model's types and root fields. IAM is always enabled, so {@code @aws_iam} is
 * always there; Amplify puts it first on types ({@code @aws_iam @aws_api_key}) and last on fields and connection
 * types ({@code @aws_api_key @aws_iam}).
 */
final class AuthDirectives {
    private static final String IAM = "@aws_iam";

    private final List<AuthRule> rules;
    private final boolean singleMode;

    AuthDirectives(List<AuthRule> rules, AuthorizationModes modes) {
        this.rules = List.copyOf(rules);
        AuthorizationMode mode = modes.defaultAuthorizationMode();
        boolean iamDefault = mode == AuthorizationMode.IAM || mode == AuthorizationMode.IDENTITY_POOL;
        // With IAM as the default mode and only IAM rules, the API has one mode and AppSync needs no directives.
        this.singleMode = iamDefault && providers(null).isEmpty();
    }

    /** Returns the directives of the model (or custom) type: IAM first. */
    List<String> forType() {
        if (singleMode) {
            return List.of();
        }
        List<String> directives = new ArrayList<>(List.of(IAM));
        directives.addAll(providers(null));
        return directives;
    }

    /** Returns the directives of a root field performing {@code operation}, or of the connection type when null. */
    List<String> forField(@Nullable AuthOperation operation) {
        if (singleMode) {
            return List.of();
        }
        List<String> directives = new ArrayList<>(providers(operation));
        directives.add(IAM);
        return directives;
    }

    private List<String> providers(@Nullable AuthOperation operation) {
        Set<String> providers = new LinkedHashSet<>();
        for (AuthRule rule : rules) {
            if (operation == null || rule.allows(operation)) {
                providers.add("@" + rule.provider().appSyncDirective());
            }
        }
        providers.remove(IAM);
        return new ArrayList<>(providers);
    }
}
