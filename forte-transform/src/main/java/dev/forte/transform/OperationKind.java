package dev.forte.transform;

/** What a generated root field does to its model. */
public enum OperationKind {
    GET,
    LIST,
    INDEX_QUERY,
    CREATE,
    UPDATE,
    DELETE,
    ON_CREATE,
    ON_UPDATE,
    ON_DELETE
}
