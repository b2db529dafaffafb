package dev.forte.backend;

/** The authorization modes of {@code defineData({authorizationModes})} and the AppSync type each maps to. */
public enum AuthorizationMode {
    API_KEY("apiKey", "API_KEY"),
    IAM("iam", "AWS_IAM"),
    IDENTITY_POOL("identityPool", "AWS_IAM"),
    USER_POOL("userPool", "AMAZON_COGNITO_USER_POOLS"),
    OIDC("oidc", "OPENID_CONNECT"),
    LAMBDA("lambda", "AWS_LAMBDA");

    private final String amplifyName;
    private final String appSyncType;

    AuthorizationMode(String amplifyName, String appSyncType) {
        this.amplifyName = amplifyName;
        this.appSyncType = appSyncType;
    }

    /** Returns the name in Amplify's {@code defineData} options, e.g. {@code apiKey}. */
    public String amplifyName() {
        return amplifyName;
    }

    /** Returns the AppSync authentication type, e.g. {@code API_KEY}. */
    public String appSyncType() {
        return appSyncType;
    }
}
