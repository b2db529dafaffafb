package dev.forte.server.internal.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with its parameters in the order of their {@code ?}. */
record SqlFragment(String sql, List<Object> params) {
    static final SqlFragment TRUE = new SqlFragment("TRUE", List.of());
    static final SqlFragment FALSE = new SqlFragment("FALSE", List.of());

    SqlFragment {
        params = List.copyOf(params);
    }

    static SqlFragment of(String sql, Object... params) {
        return new SqlFragment(sql, List.of(params));
    }

    /** Returns the parts joined by {@code AND} or {@code OR}, each in parentheses; {@code empty} when there are none. */
    static SqlFragment join(String operator, List<SqlFragment> parts, SqlFragment empty) {
        if (parts.isEmpty()) {
            return empty;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (SqlFragment part : parts) {
            sql.append(sql.length() == 0 ? "" : " " + operator + " ").append('(').append(part.sql).append(')');
            params.addAll(part.params);
        }
        return new SqlFragment(sql.toString(), params);
    }

    static SqlFragment and(List<SqlFragment> parts) {
        return join("AND", parts, TRUE);
    }

    SqlFragment not() {
        return new SqlFragment("NOT (" + sql + ")", params);
    }

    /** Returns {@code prefix} + this + {@code suffix}. */
    SqlFragment wrap(String prefix, String suffix) {
        return new SqlFragment(prefix + sql + suffix, params);
    }

    /** Binds the parameters starting at {@code first} and returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object param : params) {
            statement.setObject(index++, param);
        }
        return index;
    }
}
