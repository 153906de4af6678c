package se.stegvis.testsupport;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Brings up the real MariaDB and the real Keycloak the tests talk to, through the same scripts
 * that `make run` uses, unless they already run on the test ports (as under `make test`, which
 * starts them once for the backend and the browser tests). Each test run gets a fresh database.
 */
public class TestStack implements QuarkusTestResourceLifecycleManager {

    public static final int MARIADB_PORT = Integer.parseInt(env("TEST_MARIADB_PORT", "3317"));
    public static final int KEYCLOAK_PORT = Integer.parseInt(env("TEST_KEYCLOAK_PORT", "8190"));
    public static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    /** One database per test JVM, so that several runs (developers, CI) can share the servers. */
    public static final String DATABASE = "stegvis_test_" + ProcessHandle.current().pid();

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private boolean startedMariaDb;
    private boolean startedKeycloak;

    @Override
    public Map<String, String> start() {
        if (!listening(MARIADB_PORT)) {
            run("mariadb.sh", "start");
            startedMariaDb = true;
        }
        if (!listening(KEYCLOAK_PORT)) {
            run("keycloak.sh", "start");
            startedKeycloak = true;
        }
        recreateDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:mariadb://127.0.0.1:" + MARIADB_PORT + "/" + DATABASE,
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "",
                "quarkus.oidc.auth-server-url", KEYCLOAK_URL + "/realms/stegvis");
    }

    @Override
    public void stop() {
        dropDatabase();
        if (startedKeycloak) {
            run("keycloak.sh", "stop");
        }
        if (startedMariaDb) {
            run("mariadb.sh", "stop");
        }
    }

    private static void recreateDatabase() {
        String url = "jdbc:mariadb://127.0.0.1:" + MARIADB_PORT + "/";
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database", e);
        }
    }

    private static void dropDatabase() {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + MARIADB_PORT + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        } catch (SQLException e) {
            // The server may already be gone; a leftover database is harmless.
        }
    }

    private static void run(String script, String command) {
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("scripts").resolve(script).toString(), command)
                .inheritIO();
        pb.environment().put("MARIADB_PORT", Integer.toString(MARIADB_PORT));
        pb.environment().put("MARIADB_DATA", ROOT.resolve(".data/test-mariadb").toString());
        pb.environment().put("KEYCLOAK_PORT", Integer.toString(KEYCLOAK_PORT));
        pb.environment().put("KEYCLOAK_MGMT_PORT", Integer.toString(KEYCLOAK_PORT + 1000));
        pb.environment().put("KEYCLOAK_DATA", "mem");
        try {
            int exit = pb.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("scripts/" + script + " " + command + " failed with exit code " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run scripts/" + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running scripts/" + script, e);
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

}
