package se.stegvis.report;

import java.time.Duration;
import java.time.Instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the report summary tables (V80) from the raw rows, entirely in SQL: the reports then
 * aggregate one pre-computed row per stay instead of walking assessments, ratings and
 * interventions. A rebuild fills copies of the tables and swaps them in with one atomic
 * {@code RENAME TABLE}, so a report reads either the old or the new summary, never a half-built
 * one; it runs in one backend instance at a time (a MariaDB named lock, GET_LOCK, as retention
 * does), so two instances never rebuild at once.
 *
 * <p>Freshness: the reports lag the day-to-day records by at most {@code stegvis.reports.refresh-every}
 * (default five minutes) plus the rebuild's own duration; each report says when its data was
 * rebuilt ({@code scope.dataAsOf}).
 */
@ApplicationScoped
public class ReportRefresher {

    private static final String LOCK = "stegvis_report_refresh";

    /** A national-scale rebuild (100,000 stays, a million assessments) takes minutes, not the default minute. */
    static final int REBUILD_TIMEOUT_SECONDS = 1800;

    /** The stays the reports count: everything but those registered in error. */
    static final String INCLUDED = "(e.exit_outcome IS NULL OR e.exit_outcome <> 'registered_in_error')";

    /** Interventions that count as running on a day between their start and end dates. */
    static final String RUNNING_STATUS = "i.status IN ('ongoing', 'paused', 'completed')";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "stegvis.reports.refresh-every")
    String refreshEvery;

    @Scheduled(every = "{stegvis.reports.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            // Every instance has this schedule; the one that finds a fresh rebuild (made by another
            // instance within most of the interval) leaves it, so the federation rebuilds once per interval.
            Instant last = refreshedAt();
            Duration every = interval();
            if (last != null && every != null
                    && last.isAfter(Instant.now().minus(every.multipliedBy(9).dividedBy(10)))) {
                return;
            }
            refresh(0);
        } catch (RuntimeException e) {
            Log.warnf("The report summary rebuild failed (%s); it runs again next time", e.getClass().getSimpleName());
        }
    }

    private Duration interval() {
        try {
            return DurationConverter.parseDuration(refreshEvery);
        } catch (RuntimeException e) {
            return null; // "off": the schedule does not run at all
        }
    }

    /** Rebuilds now, waiting up to a minute for a rebuild in another instance; false when it could not. */
    public boolean refresh() {
        return refresh(60);
    }

    /** Rebuilds unless another instance holds the lock for longer than {@code waitSeconds}; false then. */
    public boolean refresh(int waitSeconds) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            int networkTimeout = c.getNetworkTimeout();
            c.setAutoCommit(true);
            // Read the raw rows as consistent reads: under REPEATABLE READ an INSERT ... SELECT share-locks
            // every row it reads, which would hold up assessments and exits for the whole rebuild.
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setNetworkTimeout(Runnable::run, REBUILD_TIMEOUT_SECONDS * 1000);
            try {
                if (!locked(c, waitSeconds)) {
                    return false;
                }
                try {
                    long started = System.nanoTime();
                    rebuild(c);
                    try (PreparedStatement u = c.prepareStatement(
                            "UPDATE report_refresh SET refreshed_at = CURRENT_TIMESTAMP(3), duration_ms = ? WHERE id = 1")) {
                        u.setLong(1, (System.nanoTime() - started) / 1_000_000);
                        u.executeUpdate();
                    }
                    return true;
                } finally {
                    exec(c, "DO RELEASE_LOCK('" + LOCK + "')");
                }
            } finally {
                c.setNetworkTimeout(Runnable::run, networkTimeout);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the report summary rebuild failed: " + e.getMessage(), e);
        }
    }

    private static boolean locked(Connection c, int waitSeconds) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet r = st.executeQuery("SELECT GET_LOCK('" + LOCK + "', " + waitSeconds + ")")) {
            return r.next() && r.getInt(1) == 1;
        }
    }

    /** When the summary tables were last rebuilt; null before the first rebuild. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant refreshedAt() {
        Object ms = em.createNativeQuery("SELECT CAST(UNIX_TIMESTAMP(refreshed_at) * 1000 AS SIGNED) FROM report_refresh WHERE id = 1")
                .getSingleResult();
        return ms == null ? null : Instant.ofEpochMilli(((Number) ms).longValue());
    }

    /** The summary tables, in the order they are built (the stay facts read the indicator facts). */
    static final String[] TABLES = { "report_indicator_fact", "report_enrollment_fact", "report_day_span" };

    /**
     * Builds the new summary into copies ({@code _next}) while the reports go on reading the current
     * tables, then swaps all three in one atomic {@code RENAME TABLE}: a reader sees the old summary
     * or the new one, never a half-built one, and never has to walk a long transaction's undo to
     * find the old rows (as it did while the tables were emptied and refilled in one transaction).
     */
    private static void rebuild(Connection c) throws SQLException {
        for (String t : TABLES) {
            // Left over when an earlier rebuild stopped part-way (the lock has ended that one).
            exec(c, "DROP TABLE IF EXISTS " + t + "_old");
            exec(c, "DROP TABLE IF EXISTS " + t + "_next");
            exec(c, "CREATE TABLE " + t + "_next LIKE " + t);
        }
        // The latest of a partition is the one numbered n: numbering it a second time in the
        // opposite order sorted the 2.7 million ratings of the benchmark's 100,000 stays once more
        // (35 s against 27 s for this statement).
        exec(c, """
                INSERT INTO report_indicator_fact_next (enrollment_id, item_id, first_value, latest_value)
                SELECT x.enrollment_id, x.item_id, MAX(CASE WHEN x.rn = 1 THEN x.v END), MAX(CASE WHEN x.rn = x.n THEN x.v END)
                FROM (
                  SELECT a.enrollment_id, r.item_id, COALESCE(r.coordinator_value, r.participant_value) AS v,
                    ROW_NUMBER() OVER (PARTITION BY a.enrollment_id, r.item_id ORDER BY a.assessed_on, a.created_at, a.id) AS rn,
                    COUNT(*) OVER (PARTITION BY a.enrollment_id, r.item_id) AS n
                  FROM assessment a
                  JOIN instrument ins ON ins.id = a.instrument_id AND ins.purpose = 'progression'
                  JOIN assessment_rating r ON r.assessment_id = a.id
                  JOIN enrollment e ON e.id = a.enrollment_id
                  WHERE COALESCE(r.coordinator_value, r.participant_value) IS NOT NULL AND """ + " " + INCLUDED + """
                ) x
                WHERE x.n >= 2 AND (x.rn = 1 OR x.rn = x.n)
                GROUP BY x.enrollment_id, x.item_id""");

        exec(c, """
                INSERT INTO report_enrollment_fact_next (enrollment_id, project_id, municipality_code, sex, start_date, exit_date,
                  exit_outcome, exit_work_extent_pct, exit_wage_subsidy, follow_up_date, follow_up_outcome, coordinator_changes,
                  next_assessment_due, first_sub_goal_achieved_on, measured_items, improved_items, mean_change, change_bucket,
                  wellbeing_first_mean, wellbeing_last_mean, sus_entry_employment, sus_entry_income_sources,
                  sus_exit_employment, sus_exit_income_sources)
                SELECT e.id, e.project_id, e.municipality_code, p.sex, e.start_date, e.exit_date,
                  e.exit_outcome, e.exit_work_extent_pct, e.exit_wage_subsidy, e.follow_up_date, e.follow_up_outcome,
                  GREATEST(COALESCE(c.periods, 0) - 1, 0),
                  e.next_assessment_due, sg.first_achieved, COALESCE(ind.measured, 0), COALESCE(ind.improved, 0), ind.mean_change, ind.bucket,
                  wb.first_mean, wb.last_mean, e.sus_entry_employment, e.sus_entry_income_sources,
                  e.sus_exit_employment, e.sus_exit_income_sources
                FROM enrollment e
                JOIN participant p ON p.id = e.participant_id
                LEFT JOIN (SELECT enrollment_id, COUNT(*) AS periods FROM enrollment_coordinator GROUP BY enrollment_id) c
                  ON c.enrollment_id = e.id
                LEFT JOIN (SELECT g.enrollment_id, MIN(s.achieved_on) AS first_achieved FROM plan_goal g
                           JOIN plan_sub_goal s ON s.goal_id = g.id WHERE s.status = 'achieved' AND s.achieved_on IS NOT NULL
                           GROUP BY g.enrollment_id) sg ON sg.enrollment_id = e.id
                LEFT JOIN (SELECT enrollment_id, COUNT(*) AS measured, SUM(latest_value > first_value) AS improved,
                             AVG(latest_value - first_value) AS mean_change, ROUND(AVG(latest_value - first_value)) AS bucket
                           FROM report_indicator_fact_next GROUP BY enrollment_id) ind ON ind.enrollment_id = e.id
                LEFT JOIN (""" + WELLBEING_FIRST_LAST + """
                          ) wb ON wb.enrollment_id = e.id
                WHERE """ + " " + INCLUDED);

        exec(c, "INSERT INTO report_day_span_next (enrollment_id, span_from, span_to, running, job_focused)\n" + DAY_SPANS);

        StringBuilder swap = new StringBuilder("RENAME TABLE ");
        for (int i = 0; i < TABLES.length; i++) {
            String t = TABLES[i];
            swap.append(i == 0 ? "" : ", ").append(t).append(" TO ").append(t).append("_old, ").append(t).append("_next TO ").append(t);
        }
        exec(c, swap.toString());
        for (String t : TABLES) {
            exec(c, "DROP TABLE " + t + "_old");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * Per stay with two or more well-being assessments (up to the exit once exited): the mean rating
     * on the first and the last, an item's rating being the participant's, else the coordinator's.
     * That is {@code WellbeingService}'s rule, so the report and the participant page agree.
     */
    static final String WELLBEING_FIRST_LAST = """
            SELECT w.enrollment_id, MAX(CASE WHEN w.rn = 1 THEN w.m END) AS first_mean, MAX(CASE WHEN w.rn = w.n THEN w.m END) AS last_mean
            FROM (
              SELECT a.enrollment_id, AVG(COALESCE(r.participant_value, r.coordinator_value)) AS m,
                ROW_NUMBER() OVER (PARTITION BY a.enrollment_id ORDER BY a.assessed_on, a.created_at, a.id) AS rn,
                COUNT(*) OVER (PARTITION BY a.enrollment_id) AS n
              FROM assessment a
              JOIN instrument ins ON ins.id = a.instrument_id AND ins.purpose = 'wellbeing'
              JOIN enrollment we ON we.id = a.enrollment_id AND (we.exit_date IS NULL OR a.assessed_on <= we.exit_date)
              JOIN assessment_rating r ON r.assessment_id = a.id AND COALESCE(r.participant_value, r.coordinator_value) IS NOT NULL
              GROUP BY a.id, a.enrollment_id, a.assessed_on, a.created_at
            ) w
            WHERE w.n >= 2
            GROUP BY w.enrollment_id""";

    /**
     * The stay cut at every intervention start and every day after an intervention end: within a
     * span the running interventions do not change, so each span is counted once.
     */
    static final String DAY_SPANS = """
            WITH b AS (
              SELECT e.id AS eid, e.start_date AS d FROM enrollment e WHERE """ + " " + INCLUDED + """
              UNION
              SELECT e.id, i.start_date FROM intervention i JOIN enrollment e ON e.id = i.enrollment_id
                WHERE """ + " " + INCLUDED + " AND " + RUNNING_STATUS + """
                  AND i.start_date > e.start_date AND (e.exit_date IS NULL OR i.start_date <= e.exit_date)
              UNION
              SELECT e.id, i.end_date + INTERVAL 1 DAY FROM intervention i JOIN enrollment e ON e.id = i.enrollment_id
                WHERE """ + " " + INCLUDED + " AND " + RUNNING_STATUS + """
                  AND i.end_date IS NOT NULL AND i.end_date >= e.start_date AND (e.exit_date IS NULL OR i.end_date < e.exit_date)
            ), s AS (
              SELECT eid, d, LEAD(d) OVER (PARTITION BY eid ORDER BY d) AS nxt FROM b
            )
            SELECT s.eid, s.d, COALESCE(s.nxt - INTERVAL 1 DAY, e.exit_date),
              (SELECT COUNT(*) FROM intervention i WHERE i.enrollment_id = s.eid AND """ + " " + RUNNING_STATUS + """
                 AND i.start_date <= s.d AND (i.end_date IS NULL OR i.end_date >= s.d)),
              (SELECT COUNT(*) FROM intervention i JOIN intervention_type t ON t.id = i.type_id AND t.category = 'job_focused'
                 WHERE i.enrollment_id = s.eid AND """ + " " + RUNNING_STATUS + """
                 AND i.start_date <= s.d AND (i.end_date IS NULL OR i.end_date >= s.d))
            FROM s JOIN enrollment e ON e.id = s.eid""";

}
