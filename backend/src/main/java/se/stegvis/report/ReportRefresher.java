package se.stegvis.report;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
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
 * interventions. A rebuild runs in one transaction, so a report reads either the old or the new
 * summary, never a half-built one; and in one backend instance at a time (a MariaDB named lock,
 * as retention does), so two instances never rebuild at once.
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
    @Transactional
    @TransactionConfiguration(timeout = REBUILD_TIMEOUT_SECONDS)
    public boolean refresh(int waitSeconds) {
        Number locked = (Number) em.createNativeQuery("SELECT GET_LOCK('" + LOCK + "', " + waitSeconds + ")").getSingleResult();
        if (locked == null || locked.intValue() != 1) {
            return false;
        }
        try {
            long started = System.nanoTime();
            rebuild();
            em.createNativeQuery("UPDATE report_refresh SET refreshed_at = CURRENT_TIMESTAMP(3), duration_ms = :ms WHERE id = 1")
                    .setParameter("ms", (System.nanoTime() - started) / 1_000_000).executeUpdate();
            return true;
        } finally {
            em.createNativeQuery("SELECT RELEASE_LOCK('" + LOCK + "')").getSingleResult();
        }
    }

    /** When the summary tables were last rebuilt; null before the first rebuild. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant refreshedAt() {
        Object ms = em.createNativeQuery("SELECT CAST(UNIX_TIMESTAMP(refreshed_at) * 1000 AS SIGNED) FROM report_refresh WHERE id = 1")
                .getSingleResult();
        return ms == null ? null : Instant.ofEpochMilli(((Number) ms).longValue());
    }

    private void rebuild() {
        em.createNativeQuery("DELETE FROM report_indicator_fact").executeUpdate();
        em.createNativeQuery("DELETE FROM report_day_span").executeUpdate();
        em.createNativeQuery("DELETE FROM report_enrollment_fact").executeUpdate();

        em.createNativeQuery("""
                INSERT INTO report_indicator_fact (enrollment_id, item_id, first_value, latest_value)
                SELECT x.enrollment_id, x.item_id, MAX(CASE WHEN x.rn_first = 1 THEN x.v END), MAX(CASE WHEN x.rn_last = 1 THEN x.v END)
                FROM (
                  SELECT a.enrollment_id, r.item_id, COALESCE(r.coordinator_value, r.participant_value) AS v,
                    ROW_NUMBER() OVER (PARTITION BY a.enrollment_id, r.item_id ORDER BY a.assessed_on, a.created_at, a.id) AS rn_first,
                    ROW_NUMBER() OVER (PARTITION BY a.enrollment_id, r.item_id ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC) AS rn_last,
                    COUNT(*) OVER (PARTITION BY a.enrollment_id, r.item_id) AS n
                  FROM assessment a
                  JOIN instrument ins ON ins.id = a.instrument_id AND ins.purpose = 'progression'
                  JOIN assessment_rating r ON r.assessment_id = a.id
                  JOIN enrollment e ON e.id = a.enrollment_id
                  WHERE COALESCE(r.coordinator_value, r.participant_value) IS NOT NULL AND """ + " " + INCLUDED + """
                ) x
                WHERE x.n >= 2 AND (x.rn_first = 1 OR x.rn_last = 1)
                GROUP BY x.enrollment_id, x.item_id""").executeUpdate();

        em.createNativeQuery("""
                INSERT INTO report_enrollment_fact (enrollment_id, project_id, municipality_code, sex, start_date, exit_date,
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
                           FROM report_indicator_fact GROUP BY enrollment_id) ind ON ind.enrollment_id = e.id
                LEFT JOIN (""" + WELLBEING_FIRST_LAST + """
                          ) wb ON wb.enrollment_id = e.id
                WHERE """ + " " + INCLUDED).executeUpdate();

        em.createNativeQuery("INSERT INTO report_day_span (enrollment_id, span_from, span_to, running, job_focused)\n" + DAY_SPANS)
                .executeUpdate();
    }

    /**
     * Per stay with two or more well-being assessments (up to the exit once exited): the mean rating
     * on the first and the last, an item's rating being the participant's, else the coordinator's.
     * That is {@code WellbeingService}'s rule, so the report and the participant page agree.
     */
    static final String WELLBEING_FIRST_LAST = """
            SELECT w.enrollment_id, MAX(CASE WHEN w.rf = 1 THEN w.m END) AS first_mean, MAX(CASE WHEN w.rl = 1 THEN w.m END) AS last_mean
            FROM (
              SELECT a.enrollment_id, AVG(COALESCE(r.participant_value, r.coordinator_value)) AS m,
                ROW_NUMBER() OVER (PARTITION BY a.enrollment_id ORDER BY a.assessed_on, a.created_at, a.id) AS rf,
                ROW_NUMBER() OVER (PARTITION BY a.enrollment_id ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC) AS rl,
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
