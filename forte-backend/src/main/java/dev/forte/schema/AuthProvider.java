package dev.forte.schema;

/** The {@code provider:} of an {@code @auth} rule and the AppSync auth directive it maps to. */
public enum AuthProvider {
    API_KEY("apiKey", "aws_api_key"),
    IDENTITY_POOL("identityPool", "aws_iam"),
    IAM("iam", "aws_iam"),
    USER_POOLS("userPools", "aws_cognito_user_pools"),
    OIDC("oidc", "aws_oidc"),
    FUNCTION("function", "aws_lambda");

    private final String directiveName;
    private final String appSyncDirective;

    AuthProvider(String directiveName, String appSyncDirective) {
        this.directiveName = directiveName;
        this.appSyncDirective = appSyncDirective;
    }

    /** Returns the name in the directive SDL, e.g. {@code apiKey}. */
    public String directiveName() {
        return directiveName;
    }

    /** Returns the AppSync directive without {@code @}, e.g. {@code aws_api_key}. */
    public String appSyncDirective() {
        return appSyncDirective;
    }
}
