package dev.forte.server.internal.storage;

import dev.forte.ForteException;
import dev.forte.schema.DataSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ModelStore} on PostgreSQL tables that {@link ModelTableMigrator} made: one statement per operation,
 * each with its condition in its {@code WHERE}, so a condition and its write are atomic.
 */
public final class PostgresModelStore implements ModelStore {
    /** DynamoDB's ConditionalCheckFailedException says no more than this; the resolver adds AppSync's wording. */
    private static final String CONDITION_FAILED = "The conditional request failed";
    private static final String TYPENAME = "__typename";
    private static final String SEQUENCE_COLUMN = "forte_change_sequence";
    private static final String BRANCH_COLUMN = "forte_branch";
    private static final String BRANCH_ROW_COLUMN = "forte_branch_row";
    /**
     * RETURNING runs after the row lock is held, so the sequence value is drawn after any earlier writer of the same
     * row committed: per item, sequence order is commit order (see {@link WrittenItem}).
     */
    private static final String RETURNING = " RETURNING *, nextval('" + MetaTables.CHANGE_SEQUENCE + "') AS "
            + SEQUENCE_COLUMN;

    private final DataSource dataSource;
    private final Map<String, TableLayout> tables;
    private final NextTokenCodec tokens;

    PostgresModelStore(DataSource dataSource, DataSchema schema, byte[] nextTokenSecret) {
        this.dataSource = dataSource;
        this.tables = TableLayout.of(schema).stream()
                .collect(Collectors.toMap(TableLayout::model, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.tokens = new NextTokenCodec(nextTokenSecret);
    }

    /** Returns the store for {@code schema}, whose tables {@link ModelTableMigrator#migrate} has made. */
    public static PostgresModelStore open(DataSource dataSource, DataSchema schema) {
        return new PostgresModelStore(dataSource, schema, MetaTables.nextTokenSecret(dataSource));
    }

    @Override
    public Optional<Map<String, Object>> get(String model, Map<String, Object> key) {
        TableLayout table = table(model);
        SqlFragment where = keyPredicate(table, key, "get");
        return query(table, "SELECT * FROM " + table.table() + " WHERE " + where.sql(), where.params()).stream()
                .findFirst();
    }

    /** Reads every key in one {@code SELECT … WHERE (key fields) IN ((…), (…))}, each distinct key asked once. */
    @Override
    public List<Optional<Map<String, Object>>> getAll(String model, List<Map<String, Object>> keys) {
        TableLayout table = table(model);
        List<List<Object>> requested = new ArrayList<>();
        for (Map<String, Object> key : keys) {
            requested.add(keyValues(table, key, "getAll"));
        }
        Set<List<Object>> distinct = new LinkedHashSet<>(requested);
        if (distinct.isEmpty()) {
            return List.of();
        }
        Map<List<Object>, Map<String, Object>> found = new HashMap<>();
        for (Map<String, Object> item : query(table, keysInSql(table, distinct.size()), distinct.stream()
                .flatMap(List::stream).toList())) {
            found.put(keyValues(table, item, "getAll"), item);
        }
        return requested.stream().map(key -> Optional.ofNullable(found.get(key))).toList();
    }

    private static String keysInSql(TableLayout table, int count) {
        String columns = table.primaryKey().stream().map(SqlNames::quote).collect(Collectors.joining(", "));
        String tuple = table.primaryKey().stream().map(field -> ColumnValues.placeholder(table.columns().get(field)))
                .collect(Collectors.joining(", ", "(", ")"));
        return "SELECT * FROM " + table.table() + " WHERE (" + columns + ") IN ("
                + String.join(", ", Collections.nCopies(count, tuple)) + ")";
    }

    /**
     * Filters in SQL, before the limit, where DynamoDB reads {@code limit} items and filters after: a page holds up
     * to {@code limit} matching items where AppSync's may hold fewer, and the last page has no {@code nextToken}.
     */
    @Override
    public Page list(ListQuery query) {
        TableLayout table = table(query.model());
        PageQuery page = pageQuery(table, query);
        return page(page, query(table, page.select().sql(), page.select().params()));
    }

    /**
     * Reads every page with one statement: the same {@code SELECT} {@link #list} runs for each query, so filters,
     * order, limits and tokens apply to each query as they would alone; joined {@code LATERAL} to the values that
     * differ when only values do ({@link LateralBatch}), else as the branches of a {@code UNION ALL}.
     */
    @Override
    public List<Page> listAll(List<ListQuery> queries) {
        if (queries.isEmpty()) {
            return List.of();
        }
        TableLayout table = table(queries.get(0).model());
        List<PageQuery> pages = new ArrayList<>();
        for (ListQuery query : queries) {
            if (!query.model().equals(table.model())) {
                throw new ForteException("listAll reads one model at a time, got `" + table.model() + "` and `"
                        + query.model() + "`.");
            }
            pages.add(pageQuery(table, query));
        }
        PageQuery first = pages.get(0);
        SqlFragment batch = LateralBatch.of(pages.stream().map(PageQuery::select).toList(), BRANCH_COLUMN,
                first.keys().orderBy(first.query().descending())).orElseGet(() -> union(pages));
        List<List<Map<String, Object>>> items = new ArrayList<>();
        pages.forEach(page -> items.add(new ArrayList<>()));
        query(table, batch.sql(), batch.params(),
                row -> items.get(row.getInt(BRANCH_COLUMN)).add(ColumnValues.item(table, row)));
        List<Page> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            result.add(page(pages.get(i), items.get(i)));
        }
        return result;
    }

    /** Each page's {@code SELECT} as a branch of a {@code UNION ALL}, its rows numbered in the page's order. */
    private static SqlFragment union(List<PageQuery> pages) {
        List<SqlFragment> branches = new ArrayList<>();
        for (PageQuery page : pages) {
            branches.add(page.select().wrap("(SELECT " + branches.size() + " AS " + BRANCH_COLUMN
                    + ", row_number() OVER (ORDER BY " + page.keys().orderBy(page.query().descending()) + ") AS "
                    + BRANCH_ROW_COLUMN + ", branch.* FROM (", ") branch)"));
        }
        SqlFragment union = SqlFragment.join("UNION ALL", branches, SqlFragment.TRUE);
        return union.wrap("", " ORDER BY " + BRANCH_COLUMN + ", " + BRANCH_ROW_COLUMN);
    }

    private PageQuery pageQuery(TableLayout table, ListQuery query) {
        if (query.limit() < 1) {
            throw new InvalidFilterException("Model `" + table.model() + "`: limit must be at least 1, got "
                    + query.limit() + ".");
        }
        KeyQuery keys = new KeyQuery(table, query);
        List<SqlFragment> where = new ArrayList<>(List.of(keys.where(),
                FilterCompiler.forRows(table, "filter").compile(query.filter())));
        String fingerprint = NextTokenCodec.fingerprint(query);
        if (query.nextToken() != null) {
            where.add(keys.after(tokens.decode(query.nextToken(), fingerprint), query.descending()));
        }
        SqlFragment predicate = SqlFragment.and(where);
        List<Object> params = new ArrayList<>(predicate.params());
        params.add(query.limit() + 1);
        String sql = "SELECT * FROM " + table.table() + " WHERE " + predicate.sql() + " ORDER BY "
                + keys.orderBy(query.descending()) + " LIMIT ?";
        return new PageQuery(query, keys, fingerprint, new SqlFragment(sql, params));
    }

    /** The {@code SELECT} of one page: {@code limit + 1} rows, the last one only telling that more follow. */
    private record PageQuery(ListQuery query, KeyQuery keys, String fingerprint, SqlFragment select) {}

    private Page page(PageQuery page, List<Map<String, Object>> items) {
        int limit = page.query().limit();
        if (items.size() <= limit) {
            return new Page(items, null);
        }
        List<Map<String, Object>> first = items.subList(0, limit);
        return new Page(first, tokens.encode(page.fingerprint(), page.keys().position(first.get(first.size() - 1))));
    }

    @Override
    public WrittenItem create(String model, Map<String, Object> item, @Nullable Map<String, Object> condition) {
        TableLayout table = table(model);
        keyPredicate(table, item, "create");
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        item.forEach((field, value) -> {
            if (value != null && !field.equals(TYPENAME)) {
                ColumnKind kind = column(table, field);
                columns.add(SqlNames.quote(field));
                values.add(ColumnValues.placeholder(kind));
                params.add(ColumnValues.toParameter(table, field, kind, value));
            }
        });
        SqlFragment check = FilterCompiler.forAbsentItem(table, "condition").compile(condition);
        params.addAll(check.params());
        String sql = "INSERT INTO " + table.table() + " (" + String.join(", ", columns) + ") SELECT "
                + String.join(", ", values) + " WHERE " + check.sql() + " ON CONFLICT DO NOTHING" + RETURNING;
        return written(table, sql, params);
    }

    @Override
    public WrittenItem update(String model, Map<String, Object> changes, @Nullable Map<String, Object> condition) {
        TableLayout table = table(model);
        SqlFragment key = keyPredicate(table, changes, "update");
        List<String> assignments = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        changes.forEach((field, value) -> {
            if (!table.primaryKey().contains(field) && !field.equals(TYPENAME)) {
                ColumnKind kind = column(table, field);
                assignments.add(SqlNames.quote(field) + " = " + (value == null ? "NULL" : ColumnValues.placeholder(kind)));
                if (value != null) {
                    params.add(ColumnValues.toParameter(table, field, kind, value));
                }
            }
        });
        if (assignments.isEmpty()) {
            String first = SqlNames.quote(table.primaryKey().get(0));
            assignments.add(first + " = " + first);
        }
        SqlFragment where = SqlFragment.and(List.of(key, FilterCompiler.forRows(table, "condition").compile(condition)));
        params.addAll(where.params());
        String sql = "UPDATE " + table.table() + " SET " + String.join(", ", assignments) + " WHERE " + where.sql()
                + RETURNING;
        return written(table, sql, params);
    }

    @Override
    public WrittenItem delete(String model, Map<String, Object> key, @Nullable Map<String, Object> condition) {
        TableLayout table = table(model);
        SqlFragment where = SqlFragment.and(List.of(keyPredicate(table, key, "delete"),
                FilterCompiler.forRows(table, "condition").compile(condition)));
        return written(table, "DELETE FROM " + table.table() + " WHERE " + where.sql() + RETURNING, where.params());
    }

    private TableLayout table(String model) {
        TableLayout table = tables.get(model);
        if (table == null) {
            throw new ForteException("The schema has no model `" + model + "`; it has " + tables.keySet() + ".");
        }
        return table;
    }

    private static ColumnKind column(TableLayout table, String field) {
        return table.column(field).orElseThrow(() -> new ForteException("Model `" + table.model()
                + "` has no field `" + field + "`; it has " + table.columns().keySet() + "."));
    }

    private static SqlFragment keyPredicate(TableLayout table, Map<String, Object> item, String operation) {
        List<Object> values = keyValues(table, item, operation);
        List<SqlFragment> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String field = table.primaryKey().get(i);
            parts.add(SqlFragment.of(SqlNames.quote(field) + " = "
                    + ColumnValues.placeholder(table.columns().get(field)), values.get(i)));
        }
        return SqlFragment.and(parts);
    }

    /** Returns the JDBC parameters of {@code item}'s identifier fields, in key order; equal keys give equal lists. */
    private static List<Object> keyValues(TableLayout table, Map<String, Object> item, String operation) {
        List<Object> values = new ArrayList<>();
        for (String field : table.primaryKey()) {
            Object value = item.get(field);
            if (value == null) {
                throw new ForteException("Model `" + table.model() + "`: " + operation + " needs every identifier"
                        + " field " + table.primaryKey() + ", but `" + field + "` is missing.");
            }
            values.add(ColumnValues.toParameter(table, field, table.columns().get(field), value));
        }
        return values;
    }

    private WrittenItem written(TableLayout table, String sql, List<Object> params) {
        List<WrittenItem> rows = query(table, sql, params,
                row -> new WrittenItem(ColumnValues.item(table, row), row.getLong(SEQUENCE_COLUMN)));
        if (rows.isEmpty()) {
            throw new ConditionFailedException(CONDITION_FAILED);
        }
        return rows.get(0);
    }

    private List<Map<String, Object>> query(TableLayout table, String sql, List<Object> params) {
        return query(table, sql, params, row -> ColumnValues.item(table, row));
    }

    private <T> List<T> query(TableLayout table, String sql, List<Object> params, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            new SqlFragment(sql, params).bind(statement, 1);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> items = new ArrayList<>();
                while (rows.next()) {
                    items.add(reader.read(rows));
                }
                return items;
            }
        } catch (SQLException e) {
            throw new ForteException("Model `" + table.model() + "`: the database failed the request ("
                    + e.getMessage() + ").", e);
        }
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }
}
