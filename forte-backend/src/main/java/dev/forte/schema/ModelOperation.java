package dev.forte.schema;

import java.util.Optional;

/** The operations {@code .disableOperations(...)} can remove, named as in Amplify. */
public enum ModelOperation {
    QUERIES("queries", null),
    MUTATIONS("mutations", null),
    SUBSCRIPTIONS("subscriptions", null),
    LIST("list", QUERIES),
    GET("get", QUERIES),
    CREATE("create", MUTATIONS),
    UPDATE("update", MUTATIONS),
    DELETE("delete", MUTATIONS),
    ON_CREATE("onCreate", SUBSCRIPTIONS),
    ON_UPDATE("onUpdate", SUBSCRIPTIONS),
    ON_DELETE("onDelete", SUBSCRIPTIONS);

    private final String amplifyName;
    private final ModelOperation group;

    ModelOperation(String amplifyName, ModelOperation group) {
        this.amplifyName = amplifyName;
        this.group = group;
    }

    /** Returns the name Amplify uses, e.g. {@code onCreate}. */
    public String amplifyName() {
        return amplifyName;
    }

    /** Returns the group this operation belongs to ({@code get} → {@code queries}); empty for a group itself. */
    public Optional<ModelOperation> group() {
        return Optional.ofNullable(group);
    }
}
