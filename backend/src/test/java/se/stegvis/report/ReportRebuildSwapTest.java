package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A rebuild swaps complete tables in: readers meanwhile always find the summary tables, whole, and
 * two rebuilds asked for at once (two instances' schedules) run one after the other or one not at
 * all, never together.
 */
@QuarkusTest
class ReportRebuildSwapTest {

    @Inject
    ReportRefresher refresher;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readersSeeTheWholeOldOrTheWholeNewSummaryWhileRebuildsRun() throws Exception {
        ReportDataset.create();
        assertTrue(refresher.refresh());
        long expected = count();
        assertTrue(expected >= 13, "the dataset's stays are in the summary: " + expected);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // Two rebuilds at once: the second waits for the lock (up to 60 s) or, with no wait, gives up.
            Future<Boolean> a = pool.submit(() -> refresher.refresh());
            Future<Boolean> b = pool.submit(() -> refresher.refresh(0));
            List<Long> seen = new ArrayList<>();
            while (!a.isDone() || !b.isDone()) {
                seen.add(count());
            }
            assertTrue(a.get(60, TimeUnit.SECONDS), "a rebuild waiting for the lock runs");
            b.get(60, TimeUnit.SECONDS);
            seen.add(count());
            for (long n : seen) {
                assertEquals(expected, n, "a reader saw a summary other than the whole one: " + seen);
            }
        } finally {
            pool.shutdownNow();
        }
        try (var c = dataSource.getConnection(); var st = c.createStatement();
                var r = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND (table_name LIKE 'report\\_%\\_next' OR table_name LIKE 'report\\_%\\_old')")) {
            r.next();
            assertEquals(0, r.getInt(1), "no copies are left behind");
        }
    }

    private long count() throws Exception {
        try (var c = dataSource.getConnection(); var st = c.createStatement();
                var r = st.executeQuery("SELECT COUNT(*) FROM report_enrollment_fact WHERE project_id = '" + ReportDataset.PROJECT + "'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
