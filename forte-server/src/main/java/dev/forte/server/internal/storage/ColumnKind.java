package dev.forte.server.internal.storage;

import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.EnumRef;
import dev.forte.schema.Field;
import dev.forte.schema.Scalar;

/** How a field is stored: its PostgreSQL type and the DynamoDB attribute type it stands for. */
enum ColumnKind {
    // "C" collation compares UTF-8 bytes, which is DynamoDB's string order.
    TEXT("text COLLATE \"C\"", "text", "string"),
    INTEGER("integer", "integer", "number"),
    BIGINT("bigint", "bigint", "number"),
    DOUBLE("double precision", "double precision", "number"),
    BOOLEAN("boolean", "boolean", "bool"),
    /** AWSJSON: any JSON value; its DynamoDB type depends on the value. */
    JSON("jsonb", "jsonb", ""),
    LIST("jsonb", "jsonb", "list"),
    MAP("jsonb", "jsonb", "map");

    private final String columnType;
    private final String castType;
    private final String attributeType;

    ColumnKind(String columnType, String castType, String attributeType) {
        this.columnType = columnType;
        this.castType = castType;
        this.attributeType = attributeType;
    }

    /** Returns the kind that stores {@code field}. */
    static ColumnKind of(Field field) {
        if (field.array()) {
            return LIST;
        }
        if (field.type() instanceof EnumRef) {
            return TEXT;
        }
        if (field.type() instanceof CustomTypeRef) {
            return MAP;
        }
        return of((Scalar) field.type());
    }

    static ColumnKind of(Scalar scalar) {
        return switch (scalar) {
            case INT -> INTEGER;
            case FLOAT -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            case AWS_TIMESTAMP -> BIGINT;
            case AWS_JSON -> JSON;
            default -> TEXT;
        };
    }

    /** Returns the type in {@code CREATE TABLE}, e.g. {@code text COLLATE "C"}. */
    String columnType() {
        return columnType;
    }

    /** Returns the type a parameter is cast to, e.g. {@code CAST(? AS bigint)}. */
    String castType() {
        return castType;
    }

    boolean isJsonb() {
        return castType.equals("jsonb");
    }

    boolean isNumber() {
        return this == INTEGER || this == BIGINT || this == DOUBLE;
    }

    /** Returns the {@code ModelAttributeTypes} name of every value of this kind; empty for {@link #JSON}. */
    String attributeType() {
        return attributeType;
    }

    /** Returns true when a column of this kind can become {@code target} without losing a value. */
    boolean widensTo(ColumnKind target) {
        return (this == INTEGER && (target == BIGINT || target == DOUBLE)) || (this == BIGINT && target == DOUBLE);
    }
}
