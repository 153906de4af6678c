package se.stegvis.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.common.crypto.PersonalDataCipher;
import se.stegvis.common.time.SwedishCalendar;

/**
 * Loads the demo data, idempotently: first {@code demo/base.sql} (organisations, projects, users,
 * assignments; INSERT IGNORE), then — only when no participant exists yet — about sixty fictional
 * participants with their enrollments, interventions, assessments, plans, notes and exits, generated
 * deterministically ({@link DemoDataset}, fixed seed) relative to today's date so that due dates and
 * caseload flags are always current. Run by {@code java -jar quarkus-run.jar load-demo-data}, never
 * at production start-up.
 */
@ApplicationScoped
@Transactional
public class DemoDataLoader {

    static final long SEED = 20261122L;
    private static final String BASE_SQL = "demo/base.sql";

    @Inject
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    /** Loads what is missing; returns the rows inserted per table (empty when the people were already there). */
    public Map<String, Integer> load() {
        long started = System.nanoTime();
        int statements = runBaseSql();
        long existing = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM participant").getSingleResult()).longValue();
        if (existing > 0) {
            Log.infof("Demo data: base data ensured (%d statements); participants already exist, none generated (%d ms)",
                    statements, (System.nanoTime() - started) / 1_000_000);
            return Map.of();
        }
        DemoDataset dataset = new DemoDataset(SwedishCalendar.today(), new Random(SEED), cipher::encrypt, cipher::lookupHash);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table table : dataset.generate()) {
            table.insertInto(em);
            counts.put(table.name, table.size());
        }
        em.flush();
        Log.infof("Demo data loaded in %d ms: %s", (System.nanoTime() - started) / 1_000_000,
                counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        return counts;
    }

    private int runBaseSql() {
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BASE_SQL)) {
            if (in == null) {
                throw new IllegalStateException(BASE_SQL + " is missing from the classpath");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count = 0;
        for (String statement : sql.replaceAll("(?m)^\\s*--.*$", "").split(";\\s*(\\r?\\n|$)")) {
            if (!statement.isBlank()) {
                em.createNativeQuery(statement).executeUpdate();
                count++;
            }
        }
        return count;
    }
}
