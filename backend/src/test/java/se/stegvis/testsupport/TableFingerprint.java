package se.stegvis.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a database holds, table by table, to prove that something changed nothing (or everything came back). */
public final class TableFingerprint {

    private TableFingerprint() {
    }

    /** Table → "rows checksum" for every base table of the connection's database except {@code skipped}. */
    public static Map<String, String> of(Connection c, Set<String> skipped) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (r.next()) {
                    if (!skipped.contains(r.getString(1))) {
                        tables.add(r.getString(1));
                    }
                }
            }
            for (String table : tables) {
                long rows;
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    r.next();
                    rows = r.getLong(1);
                }
                try (ResultSet r = s.executeQuery("CHECKSUM TABLE `" + table + "` EXTENDED")) {
                    r.next();
                    result.put(table, rows + " " + r.getString(2));
                }
            }
        }
        return result;
    }
}
