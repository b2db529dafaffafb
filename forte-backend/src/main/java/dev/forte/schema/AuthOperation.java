package dev.forte.schema;

/** The operations a model or field rule's {@code .to(...)} can name. */
public enum AuthOperation {
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete"),
    READ("read"),
    GET("get"),
    LIST("list"),
    SYNC("sync"),
    LISTEN("listen"),
    SEARCH("search");

    private final String amplifyName;

    AuthOperation(String amplifyName) {
        this.amplifyName = amplifyName;
    }

    /** Returns the name Amplify uses, e.g. {@code listen}. */
    public String amplifyName() {
        return amplifyName;
    }

    /** Returns true for the operations {@code read} covers. */
    public boolean isRead() {
        return this == GET || this == LIST || this == SYNC || this == LISTEN || this == SEARCH;
    }
}
