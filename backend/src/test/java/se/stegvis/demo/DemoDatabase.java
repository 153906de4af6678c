package se.stegvis.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.stegvis.testsupport.TestStack;

/**
 * A database of its own for the demo-data test, so that its sixty demo people never show up in the
 * caseloads and lists the other tests assert on. Started after {@link TestStack} (higher order), so
 * its datasource URL is the one that counts; Flyway migrates it at start like any test database.
 */
public class DemoDatabase implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "stegvis_demo_test_" + ProcessHandle.current().pid();
    private static final String SERVER = "jdbc:mariadb://127.0.0.1:" + TestStack.MARIADB_PORT + "/";

    @Override
    public Map<String, String> start() {
        execute("DROP DATABASE IF EXISTS " + DATABASE);
        execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return Map.of("quarkus.datasource.jdbc.url", SERVER + DATABASE);
    }

    @Override
    public void stop() {
        try {
            execute("DROP DATABASE IF EXISTS " + DATABASE);
        } catch (IllegalStateException e) {
            // The server may already be gone; a leftover database is harmless.
        }
    }

    @Override
    public int order() {
        return 100;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the demo test database", e);
        }
    }
}
