package dev.forte.transform.internal;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.AuthorizationModes;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The AppSync auth directives of a model's types and root fields, as Amplify's auth transformer picks them: IAM is
 * always enabled, so {@code @aws_iam} is always there, and each provider's directive is added in the transformer's
 * fixed order (api key, IAM, OIDC, user pools, Lambda). The default mode's directive is added too, because IAM is
 * always another provider. Model types put {@code @aws_iam} first ({@code @aws_iam @aws_api_key}); fields and
 * connection types keep the fixed order ({@code @aws_api_key @aws_iam}, {@code @aws_iam @aws_cognito_user_pools}).
 */
final class AuthDirectives {
    private static final String IAM = "@aws_iam";
    private static final List<Directive> ORDER = List.of(
            new Directive(Service.API_KEY, "@aws_api_key"), new Directive(Service.IAM, IAM),
            new Directive(Service.OIDC, "@aws_oidc"), new Directive(Service.USER_POOLS, "@aws_cognito_user_pools"),
            new Directive(Service.FUNCTION, "@aws_lambda"));

    private final List<AuthRule> rules;
    private final Service defaultService;

    AuthDirectives(List<AuthRule> rules, AuthorizationModes modes) {
        this.rules = List.copyOf(rules);
        this.defaultService = Service.of(modes.defaultAuthorizationMode());
    }

    /** Returns the directives of the model (or custom) type: IAM first. */
    List<String> forType() {
        List<String> directives = directives(null);
        if (directives.isEmpty()) {
            return directives;
        }
        List<String> ordered = new ArrayList<>(List.of(IAM));
        directives.stream().filter(d -> !d.equals(IAM)).forEach(ordered::add);
        return ordered;
    }

    /** Returns the directives of a root field performing {@code operation}, or of the connection type when null. */
    List<String> forField(@Nullable AuthOperation operation) {
        return directives(operation);
    }

    private List<String> directives(@Nullable AuthOperation operation) {
        Set<Service> services = EnumSet.of(Service.IAM);
        for (AuthRule rule : rules) {
            if (operation == null || rule.allows(operation)) {
                services.add(Service.of(rule.effectiveProvider()));
            }
        }
        List<String> directives = new ArrayList<>();
        for (Directive directive : ORDER) {
            boolean used = services.contains(directive.service());
            boolean othersUsed = services.stream().anyMatch(s -> s != directive.service());
            if (used && (directive.service() != defaultService || othersUsed)) {
                directives.add(directive.name());
            }
        }
        return directives;
    }

    /** The transformer's providers: identity pools and IAM are one service, {@code @aws_iam}. */
    private enum Service {
        API_KEY, IAM, OIDC, USER_POOLS, FUNCTION;

        static Service of(AuthProvider provider) {
            return switch (provider) {
                case API_KEY -> API_KEY;
                case IAM, IDENTITY_POOL -> IAM;
                case OIDC -> OIDC;
                case USER_POOLS -> USER_POOLS;
                case FUNCTION -> FUNCTION;
            };
        }

        static Service of(AuthorizationMode mode) {
            return switch (mode) {
                case API_KEY -> API_KEY;
                case IAM, IDENTITY_POOL -> IAM;
                case OIDC -> OIDC;
                case USER_POOL -> USER_POOLS;
                case LAMBDA -> FUNCTION;
            };
        }
    }

    private record Directive(Service service, String name) {}
}
