package dev.forte.server.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections outside the pool, for work that holds one for long: the change feed's LISTEN and NOTIFY. */
@FunctionalInterface
public interface DedicatedConnections {
    /** Returns a new connection in auto-commit mode; the caller closes it. */
    Connection open() throws SQLException;
}
