package dev.forte.server.internal.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.forte.ForteException;
import dev.forte.schema.DataSchema;
import dev.forte.server.internal.storage.DestructiveMigrationException.DataLoss;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Creates and changes a table per model so it matches the schema. Additive changes (a new model, field or index)
 * apply by themselves; a change that would drop stored values fails with {@link DestructiveMigrationException}
 * unless allowed. A migration runs in one transaction under an advisory lock, so API nodes starting together
 * migrate one after the other and a failure leaves the database as it was.
 */
public final class ModelTableMigrator {
    private static final TypeReference<List<TableLayout>> LAYOUTS = new TypeReference<>() {};

    private final DataSource dataSource;

    public ModelTableMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Migrates the database to {@code schema} and returns the DDL it ran (empty when nothing changed).
     *
     * @throws DestructiveMigrationException when the change would lose stored values and {@code allowDestructive}
     *     is false
     */
    public List<String> migrate(DataSchema schema, boolean allowDestructive) {
        List<TableLayout> desired = TableLayout.of(schema);
        return Transactions.run(dataSource, "Migrating the model tables",
                connection -> migrate(connection, desired, allowDestructive));
    }

    private List<String> migrate(Connection connection, List<TableLayout> desired, boolean allowDestructive)
            throws SQLException {
        try (Statement lock = connection.createStatement()) {
            // Per schema, so test schemas and several backends in one database do not wait for each other.
            lock.execute("SELECT pg_advisory_xact_lock(hashtext('forte.migrate.' || current_schema()))");
        }
        MetaTables.ensure(connection);
        Map<String, TableLayout> applied = readApplied(connection);
        Plan plan = new Plan(connection);
        desired.forEach(table -> plan.table(applied.get(table.model()), table));
        applied.values().stream().filter(old -> desired.stream().noneMatch(t -> t.model().equals(old.model())))
                .forEach(plan::removedTable);
        if (!plan.losses.isEmpty() && !allowDestructive) {
            throw new DestructiveMigrationException(plan.losses);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : plan.statements) {
                statement.execute(sql);
            }
        }
        MetaTables.write(connection, MetaTables.APPLIED_SCHEMA, Json.write(desired));
        return List.copyOf(plan.statements);
    }

    private static Map<String, TableLayout> readApplied(Connection connection) throws SQLException {
        String json = MetaTables.read(connection, MetaTables.APPLIED_SCHEMA).orElse("[]");
        try {
            return Json.MAPPER.readValue(json, LAYOUTS).stream()
                    .collect(Collectors.toMap(TableLayout::model, t -> t, (a, b) -> b, LinkedHashMap::new));
        } catch (JsonProcessingException e) {
            throw new ForteException("The schema recorded in " + MetaTables.META + " is not readable ("
                    + e.getOriginalMessage() + "). Restore it from a backup, or delete the row `"
                    + MetaTables.APPLIED_SCHEMA + "` only if the tables are empty.", e);
        }
    }

    /** The DDL and the data losses of one migration, collected before anything runs. */
    private static final class Plan {
        final Connection connection;
        final List<String> statements = new ArrayList<>();
        final List<DataLoss> losses = new ArrayList<>();

        Plan(Connection connection) {
            this.connection = connection;
        }

        void table(@Nullable TableLayout old, TableLayout now) {
            if (old == null) {
                createTable(now);
            } else if (!old.primaryKey().equals(now.primaryKey()) || keyRetyped(old, now)) {
                lose(old, null, countRows(old), "changed its identifier from " + old.primaryKey() + " to "
                        + now.primaryKey() + " (the table is recreated)");
                statements.add("DROP TABLE " + old.table());
                createTable(now);
            } else {
                changeColumns(old, now);
                changeIndexes(old, now);
            }
        }

        void removedTable(TableLayout old) {
            lose(old, null, countRows(old), "was removed");
            statements.add("DROP TABLE " + old.table());
        }

        private void createTable(TableLayout table) {
            String columns = table.columns().entrySet().stream()
                    .map(c -> SqlNames.quote(c.getKey()) + " " + c.getValue().columnType())
                    .collect(Collectors.joining(", "));
            String key = table.primaryKey().stream().map(SqlNames::quote).collect(Collectors.joining(", "));
            statements.add("CREATE TABLE " + table.table() + " (" + columns + ", PRIMARY KEY (" + key + "))");
            table.indexes().forEach(index -> createIndex(table, index));
        }

        private void changeColumns(TableLayout old, TableLayout now) {
            old.columns().forEach((name, kind) -> {
                ColumnKind newKind = now.columns().get(name);
                if (newKind == null) {
                    lose(old, name, countValues(old, name), "was removed");
                    statements.add("ALTER TABLE " + old.table() + " DROP COLUMN " + SqlNames.quote(name));
                } else if (!newKind.columnType().equals(kind.columnType())) {
                    changeType(old, name, kind, newKind);
                }
            });
            now.columns().forEach((name, kind) -> {
                if (!old.columns().containsKey(name)) {
                    statements.add(addColumn(now, name, kind));
                }
            });
        }

        private void changeType(TableLayout table, String column, ColumnKind from, ColumnKind to) {
            String alter = "ALTER TABLE " + table.table() + " ";
            if (from.widensTo(to)) {
                statements.add(alter + "ALTER COLUMN " + SqlNames.quote(column) + " TYPE " + to.columnType()
                        + " USING " + SqlNames.quote(column) + "::" + to.castType());
                return;
            }
            lose(table, column, countValues(table, column), "changed type from " + from.castType() + " to "
                    + to.castType());
            statements.add(alter + "DROP COLUMN " + SqlNames.quote(column));
            statements.add(addColumn(table, column, to));
        }

        private static String addColumn(TableLayout table, String column, ColumnKind kind) {
            return "ALTER TABLE " + table.table() + " ADD COLUMN " + SqlNames.quote(column) + " " + kind.columnType();
        }

        private void changeIndexes(TableLayout old, TableLayout now) {
            Map<String, IndexLayout> before = byName(old.indexes());
            Map<String, IndexLayout> after = byName(now.indexes());
            before.forEach((name, index) -> {
                if (!index.equals(after.get(name)) || readded(old, now, index)) {
                    statements.add("DROP INDEX IF EXISTS " + SqlNames.indexName(old.model(), name));
                }
            });
            after.forEach((name, index) -> {
                if (!index.equals(before.get(name)) || readded(old, now, index)) {
                    createIndex(now, index);
                }
            });
        }

        /** A column dropped and added again for a new type takes its indexes with it. */
        private static boolean readded(TableLayout old, TableLayout now, IndexLayout index) {
            return index.fields().stream().anyMatch(f -> {
                ColumnKind before = old.columns().get(f);
                ColumnKind after = now.columns().get(f);
                return before != null && after != null && !before.columnType().equals(after.columnType())
                        && !before.widensTo(after);
            });
        }

        /**
         * A sparse, partial index like a DynamoDB GSI: items missing a key part are not in it. The primary key
         * follows the sort key so that keyset paging reads the index in order.
         */
        private void createIndex(TableLayout table, IndexLayout index) {
            List<String> columns = new ArrayList<>();
            columns.add(SqlNames.quote(index.partitionKey()));
            if (index.hasSortKey()) {
                columns.add(index.sortKeySql(table.columns(), SqlNames::quote));
            }
            table.primaryKey().stream().filter(k -> !index.fields().contains(k)).map(SqlNames::quote)
                    .forEach(columns::add);
            String present = index.fields().stream().map(f -> SqlNames.quote(f) + " IS NOT NULL")
                    .collect(Collectors.joining(" AND "));
            statements.add("CREATE INDEX " + SqlNames.indexName(table.model(), index.name()) + " ON " + table.table()
                    + " (" + String.join(", ", columns) + ") WHERE " + present);
        }

        private static boolean keyRetyped(TableLayout old, TableLayout now) {
            return old.primaryKey().stream().anyMatch(k -> {
                ColumnKind before = old.columns().get(k);
                ColumnKind after = now.columns().get(k);
                return !Objects.equals(before.columnType(), after.columnType()) && !before.widensTo(after);
            });
        }

        private void lose(TableLayout table, @Nullable String field, long count, String change) {
            if (count > 0) {
                losses.add(new DataLoss(table.model(), field, count, change));
            }
        }

        private long countRows(TableLayout table) {
            return count("SELECT count(*) FROM " + table.table());
        }

        private long countValues(TableLayout table, String column) {
            return count("SELECT count(*) FROM " + table.table() + " WHERE " + SqlNames.quote(column) + " IS NOT NULL");
        }

        private long count(String sql) {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new ForteException("Counting the values a migration would drop failed (" + sql + "): "
                        + e.getMessage(), e);
            }
        }

        private static Map<String, IndexLayout> byName(List<IndexLayout> indexes) {
            return indexes.stream().collect(Collectors.toMap(IndexLayout::name, Function.identity(), (a, b) -> b,
                    LinkedHashMap::new));
        }
    }
}
