package dev.forte.server.internal.storage;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of an attribute a filter tests, with the kind that decides which values it can equal. Each predicate
 * is wrapped so that a missing attribute (SQL {@code NULL}) gives false, never {@code NULL}.
 *
 * @param kind null for an attribute no item has
 */
record Operand(String sql, @Nullable ColumnKind kind) {
    static final Operand MISSING = new Operand("NULL", null);

    private static final Map<String, String> JSONB_TYPES = Map.of(
            "string", "string", "number", "number", "bool", "boolean", "list", "array", "map", "object",
            "_null", "null");

    SqlFragment isNull() {
        return kind == null ? SqlFragment.TRUE : SqlFragment.of(sql + " IS NULL");
    }

    /** DynamoDB compares only values of one type: a string never equals or precedes a number. */
    SqlFragment compare(String operator, Object value) {
        Operand typed = typedFor(value);
        if (typed == null || (typed.kind.isJsonb() && !operator.equals("="))) {
            return SqlFragment.FALSE;
        }
        SqlFragment parameter = FilterCompiler.parameter(value);
        return parameter.wrap("COALESCE(" + typed.sql + " " + operator + " ", ", FALSE)");
    }

    SqlFragment between(List<?> bounds) {
        Operand low = typedFor(bounds.get(0));
        Operand high = typedFor(bounds.get(1));
        if (low == null || high == null || !low.equals(high) || low.kind.isJsonb()) {
            return SqlFragment.FALSE;
        }
        SqlFragment from = FilterCompiler.parameter(bounds.get(0));
        SqlFragment to = FilterCompiler.parameter(bounds.get(1));
        return new SqlFragment("COALESCE(" + low.sql + " BETWEEN " + from.sql() + " AND " + to.sql() + ", FALSE)",
                List.of(from.params().get(0), to.params().get(0)));
    }

    SqlFragment beginsWith(Object prefix) {
        Operand typed = typedFor(prefix);
        if (typed == null || typed.kind != ColumnKind.TEXT) {
            return SqlFragment.FALSE;
        }
        return SqlFragment.of("COALESCE(starts_with(" + typed.sql + ", CAST(? AS text)), FALSE)", text(prefix));
    }

    /** A substring of a string, or an element of a list. */
    SqlFragment contains(Object value) {
        Object element = value instanceof Enum<?> e ? e.name() : value;
        boolean scalar = !(element instanceof List || element instanceof Map);
        String listContains = sql + " @> CAST(? AS jsonb)";
        String arrayParameter = Json.write(List.of(element));
        if (kind == ColumnKind.TEXT && element instanceof String) {
            return SqlFragment.of("COALESCE(strpos(" + sql + ", CAST(? AS text)) > 0, FALSE)", element);
        }
        if (kind == ColumnKind.LIST && scalar) {
            return SqlFragment.of("COALESCE(" + listContains + ", FALSE)", arrayParameter);
        }
        if (kind == ColumnKind.JSON && element instanceof String) {
            return SqlFragment.of("COALESCE(CASE jsonb_typeof(" + sql + ") WHEN 'string' THEN strpos(" + sql
                    + " #>> '{}', CAST(? AS text)) > 0 WHEN 'array' THEN " + listContains + " ELSE FALSE END, FALSE)",
                    element, arrayParameter);
        }
        if (kind == ColumnKind.JSON && scalar) {
            return SqlFragment.of("COALESCE(jsonb_typeof(" + sql + ") = 'array' AND " + listContains + ", FALSE)",
                    arrayParameter);
        }
        return SqlFragment.FALSE;
    }

    /** {@code attributeType} takes a {@code ModelAttributeTypes} name: string, number, bool, list, map, _null, ... */
    SqlFragment attributeType(Object type) {
        String name = text(type);
        if (kind == null) {
            return SqlFragment.FALSE;
        }
        if (kind == ColumnKind.JSON) {
            String jsonbType = JSONB_TYPES.get(name);
            return jsonbType == null ? SqlFragment.FALSE
                    : SqlFragment.of("COALESCE(jsonb_typeof(" + sql + ") = '" + jsonbType + "', FALSE)");
        }
        return kind.attributeType().equals(name) ? isNull().not() : SqlFragment.FALSE;
    }

    /** Returns DynamoDB's {@code size()}: a string's length or a list's or map's element count. */
    Operand size() {
        if (kind == null) {
            return MISSING;
        }
        return switch (kind) {
            case TEXT -> new Operand("char_length(" + sql + ")", ColumnKind.BIGINT);
            case LIST -> new Operand("jsonb_array_length(" + sql + ")", ColumnKind.BIGINT);
            case MAP -> new Operand("(SELECT count(*) FROM jsonb_object_keys(" + sql + "))", ColumnKind.BIGINT);
            case JSON -> new Operand("(CASE jsonb_typeof(" + sql + ") WHEN 'string' THEN char_length(" + sql
                    + " #>> '{}') WHEN 'array' THEN jsonb_array_length(" + sql + ") WHEN 'object' THEN (SELECT"
                    + " count(*) FROM jsonb_object_keys(" + sql + "))::integer END)", ColumnKind.BIGINT);
            case INTEGER, BIGINT, DOUBLE, BOOLEAN -> MISSING;
        };
    }

    /** Returns this operand as comparable with {@code value}, or null when no stored value of it can be. */
    private @Nullable Operand typedFor(Object value) {
        if (kind == null) {
            return null;
        }
        boolean string = value instanceof String || value instanceof Enum<?>;
        boolean structured = value instanceof List || value instanceof Map;
        if (kind == ColumnKind.JSON) {
            return jsonScalar(value, string, structured);
        }
        boolean matches = switch (kind) {
            case TEXT -> string;
            case INTEGER, BIGINT, DOUBLE -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case LIST, MAP, JSON -> structured;
        };
        return matches ? this : null;
    }

    /** An AWSJSON attribute holds any JSON value; a filter compares it only when it holds a value of the same type. */
    private @Nullable Operand jsonScalar(Object value, boolean string, boolean structured) {
        if (structured) {
            return this;
        }
        String extracted = "(CASE WHEN jsonb_typeof(" + sql + ") = '%s' THEN (" + sql + " #>> '{}')%s END)";
        if (string) {
            return new Operand(extracted.formatted("string", "") + " COLLATE \"C\"", ColumnKind.TEXT);
        }
        if (value instanceof Number) {
            return new Operand(extracted.formatted("number", "::double precision"), ColumnKind.DOUBLE);
        }
        return value instanceof Boolean
                ? new Operand(extracted.formatted("boolean", "::boolean"), ColumnKind.BOOLEAN) : null;
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
