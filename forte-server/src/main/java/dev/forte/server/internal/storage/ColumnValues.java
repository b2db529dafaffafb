package dev.forte.server.internal.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.forte.ForteException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Converts item values to JDBC parameters and columns back to item values, as {@link ModelStore} describes. */
final class ColumnValues {
    private ColumnValues() {}

    /** Returns the SQL placeholder for a value of {@code kind}, e.g. {@code CAST(? AS bigint)}. */
    static String placeholder(ColumnKind kind) {
        return "CAST(? AS " + kind.castType() + ")";
    }

    /** Returns {@code value} as the JDBC parameter for a column of {@code kind}. */
    static Object toParameter(TableLayout table, String field, ColumnKind kind, Object value) {
        return switch (kind) {
            case TEXT -> text(table, field, value);
            case INTEGER -> number(table, field, value).intValue();
            case BIGINT -> number(table, field, value).longValue();
            case DOUBLE -> number(table, field, value).doubleValue();
            case BOOLEAN -> bool(table, field, value);
            case JSON -> value instanceof String json ? validJson(table, field, json) : Json.write(value);
            case LIST, MAP -> Json.write(value);
        };
    }

    /** Returns the item of a row: every non-null column of {@code table}, converted to its GraphQL value. */
    static Map<String, Object> item(TableLayout table, ResultSet row) throws SQLException {
        Map<String, Object> item = new LinkedHashMap<>();
        ResultSetMetaData meta = row.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnName(i);
            ColumnKind kind = table.columns().get(name);
            Object value = row.getObject(i);
            if (kind != null && value != null) {
                item.put(name, fromColumn(kind, value));
            }
        }
        return item;
    }

    private static Object fromColumn(ColumnKind kind, Object value) {
        return switch (kind) {
            case TEXT, BOOLEAN, INTEGER, BIGINT, DOUBLE -> value;
            case JSON -> Json.write(readJson(value.toString())); // compact JSON text, as AppSync returns AWSJSON
            case LIST, MAP -> readJson(value.toString());
        };
    }

    private static Object readJson(String json) {
        try {
            return Json.MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new ForteException("A stored jsonb value is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(TableLayout table, String field, Object value) {
        if (value instanceof Map || value instanceof List) {
            throw invalid(table, field, "a single value", value);
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static Number number(TableLayout table, String field, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Number number) {
            return number;
        }
        throw invalid(table, field, "a number", value);
    }

    private static Boolean bool(TableLayout table, String field, Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw invalid(table, field, "a Boolean", value);
    }

    private static String validJson(TableLayout table, String field, String json) {
        try {
            Json.MAPPER.readTree(json);
            return json;
        } catch (JsonProcessingException e) {
            throw new ForteException("Model `" + table.model() + "` field `" + field + "`: AWSJSON values must be"
                    + " JSON text, got `" + abbreviate(json) + "` (" + e.getOriginalMessage() + ").", e);
        }
    }

    private static ForteException invalid(TableLayout table, String field, String expected, @Nullable Object value) {
        String type = value == null ? "null" : value.getClass().getSimpleName();
        return new ForteException("Model `" + table.model() + "` field `" + field + "`: expected " + expected
                + ", got " + type + " `" + abbreviate(String.valueOf(value)) + "`.");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
