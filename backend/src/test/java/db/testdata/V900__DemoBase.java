package db.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Gives every test run the demo organisations, projects and assignments (src/main/resources/demo/base.sql). */
public class V900__DemoBase extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/base.sql")) {
            if (in == null) {
                throw new IOException("demo/base.sql is missing from the classpath");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement s = context.getConnection().createStatement()) {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            // Every test class shares one database, so open enrollments pile up over a run. Only
            // REBUS Munkfors keeps its real capacity (6), for the capacity tests to fill.
            s.execute("UPDATE project_municipality SET capacity = 100000 WHERE municipality_code <> '1762'");
        }
    }
}
