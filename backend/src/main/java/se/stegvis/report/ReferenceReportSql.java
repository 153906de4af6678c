package se.stegvis.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The reports' main figures computed the naive way, straight from the raw rows (enrollments,
 * ratings, sub-goals, interventions walked day by day), with none of the summary tables. It is the
 * yardstick the summary tables are held to: a test proves both give the same figures, and the
 * benchmark build ({@code se.stegvis.bench.BenchReportEndpoints}) times it against the product's
 * reports. The product itself never calls it.
 */
public final class ReferenceReportSql {

    private static final String INCLUDED = ReportRefresher.INCLUDED;
    private static final String PROJECT = "(:project IS NULL OR e.project_id = :project)";
    private static final String FROM = " FROM enrollment e JOIN participant p ON p.id = e.participant_id WHERE " + INCLUDED
            + " AND (:project IS NULL OR e.project_id = :project)";
    private static final String ACTIVE = " AND e.start_date <= :to AND (e.exit_date IS NULL OR e.exit_date >= :from)";

    /** The value of a progression item on the first ({@code ASC}) or latest ({@code DESC}) assessment rating it. */
    private static final String ITEM_VALUE = """
            (SELECT COALESCE(r.coordinator_value, r.participant_value) FROM assessment a
               JOIN instrument ins ON ins.id = a.instrument_id AND ins.purpose = 'progression'
               JOIN assessment_rating r ON r.assessment_id = a.id
             WHERE a.enrollment_id = e.id AND r.item_id = it.id AND COALESCE(r.coordinator_value, r.participant_value) IS NOT NULL
             ORDER BY a.assessed_on %1$s, a.created_at %1$s, a.id %1$s LIMIT 1)""";
    private static final String IMPROVED_ITEM = "EXISTS (SELECT 1 FROM instrument_item it WHERE "
            + ITEM_VALUE.formatted("DESC") + " > " + ITEM_VALUE.formatted("ASC") + ")";
    private static final String SUB_GOAL = """
            EXISTS (SELECT 1 FROM plan_goal g JOIN plan_sub_goal s ON s.goal_id = g.id
                    WHERE g.enrollment_id = e.id AND s.status = 'achieved' AND s.achieved_on <= :to)""";
    private static final String WELLBEING_MEAN = """
            (SELECT AVG(COALESCE(r.participant_value, r.coordinator_value)) FROM assessment_rating r WHERE r.assessment_id =
               (SELECT a.id FROM assessment a JOIN instrument ins ON ins.id = a.instrument_id AND ins.purpose = 'wellbeing'
                WHERE a.enrollment_id = e.id AND (e.exit_date IS NULL OR a.assessed_on <= e.exit_date)
                  AND EXISTS (SELECT 1 FROM assessment_rating x WHERE x.assessment_id = a.id AND COALESCE(x.participant_value, x.coordinator_value) IS NOT NULL)
                ORDER BY a.assessed_on %1$s, a.created_at %1$s, a.id %1$s LIMIT 1) AND COALESCE(r.participant_value, r.coordinator_value) IS NOT NULL)""";
    private static final String WELLBEING_COUNT = """
            (SELECT COUNT(*) FROM assessment a JOIN instrument ins ON ins.id = a.instrument_id AND ins.purpose = 'wellbeing'
             WHERE a.enrollment_id = e.id AND (e.exit_date IS NULL OR a.assessed_on <= e.exit_date)
               AND EXISTS (SELECT 1 FROM assessment_rating x WHERE x.assessment_id = a.id AND COALESCE(x.participant_value, x.coordinator_value) IS NOT NULL))""";
    private static final String RUNNING_ON_DAY = "(SELECT COUNT(*) FROM intervention i WHERE i.enrollment_id = e.id AND "
            + ReportRefresher.RUNNING_STATUS + " AND i.start_date <= d.day AND (i.end_date IS NULL OR i.end_date >= d.day))";
    private static final String JOB_ON_DAY = "(SELECT COUNT(*) FROM intervention i JOIN intervention_type t ON t.id = i.type_id"
            + " AND t.category = 'job_focused' WHERE i.enrollment_id = e.id AND " + ReportRefresher.RUNNING_STATUS
            + " AND i.start_date <= d.day AND (i.end_date IS NULL OR i.end_date >= d.day))";

    /** Figure name → the SQL giving {@code sex, count} rows. */
    static final Map<String, String> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("activeAtEnd", "SELECT p.sex, SUM(e.start_date <= :end AND (e.exit_date IS NULL OR e.exit_date > :end))" + FROM + " GROUP BY p.sex");
        FIGURES.put("started", "SELECT p.sex, SUM(e.start_date BETWEEN :from AND :to)" + FROM + " GROUP BY p.sex");
        FIGURES.put("exited", "SELECT p.sex, SUM(e.exit_date BETWEEN :from AND :to)" + FROM + " GROUP BY p.sex");
        FIGURES.put("workOrStudiesAtExit", "SELECT p.sex, SUM(e.exit_date BETWEEN :from AND :to AND e.exit_outcome IN ('work', 'studies'))"
                + FROM + " GROUP BY p.sex");
        FIGURES.put("stays", "SELECT p.sex, COUNT(*)" + FROM + ACTIVE + " GROUP BY p.sex");
        FIGURES.put("stepForward", "SELECT p.sex, SUM(" + SUB_GOAL + " OR " + IMPROVED_ITEM + ")" + FROM + ACTIVE + " GROUP BY p.sex");
        FIGURES.put("indicatorImproved", "SELECT p.sex, SUM(" + IMPROVED_ITEM + ")" + FROM + ACTIVE + " GROUP BY p.sex");
        FIGURES.put("wellbeingMeasured", "SELECT p.sex, SUM(" + WELLBEING_COUNT + " >= 2)" + FROM + ACTIVE + " GROUP BY p.sex");
        FIGURES.put("wellbeingImproved", "SELECT p.sex, SUM(" + WELLBEING_COUNT + " >= 2 AND " + WELLBEING_MEAN.formatted("DESC") + " > "
                + WELLBEING_MEAN.formatted("ASC") + ")" + FROM + ACTIVE + " GROUP BY p.sex");
        FIGURES.put("coordinatorChanges", "SELECT p.sex, SUM(GREATEST((SELECT COUNT(*) FROM enrollment_coordinator c WHERE c.enrollment_id = e.id) - 1, 0))"
                + FROM + ACTIVE + " GROUP BY p.sex");
        // Every day of every stay within the period, one row each.
        String days = " FROM enrollment e JOIN participant p ON p.id = e.participant_id"
                + " JOIN (SELECT :from + INTERVAL s.seq DAY AS day FROM seq_0_to_3660 s WHERE :from + INTERVAL s.seq DAY <= LEAST(:to, :today)) d"
                + " ON d.day >= e.start_date AND (e.exit_date IS NULL OR d.day <= e.exit_date)"
                + " WHERE " + INCLUDED + " AND (:project IS NULL OR e.project_id = :project)";
        FIGURES.put("participantDays", "SELECT p.sex, COUNT(*)" + days + " GROUP BY p.sex");
        FIGURES.put("parallelJobFocusedDays", "SELECT p.sex, SUM(" + JOB_ON_DAY + " >= 1 AND " + RUNNING_ON_DAY + " >= 2)" + days + " GROUP BY p.sex");
        FIGURES.put("daysWithoutIntervention", "SELECT p.sex, SUM(" + RUNNING_ON_DAY + " = 0)" + days + " GROUP BY p.sex");
    }

    private ReferenceReportSql() {
    }

    public static List<String> names() {
        return List.copyOf(FIGURES.keySet());
    }

    /** Each figure as {@code [female, male, other, total]}, for one project (or all when null) and period. */
    public static Map<String, long[]> compute(EntityManager em, UUID projectId, LocalDate from, LocalDate to, LocalDate today) {
        return compute(em, projectId, from, to, today, names());
    }

    /** Only the named figures. */
    public static Map<String, long[]> compute(EntityManager em, UUID projectId, LocalDate from, LocalDate to, LocalDate today,
            List<String> names) {
        Map<String, long[]> out = new LinkedHashMap<>();
        LocalDate end = to.isAfter(today) ? today : to;
        for (Map.Entry<String, String> f : FIGURES.entrySet()) {
            if (!names.contains(f.getKey())) {
                continue;
            }
            String sql = projectId == null ? f.getValue().replace(PROJECT, "1 = 1") : f.getValue();
            Query q = em.createNativeQuery(sql);
            Map<String, Object> params = new java.util.HashMap<>();
            params.put("project", projectId);
            params.put("from", from);
            params.put("to", to);
            params.put("end", end);
            params.put("today", today);
            params.forEach((k, v) -> {
                if (v != null && java.util.regex.Pattern.compile(":" + k + "(?![A-Za-z0-9_])").matcher(sql).find()) {
                    q.setParameter(k, v);
                }
            });
            long[] row = new long[4];
            for (Object o : q.getResultList()) {
                Object[] r = (Object[]) o;
                int sex = FactQueries.sexIndex((String) r[0]);
                long n = r[1] == null ? 0 : ((Number) r[1]).longValue();
                row[sex] += n;
                row[3] += n;
            }
            out.put(f.getKey(), row);
        }
        return out;
    }
}
