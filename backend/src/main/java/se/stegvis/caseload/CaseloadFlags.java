package se.stegvis.caseload;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Query;
import se.stegvis.api.generated.model.CaseloadFlag;

/**
 * The one definition of the caseload flags, as native SQL over enrollment alias {@code e}. The
 * caseload selects them as columns and the participant list filters on them, so both always
 * agree. Dates are bound as parameters computed from "today" (Swedish time), keeping the
 * predicates on the enrollment's own columns sargable:
 *
 * <ul>
 * <li>{@code assessment_due}: {@code next_assessment_due} from today up to today + 14 days;</li>
 * <li>{@code assessment_overdue}: {@code next_assessment_due} before today;</li>
 * <li>{@code no_job_focused_intervention}: no job-focused intervention ongoing today;</li>
 * <li>{@code no_active_intervention}: no intervention at all ongoing today (a gap);</li>
 * <li>{@code plan_follow_up_due}: the latest plan follow-up (or the start, if none) lies two
 * months or more back;</li>
 * <li>{@code end_approaching}: the planned end is at most 30 days away (a passed planned end on a
 * still open enrollment counts too: it needs an extension or an exit);</li>
 * <li>{@code follow_up_due} (exited enrollments only): no follow-up recorded and exit + 6 months
 * falls on or before today + 14 days.</li>
 * </ul>
 * "Ongoing today" means status {@code ongoing}, started on or before today and not ended before
 * today.
 */
public final class CaseloadFlags {

    public static final int ASSESSMENT_DUE_DAYS = 14;
    public static final int END_APPROACHING_DAYS = 30;
    public static final int PLAN_FOLLOW_UP_MONTHS = 2;
    public static final int FOLLOW_UP_MONTHS = 6;
    public static final int FOLLOW_UP_NOTICE_DAYS = 14;

    /** Intervention alias {@code i} ongoing on {@code :clToday}. */
    static final String ONGOING = "i.status = 'ongoing' AND i.start_date <= :clToday AND (i.end_date IS NULL OR i.end_date >= :clToday)";

    private static final Map<CaseloadFlag, String> PREDICATES = new EnumMap<>(CaseloadFlag.class);

    static {
        PREDICATES.put(CaseloadFlag.ASSESSMENT_DUE, "(e.next_assessment_due >= :clToday AND e.next_assessment_due <= :clAssessmentDueUntil)");
        PREDICATES.put(CaseloadFlag.ASSESSMENT_OVERDUE, "(e.next_assessment_due < :clToday)");
        PREDICATES.put(CaseloadFlag.NO_JOB_FOCUSED_INTERVENTION, "NOT EXISTS (SELECT 1 FROM intervention i JOIN intervention_type it ON it.id = i.type_id"
                + " WHERE i.enrollment_id = e.id AND it.category = 'job_focused' AND " + ONGOING + ")");
        PREDICATES.put(CaseloadFlag.NO_ACTIVE_INTERVENTION, "NOT EXISTS (SELECT 1 FROM intervention i WHERE i.enrollment_id = e.id AND " + ONGOING + ")");
        PREDICATES.put(CaseloadFlag.PLAN_FOLLOW_UP_DUE, "(COALESCE(e.last_plan_follow_up_on, e.start_date) <= :clPlanFollowUpBefore)");
        PREDICATES.put(CaseloadFlag.END_APPROACHING, "(e.planned_end_date <= :clEndUntil)");
        // The coarse bound on exit_date lets an index narrow the rows; DATE_ADD decides exactly
        // (month arithmetic is not invertible at month ends).
        PREDICATES.put(CaseloadFlag.FOLLOW_UP_DUE, "(e.status = 'exited' AND e.follow_up_date IS NULL AND e.exit_date <= :clFollowUpExitBound"
                + " AND DATE_ADD(e.exit_date, INTERVAL " + FOLLOW_UP_MONTHS + " MONTH) <= :clFollowUpUntil)");
    }

    /** The flags of an open enrollment, in the order the caseload lists them. */
    public static final CaseloadFlag[] OPEN_FLAGS = {
        CaseloadFlag.ASSESSMENT_DUE, CaseloadFlag.ASSESSMENT_OVERDUE, CaseloadFlag.NO_JOB_FOCUSED_INTERVENTION,
        CaseloadFlag.NO_ACTIVE_INTERVENTION, CaseloadFlag.PLAN_FOLLOW_UP_DUE, CaseloadFlag.END_APPROACHING };

    /**
     * The interventions ongoing today in one correlated subquery (the caseload's three intervention
     * columns used to be three): NULL when none is ongoing, else "J:categories" where J counts the
     * job-focused ones and categories are the distinct categories, comma-separated. Read it with
     * {@link #ongoing(Object)}; it agrees with the NO_ACTIVE_INTERVENTION and
     * NO_JOB_FOCUSED_INTERVENTION predicates.
     */
    public static final String ONGOING_SUMMARY = "(SELECT CONCAT(SUM(it.category = 'job_focused'), ':',"
            + " GROUP_CONCAT(DISTINCT it.category ORDER BY it.category SEPARATOR ','))"
            + " FROM intervention i JOIN intervention_type it ON it.id = i.type_id WHERE i.enrollment_id = e.id AND " + ONGOING + ")";

    /** What {@link #ONGOING_SUMMARY} says: the categories ongoing today and whether one is job-focused. */
    public record Ongoing(java.util.List<String> categories, boolean jobFocused) {
        public boolean any() {
            return !categories.isEmpty();
        }
    }

    public static Ongoing ongoing(Object summary) {
        if (summary == null) {
            return new Ongoing(java.util.List.of(), false);
        }
        String s = summary.toString();
        int colon = s.indexOf(':');
        String categories = s.substring(colon + 1);
        return new Ongoing(categories.isEmpty() ? java.util.List.of() : java.util.List.of(categories.split(",")),
                Long.parseLong(s.substring(0, colon)) > 0);
    }

    /** Categories of the interventions ongoing today, comma-separated (NULL when none). */
    public static final String ACTIVE_CATEGORIES = "(SELECT GROUP_CONCAT(DISTINCT it.category ORDER BY it.category SEPARATOR ',')"
            + " FROM intervention i JOIN intervention_type it ON it.id = i.type_id WHERE i.enrollment_id = e.id AND " + ONGOING + ")";

    private CaseloadFlags() {
    }

    /** SQL true when enrollment {@code e} carries the flag; bind the dates with {@link #bind}. */
    public static String predicate(CaseloadFlag flag) {
        return PREDICATES.get(flag);
    }

    /** The flag as a 0/1 column. */
    public static String column(CaseloadFlag flag) {
        return "CASE WHEN " + predicate(flag) + " THEN 1 ELSE 0 END";
    }

    /** Binds the dates every predicate may use; set only the ones the SQL mentions. */
    public static void bind(Query query, String sql, LocalDate today) {
        LocalDate followUpUntil = today.plusDays(FOLLOW_UP_NOTICE_DAYS);
        set(query, sql, "clToday", today);
        set(query, sql, "clAssessmentDueUntil", today.plusDays(ASSESSMENT_DUE_DAYS));
        set(query, sql, "clPlanFollowUpBefore", today.minusMonths(PLAN_FOLLOW_UP_MONTHS));
        set(query, sql, "clEndUntil", today.plusDays(END_APPROACHING_DAYS));
        set(query, sql, "clFollowUpUntil", followUpUntil);
        set(query, sql, "clFollowUpExitBound", followUpUntil.minusMonths(FOLLOW_UP_MONTHS).plusDays(4));
    }

    private static void set(Query query, String sql, String name, LocalDate value) {
        if (sql.contains(":" + name)) {
            query.setParameter(name, value);
        }
    }
}
