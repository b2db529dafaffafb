package dev.forte.schema;

/** The {@code allow:} strategy of an {@code @auth} rule. */
public enum AuthStrategy {
    PUBLIC("public"),
    PRIVATE("private"),
    OWNER("owner"),
    GROUPS("groups"),
    CUSTOM("custom");

    private final String directiveName;

    AuthStrategy(String directiveName) {
        this.directiveName = directiveName;
    }

    /** Returns the name in the directive SDL, e.g. {@code public}. */
    public String directiveName() {
        return directiveName;
    }
}
