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
 * fixed order (api key, IAM, OIDC, user pools, Lambda). Root fields and connection types keep that order
 * ({@code @aws_api_key @aws_iam}); a model type leaves the default mode's directive out of it and appends it last
 * ({@code @aws_iam @aws_cognito_user_pools @aws_api_key} with an API-key default).
 *
 * <p>Field rules ({@code .authorization(...)} on a field) count as the model's rules for every operation but
 * {@code delete}, which the transformer grants only to rules that cover every field.
 */
final class AuthDirectives {
    private static final String IAM = "@aws_iam";
    private static final List<Directive> ORDER = List.of(
            new Directive(Service.API_KEY, "@aws_api_key"), new Directive(Service.IAM, IAM),
            new Directive(Service.OIDC, "@aws_oidc"), new Directive(Service.USER_POOLS, "@aws_cognito_user_pools"),
            new Directive(Service.FUNCTION, "@aws_lambda"));

    private final List<AuthRule> rules;
    private final List<AuthRule> fieldRules;
    private final Service defaultService;

    AuthDirectives(List<AuthRule> rules, AuthorizationModes modes) {
        this(rules, List.of(), modes);
    }

    /** Returns the directives of a model with its own (or the schema's) {@code rules} and its fields' rules. */
    AuthDirectives(List<AuthRule> rules, List<AuthRule> fieldRules, AuthorizationModes modes) {
        this.rules = List.copyOf(rules);
        this.fieldRules = List.copyOf(fieldRules);
        this.defaultService = Service.of(modes.defaultAuthorizationMode());
    }

    /** Returns the directives of the model (or custom) type: the default mode's last. */
    List<String> forType() {
        Set<Service> services = services(null);
        List<String> directives = new ArrayList<>();
        for (Directive directive : ORDER) {
            if (directive.service() != defaultService && services.contains(directive.service())) {
                directives.add(directive.name());
            }
        }
        boolean othersUsed = services.stream().anyMatch(s -> s != defaultService);
        if (services.contains(defaultService) && othersUsed) {
            ORDER.stream().filter(d -> d.service() == defaultService).forEach(d -> directives.add(d.name()));
        }
        return directives;
    }

    /** Returns the directives of a root field performing {@code operation}, or of the connection type when null. */
    List<String> forField(@Nullable AuthOperation operation) {
        return directives(operation);
    }

    private Set<Service> services(@Nullable AuthOperation operation) {
        Set<Service> services = EnumSet.of(Service.IAM);
        List<AuthRule> all = new ArrayList<>(rules);
        if (operation != AuthOperation.DELETE) {
            all.addAll(fieldRules);
        }
        for (AuthRule rule : all) {
            if (operation == null || rule.allows(operation)) {
                services.add(Service.of(rule.effectiveProvider()));
            }
        }
        return services;
    }

    private List<String> directives(@Nullable AuthOperation operation) {
        Set<Service> services = services(operation);
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
