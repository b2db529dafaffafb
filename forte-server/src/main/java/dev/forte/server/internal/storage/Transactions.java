package dev.forte.server.internal.storage;

import dev.forte.ForteException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one transaction on a pooled connection: commit on success, roll back on any failure. */
final class Transactions {
    private Transactions() {}

    /** Work on the transaction's connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * @param what what the work does, for the message of an {@link SQLException}, e.g. {@code Migrating the tables}
     */
    static <T> T run(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ForteException(what + " failed: " + e.getMessage(), e);
        }
    }
}
