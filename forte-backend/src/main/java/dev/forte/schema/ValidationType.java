package dev.forte.schema;

/** The kinds of {@code .validate(...)} rule, named as in {@code @validate(type: ...)}. */
public enum ValidationType {
    GT("gt"),
    LT("lt"),
    GTE("gte"),
    LTE("lte"),
    MIN_LENGTH("minLength"),
    MAX_LENGTH("maxLength"),
    STARTS_WITH("startsWith"),
    ENDS_WITH("endsWith"),
    MATCHES("matches");

    private final String directiveName;

    ValidationType(String directiveName) {
        this.directiveName = directiveName;
    }

    /** Returns the name in {@code @validate(type: ...)}, e.g. {@code minLength}. */
    public String directiveName() {
        return directiveName;
    }

    /** Returns true for the bounds of {@code Int} and {@code Float} fields: gt, lt, gte and lte. */
    public boolean isNumeric() {
        return ordinal() <= LTE.ordinal();
    }

    /** Returns true for minLength and maxLength. */
    public boolean isLength() {
        return this == MIN_LENGTH || this == MAX_LENGTH;
    }
}
