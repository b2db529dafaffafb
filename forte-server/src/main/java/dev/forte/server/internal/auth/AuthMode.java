package dev.forte.server.internal.auth;

import dev.forte.backend.AuthorizationMode;
import java.util.Optional;

/** An AppSync authentication type and the schema directive that grants it access to a type or field. */
public enum AuthMode {
    API_KEY("aws_api_key"),
    AWS_IAM("aws_iam"),
    AMAZON_COGNITO_USER_POOLS("aws_cognito_user_pools"),
    OPENID_CONNECT("aws_oidc"),
    AWS_LAMBDA("aws_lambda");

    private final String directive;

    AuthMode(String directive) {
        this.directive = directive;
    }

    /** Returns the directive name without {@code @}, e.g. {@code aws_api_key}. */
    public String directive() {
        return directive;
    }

    /** Returns the mode a backend's {@code defineData} authorization mode runs as. */
    public static AuthMode of(AuthorizationMode mode) {
        return valueOf(mode.appSyncType());
    }

    /** Returns the mode a directive grants, if {@code directiveName} is one of the {@code @aws_*} auth directives. */
    public static Optional<AuthMode> forDirective(String directiveName) {
        for (AuthMode mode : values()) {
            if (mode.directive.equals(directiveName)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
