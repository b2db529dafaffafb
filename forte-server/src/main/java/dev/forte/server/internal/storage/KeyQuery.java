package dev.forte.server.internal.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which rows a list reads and in which order: a scan of the table (in primary-key order), or a key query on the
 * primary key or a secondary index (in sort-key order). A secondary index is sparse like a DynamoDB GSI: an item
 * missing any of its key fields is not in it.
 */
final class KeyQuery {
    private final TableLayout table;
    private final IndexLayout index;
    private final @Nullable Object partitionKey;
    private final @Nullable Map<String, Object> sortKeyCondition;
    private final List<List<String>> orderTerms;

    KeyQuery(TableLayout table, ListQuery query) {
        this.table = table;
        this.index = query.index() == null ? table.primaryKeyIndex() : table.index(query.index());
        this.partitionKey = query.partitionKey();
        this.sortKeyCondition = query.sortKeyCondition();
        this.orderTerms = orderTerms();
    }

    /**
     * Each term is a column, or the sort fields of a composite sort key. The primary key comes last so that the
     * order is total and a keyset position is exact.
     */
    private List<List<String>> orderTerms() {
        List<List<String>> terms = new ArrayList<>();
        if (partitionKey == null) {
            terms.add(List.of(index.partitionKey()));
        }
        if (index.hasSortKey()) {
            terms.add(index.sortKeys());
        }
        for (String key : table.primaryKey()) {
            if (!terms.contains(List.of(key))) {
                terms.add(List.of(key));
            }
        }
        return terms;
    }

    SqlFragment where() {
        List<SqlFragment> parts = new ArrayList<>();
        if (!index.isPrimary()) {
            parts.add(SqlFragment.of(index.fields().stream().map(f -> SqlNames.quote(f) + " IS NOT NULL")
                    .collect(Collectors.joining(" AND "))));
        }
        if (partitionKey != null) {
            parts.add(SqlFragment.of(SqlNames.quote(index.partitionKey()) + " = " + placeholder(index.partitionKey()),
                    parameter(index.partitionKey(), partitionKey)));
        } else if (sortKeyCondition != null && !sortKeyCondition.isEmpty()) {
            throw invalid("a sort-key condition needs the partition key `" + index.partitionKey() + "`.");
        }
        parts.add(sortKeyCondition());
        return SqlFragment.and(parts);
    }

    String orderBy(boolean descending) {
        String direction = descending ? " DESC" : "";
        return orderTerms.stream().map(term -> termSql(term, SqlNames::quote) + direction)
                .collect(Collectors.joining(", "));
    }

    /** Returns the predicate for the rows after {@code position} in the query's direction. */
    SqlFragment after(Map<String, Object> position, boolean descending) {
        List<Object> params = new ArrayList<>();
        for (List<String> term : orderTerms) {
            for (String field : term) {
                Object value = position.get(field);
                if (value == null) {
                    throw new InvalidNextTokenException("The nextToken no longer matches model `" + table.model()
                            + "` (its schema changed): omit it to start from the first page.");
                }
                params.add(parameter(field, value));
            }
        }
        String columns = orderTerms.stream().map(t -> termSql(t, SqlNames::quote)).collect(Collectors.joining(", "));
        String values = orderTerms.stream().map(t -> termSql(t, this::placeholder)).collect(Collectors.joining(", "));
        return new SqlFragment("(" + columns + ") " + (descending ? "<" : ">") + " (" + values + ")", params);
    }

    /** Returns the values of the order fields of {@code item}, the position a {@code nextToken} keeps. */
    Map<String, Object> position(Map<String, Object> item) {
        Map<String, Object> position = new LinkedHashMap<>();
        orderTerms.forEach(term -> term.forEach(field -> position.put(field, item.get(field))));
        return position;
    }

    private String termSql(List<String> term, Function<String, String> part) {
        return term.size() == 1 ? part.apply(term.get(0)) : index.sortKeySql(table.columns(), part);
    }

    private SqlFragment sortKeyCondition() {
        if (sortKeyCondition == null || sortKeyCondition.isEmpty()) {
            return SqlFragment.TRUE;
        }
        if (!index.hasSortKey()) {
            throw invalid("the key has no sort key, so it takes no sort-key condition.");
        }
        if (sortKeyCondition.size() != 1) {
            throw invalid("a sort-key condition must specify at most one key condition operation, got "
                    + sortKeyCondition.keySet() + ".");
        }
        Map.Entry<String, Object> condition = sortKeyCondition.entrySet().iterator().next();
        boolean composite = index.sortKeys().size() > 1;
        SortKey sortKey = composite
                ? new SortKey(index.sortKeySql(table.columns(), SqlNames::quote), ColumnKind.TEXT, this::compositeValue)
                : new SortKey(SqlNames.quote(index.sortKeys().get(0)), kind(index.sortKeys().get(0)),
                        value -> parameter(index.sortKeys().get(0), value));
        return sortKey.condition(condition.getKey(), condition.getValue());
    }

    /** A sort key's SQL, its kind, and how a condition's value becomes a parameter. */
    private final class SortKey {
        final String sql;
        final ColumnKind kind;
        final Function<Object, Object> parameter;

        SortKey(String sql, ColumnKind kind, Function<Object, Object> parameter) {
            this.sql = sql;
            this.kind = kind;
            this.parameter = parameter;
        }

        SqlFragment condition(String operator, @Nullable Object value) {
            if (value == null) {
                throw invalid("the sort-key condition `" + operator + "` needs a value.");
            }
            String placeholder = ColumnValues.placeholder(kind);
            return switch (operator) {
                case "eq" -> SqlFragment.of(sql + " = " + placeholder, parameter.apply(value));
                case "lt" -> SqlFragment.of(sql + " < " + placeholder, parameter.apply(value));
                case "le" -> SqlFragment.of(sql + " <= " + placeholder, parameter.apply(value));
                case "gt" -> SqlFragment.of(sql + " > " + placeholder, parameter.apply(value));
                case "ge" -> SqlFragment.of(sql + " >= " + placeholder, parameter.apply(value));
                case "between" -> between(value, placeholder);
                case "beginsWith" -> beginsWith(value, placeholder);
                default -> throw invalid("`" + operator + "` is not a key condition; use eq, le, lt, ge, gt, between"
                        + " or beginsWith.");
            };
        }

        private SqlFragment between(Object value, String placeholder) {
            if (!(value instanceof List<?> bounds) || bounds.size() != 2 || bounds.stream().anyMatch(Objects::isNull)) {
                throw invalid("the sort-key condition `between` expects exactly two elements, got `" + value + "`.");
            }
            return SqlFragment.of(sql + " BETWEEN " + placeholder + " AND " + placeholder,
                    parameter.apply(bounds.get(0)), parameter.apply(bounds.get(1)));
        }

        /** The lower bound lets PostgreSQL start the index scan at the prefix. */
        private SqlFragment beginsWith(Object value, String placeholder) {
            if (kind != ColumnKind.TEXT) {
                throw invalid("`beginsWith` needs a string sort key; `" + index.sortKeys().get(0) + "` is a "
                        + kind.castType() + ".");
            }
            Object prefix = parameter.apply(value);
            return SqlFragment.of(sql + " >= " + placeholder + " AND starts_with(" + sql + ", " + placeholder + ")",
                    prefix, prefix);
        }
    }

    /** DynamoDB's {@code a#b} attribute: the given parts, in key order, up to the first missing one, joined by '#'. */
    private Object compositeValue(Object value) {
        if (!(value instanceof Map<?, ?> parts)) {
            throw invalid("a composite sort-key condition takes an object of " + index.sortKeys() + ", got `"
                    + value + "`.");
        }
        List<String> given = new ArrayList<>();
        for (String key : index.sortKeys()) {
            Object part = parts.get(key);
            if (part == null) {
                break;
            }
            given.add(compositePart(part));
        }
        return String.join("#", given);
    }

    /** Renders a number as PostgreSQL's {@code ::text} does in the index expression: 5.0 as "5". */
    private static String compositePart(Object part) {
        if (part instanceof Double || part instanceof Float) {
            double number = ((Number) part).doubleValue();
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return Long.toString((long) number);
            }
        }
        return part instanceof Enum<?> e ? e.name() : part.toString();
    }

    private String placeholder(String field) {
        return ColumnValues.placeholder(kind(field));
    }

    private Object parameter(String field, Object value) {
        return ColumnValues.toParameter(table, field, kind(field), value);
    }

    private ColumnKind kind(String field) {
        return table.columns().get(field);
    }

    private InvalidKeyConditionException invalid(String message) {
        String key = index.isPrimary() ? "primary key" : "index `" + index.name() + "`";
        return new InvalidKeyConditionException("Model `" + table.model() + "` " + key + ": " + message);
    }
}
