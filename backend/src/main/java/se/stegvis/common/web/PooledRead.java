package se.stegvis.common.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

/**
 * One read statement straight through the connection pool, without an ORM session: for the reads
 * on every page call (access checks with change stamps), where opening a session and mapping
 * entities cost more than the statement. Parameters are bound as strings, in order.
 */
public final class PooledRead {

    /** Reads the answer from the statement's rows. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private PooledRead() {
    }

    /** Runs {@code sql} with {@code parameters}; {@code what} names the read in the error if it fails. */
    public static <T> T query(DataSource dataSource, String what, String sql, List<String> parameters, Rows<T> rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setString(i + 1, parameters.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                return rows.read(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + what, e);
        }
    }
}
