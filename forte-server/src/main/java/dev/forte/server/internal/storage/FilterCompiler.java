package dev.forte.server.internal.storage;

import dev.forte.schema.Model;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a {@code Model<X>FilterInput} or {@code Model<X>ConditionInput} map to a SQL predicate with DynamoDB's
 * semantics: comparisons only between values of the same type, and on a missing attribute every comparison,
 * {@code beginsWith} and {@code contains} is false while {@code ne} and {@code notContains} are true.
 *
 * <p>Every predicate it makes is two-valued (never SQL {@code NULL}), so {@code not} is plain negation.
 */
final class FilterCompiler {
    private final TableLayout table;
    private final Function<String, String> columnSql;
    private final String inputName;

    /**
     * @param columnSql the SQL of a column: its quoted name, or a typed {@code NULL} to evaluate a condition
     *     against an absent item
     * @param inputName {@code filter} or {@code condition}, for error messages
     */
    FilterCompiler(TableLayout table, Function<String, String> columnSql, String inputName) {
        this.table = table;
        this.columnSql = columnSql;
        this.inputName = inputName;
    }

    /** Returns a compiler for the rows of {@code table}. */
    static FilterCompiler forRows(TableLayout table, String inputName) {
        return new FilterCompiler(table, SqlNames::quote, inputName);
    }

    /** Returns a compiler that evaluates against an item that does not exist: every attribute is missing. */
    static FilterCompiler forAbsentItem(TableLayout table, String inputName) {
        return new FilterCompiler(table, column -> "CAST(NULL AS " + table.columns().get(column).castType() + ")",
                inputName);
    }

    SqlFragment compile(@Nullable Map<String, Object> filter) {
        if (filter == null) {
            return SqlFragment.TRUE;
        }
        List<SqlFragment> parts = new ArrayList<>();
        filter.forEach((key, value) -> {
            if (value != null) {
                parts.add(entry(key, value));
            }
        });
        return SqlFragment.and(parts);
    }

    private SqlFragment entry(String key, Object value) {
        return switch (key) {
            case "and" -> SqlFragment.and(compileAll(key, value));
            // An empty `or` constrains nothing, like an absent one.
            case "or" -> SqlFragment.join("OR", compileAll(key, value), SqlFragment.TRUE);
            case "not" -> compile(map(key, value)).not();
            default -> field(key, map(key, value));
        };
    }

    private List<SqlFragment> compileAll(String key, Object value) {
        if (!(value instanceof List<?> list)) {
            throw invalid("`" + key + "` takes a list of " + inputName + "s, got `" + value + "`.");
        }
        return list.stream().filter(e -> e != null).map(e -> compile(map(key, e))).toList();
    }

    private SqlFragment field(String name, Map<String, Object> operators) {
        Operand operand = operand(name);
        List<SqlFragment> parts = new ArrayList<>();
        operators.forEach((operator, value) -> parts.add(operator(name, operand, operator, value)));
        return SqlFragment.and(parts);
    }

    private Operand operand(String name) {
        ColumnKind kind = table.columns().get(name);
        if (kind != null) {
            return new Operand(columnSql.apply(name), kind);
        }
        if (name.equals(Model.DEFAULT_IDENTIFIER)) {
            // A model with a custom identifier still has `id` in its filter input; its items have no such attribute.
            return Operand.MISSING;
        }
        throw invalid("`" + name + "` is not a field of model `" + table.model() + "`; a " + inputName
                + " can name " + table.columns().keySet() + ", `and`, `or` and `not`.");
    }

    private SqlFragment operator(String field, Operand operand, String operator, @Nullable Object value) {
        return switch (operator) {
            case "eq" -> value == null ? operand.isNull() : operand.compare("=", value);
            case "ne" -> value == null ? operand.isNull().not() : operand.compare("=", value).not();
            case "lt" -> operand.compare("<", require(field, operator, value));
            case "le" -> operand.compare("<=", require(field, operator, value));
            case "gt" -> operand.compare(">", require(field, operator, value));
            case "ge" -> operand.compare(">=", require(field, operator, value));
            case "between" -> operand.between(pair(field, require(field, operator, value)));
            case "beginsWith" -> operand.beginsWith(require(field, operator, value));
            case "contains" -> operand.contains(require(field, operator, value));
            case "notContains" -> operand.contains(require(field, operator, value)).not();
            case "attributeExists" -> Boolean.TRUE.equals(value) ? operand.isNull().not() : operand.isNull();
            case "attributeType" -> operand.attributeType(require(field, operator, value));
            case "size" -> size(field, operand, map(field + ".size", require(field, operator, value)));
            default -> throw invalid("`" + field + "." + operator + "` is not an operator; use eq, ne, le, lt, ge,"
                    + " gt, between, beginsWith, contains, notContains, attributeExists, attributeType or size.");
        };
    }

    /** DynamoDB's {@code size()} of a missing attribute, or of a number or Boolean, matches nothing, not even {@code ne}. */
    private SqlFragment size(String field, Operand operand, Map<String, Object> operators) {
        Operand size = operand.size();
        if (size == Operand.MISSING) {
            return SqlFragment.FALSE;
        }
        List<SqlFragment> parts = new ArrayList<>();
        parts.add(size.isNull().not());
        operators.forEach((operator, value) -> {
            if (operator.equals("beginsWith") || operator.startsWith("attribute") || operator.endsWith("ontains")
                    || operator.equals("size")) {
                throw invalid("`" + field + ".size." + operator + "` is not an operator; size takes eq, ne, le,"
                        + " lt, ge, gt and between.");
            }
            parts.add(operator(field + ".size", size, operator, value));
        });
        return SqlFragment.and(parts);
    }

    private Object require(String field, String operator, @Nullable Object value) {
        if (value == null) {
            throw invalid("`" + field + "." + operator + "` needs a value, got null.");
        }
        return value;
    }

    private List<?> pair(String field, Object value) {
        if (!(value instanceof List<?> list) || list.size() != 2 || list.stream().anyMatch(Objects::isNull)) {
            throw invalid("`" + field + ".between` expects exactly two values, got `" + value + "`.");
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String key, Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw invalid("`" + key + "` takes an input object, got `" + value + "`.");
        }
        return (Map<String, Object>) value;
    }

    private InvalidFilterException invalid(String message) {
        return new InvalidFilterException("Model `" + table.model() + "` " + inputName + ": " + message);
    }

    /** A value's SQL placeholder and JDBC parameter, typed by the Java value as GraphQL coerced it. */
    static SqlFragment parameter(Object value) {
        if (value instanceof String || value instanceof Enum<?>) {
            return SqlFragment.of("CAST(? AS text)", value instanceof Enum<?> e ? e.name() : value);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return SqlFragment.of("CAST(? AS bigint)", ((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return SqlFragment.of("CAST(? AS double precision)",
                    number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
        }
        if (value instanceof Boolean) {
            return SqlFragment.of("CAST(? AS boolean)", value);
        }
        return SqlFragment.of("CAST(? AS jsonb)", Json.write(value));
    }
}
