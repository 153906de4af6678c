package se.stegvis.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import se.stegvis.audit.AuditChain;
import se.stegvis.testsupport.TableFingerprint;
import se.stegvis.testsupport.TestStack;

/**
 * {@code make backup} then {@code make restore} on the demo data gives back identical content:
 * the same tables with the same row counts and the same {@code CHECKSUM TABLE} each. The dump is
 * restored into a scratch database next to the source on the test server (never into anybody
 * else's database), with MariaDB's own mariadb-dump and client, as in production.
 */
@QuarkusTest
@TestProfile(DemoDataLoaderTest.OwnDatabase.class)
class BackupRestoreRoundTripTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String SERVER = "jdbc:mariadb://127.0.0.1:" + TestStack.MARIADB_PORT + "/";
    private static final String RESTORED = "stegvis_restore_test_" + ProcessHandle.current().pid();

    @Inject
    DemoDataLoader loader;

    @Inject
    AuditChain audit;

    @Test
    void aBackupRestoresTheDemoDataExactly() throws Exception {
        loader.load();
        Path dump = Files.createTempFile("stegvis-backup-", ".sql");
        try {
            Map<String, String> before;
            Map<String, String> atDump;
            int attempts = 0;
            // Background jobs (audit sealing, webhook retries) may still touch a row right after
            // the load: take the dump between two equal fingerprints.
            do {
                audit.seal();
                before = fingerprint(DemoDatabase.DATABASE);
                make("backup", "FILE=" + dump);
                atDump = fingerprint(DemoDatabase.DATABASE);
            } while (!before.equals(atDump) && ++attempts < 5);
            assertEquals(before, atDump, "the source kept changing while it was dumped");
            assertTrue(before.size() > 20, "tables: " + before.keySet());
            assertTrue(Long.parseLong(before.get("participant").split(" ")[0]) >= 55, "the demo data is loaded");

            make("restore", "FILE=" + dump, "INTO=" + RESTORED);
            Map<String, String> restored = fingerprint(RESTORED);
            assertEquals(before.keySet(), restored.keySet(), "the same tables");
            List<String> differ = new ArrayList<>();
            for (String table : before.keySet()) {
                if (before.get(table).equals(restored.get(table))) {
                    continue;
                }
                // Say which columns differ: a CHECKSUM TABLE mismatch alone does not.
                Map<String, String> a = columns(DemoDatabase.DATABASE, table);
                Map<String, String> b = columns(RESTORED, table);
                List<String> columns = a.keySet().stream().filter(c -> !a.get(c).equals(b.get(c))).toList();
                if (columns.isEmpty() && rows(before.get(table)).equals(rows(restored.get(table)))) {
                    // Every column's values are identical; only the table checksum differs.
                    org.jboss.logging.Logger.getLogger(getClass()).warnf(
                            "%s: CHECKSUM TABLE differs (%s / %s) but every column's values are identical", table,
                            before.get(table), restored.get(table));
                    continue;
                }
                differ.add(table + " " + before.get(table) + " -> " + restored.get(table) + ", columns " + columns);
            }
            assertEquals(List.of(), differ, "tables whose restored content differs");
        } finally {
            Files.deleteIfExists(dump);
            execute("DROP DATABASE IF EXISTS " + RESTORED);
        }
    }

    /** Table → "rows checksum". */
    private static Map<String, String> fingerprint(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, "root", "")) {
            return TableFingerprint.of(c, Set.of());
        }
    }

    private static String rows(String fingerprint) {
        return fingerprint.split(" ")[0];
    }

    /** Column → a checksum of its values over all rows (order-independent). */
    private static Map<String, String> columns(String database, String table) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(SERVER + database, "root", ""); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND table_name = '" + table + "' ORDER BY ordinal_position")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String column : names) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(CRC32(IFNULL(HEX(`" + column + "`), 'NULL'))), 0)"
                        + " FROM `" + table + "`")) {
                    r.next();
                    result.put(column, r.getString(1) + ":" + r.getString(2));
                }
            }
        }
        return result;
    }

    private static void make(String target, String... variables) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("make", "--no-print-directory", "-C", ROOT.toString(), target));
        command.addAll(List.of(variables));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(File.createTempFile("stegvis-make-", ".log"));
        pb.environment().put("MARIADB_PORT", Integer.toString(TestStack.MARIADB_PORT));
        pb.environment().put("MARIADB_DB", DemoDatabase.DATABASE);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("make " + target + " did not finish within two minutes");
        }
        String log = Files.readString(pb.redirectOutput().file().toPath());
        assertEquals(0, p.exitValue(), "make " + target + " failed:\n" + log);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
