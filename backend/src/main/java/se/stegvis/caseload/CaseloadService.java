package se.stegvis.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Caseload;
import se.stegvis.api.generated.model.CaseloadCounts;
import se.stegvis.api.generated.model.CaseloadFlag;
import se.stegvis.api.generated.model.CaseloadItem;
import se.stegvis.api.generated.model.InterventionCategory;
import se.stegvis.api.generated.model.Phase;
import se.stegvis.api.generated.model.Sex;
import se.stegvis.api.generated.model.UserRef;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.Roles;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.KeptAnswers;
import se.stegvis.common.web.Sql;

/**
 * The caseload: open enrollments with what needs doing, and exited ones due their six-month
 * follow-up. Each is ONE query, flags included ({@link CaseloadFlags}), so that it stays fast
 * however many participants there are: no per-row queries. The caseload is kept as sent while
 * nothing in it changes ({@link CaseloadAnswers}); every reading of it is audited all the same.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseloadService {

    /**
     * The dates are read as text (ISO, which {@link Sql#date} parses): read as DATE, the driver built
     * a java.sql.Date through a Calendar for each of them and Hibernate then converted that to a
     * LocalDate, which was 28 % of the memory a caseload request allocated (six dates for each of
     * about forty rows) and made it the scenario with the most garbage collection.
     */
    private static final String SELECT = """
            SELECT e.id, e.participant_id, p.first_name, p.last_name, p.sex, p.birth_year, e.project_id, pr.name,
              e.municipality_code, e.coordinator_id, u.display_name, e.phase, CAST(e.start_date AS CHAR),
              CAST(e.planned_end_date AS CHAR), CAST(e.exit_date AS CHAR), CAST(e.last_assessment_on AS CHAR),
              CAST(e.next_assessment_due AS CHAR), CAST(e.last_plan_follow_up_on AS CHAR), """;
    private static final String FROM = "\n FROM enrollment e JOIN participant p ON p.id = e.participant_id"
            + " JOIN project pr ON pr.id = e.project_id LEFT JOIN app_user u ON u.id = e.coordinator_id WHERE ";
    private static final String ORDER = " ORDER BY p.last_name IS NULL, p.last_name, p.first_name, e.id";
    private static final int FIRST_FLAG_COLUMN = 19;
    /** The flags selected as SQL columns; the two intervention flags come from the ongoing summary (column 18). */
    private static final CaseloadFlag[] SQL_FLAGS = Arrays.stream(CaseloadFlags.OPEN_FLAGS)
            .filter(f -> f != CaseloadFlag.NO_ACTIVE_INTERVENTION && f != CaseloadFlag.NO_JOB_FOCUSED_INTERVENTION)
            .toArray(CaseloadFlag[]::new);

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CaseloadAnswers answers;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    /**
     * A coordinator's own open enrollments (optionally one project of them); a project manager's
     * whole projects, optionally narrowed to a project or a coordinator. Counts cover the caseload
     * before the {@code flag} filter.
     */
    public byte[] caseload(UUID projectId, UUID coordinatorId, CaseloadFlag flag) {
        if (flag == CaseloadFlag.FOLLOW_UP_DUE) {
            throw ApiException.badRequest("flag", "follow_up_due applies to exited enrollments; use /caseload/follow-ups-due");
        }
        directory.remember(user);
        UUID me = user.id();
        UUID coordinator = coordinatorId;
        if (!user.hasRole(Roles.PROJECT_MANAGER)) {
            if (coordinatorId != null && !coordinatorId.equals(me)) {
                throw ApiException.forbidden("A coordinator sees their own caseload only");
            }
            coordinator = me;
        }
        LocalDate today = SwedishCalendar.today();
        UUID coordinatorFilter = coordinator;
        KeptAnswers.Kept answer = answers.answer(new CaseloadAnswers.Key(me, projectId, coordinator, flag, today),
                () -> compute(me, projectId, coordinatorFilter, flag, today));
        audit.record(AuditLog.Action.LIST, "caseload", null, answer.participantIds());
        return answer.json();
    }

    private KeptAnswers.Kept compute(UUID me, UUID projectId, UUID coordinator, CaseloadFlag flag, LocalDate today) {
        StringBuilder sql = new StringBuilder(SELECT).append(CaseloadFlags.ONGOING_SUMMARY);
        for (CaseloadFlag f : SQL_FLAGS) {
            sql.append(",\n  ").append(CaseloadFlags.column(f));
        }
        sql.append(FROM).append("e.status = 'open' AND ").append(AccessScope.ENROLLMENT_PREDICATE);
        if (coordinator != null) {
            sql.append(" AND e.coordinator_id = :coordinator");
        }
        if (projectId != null) {
            sql.append(" AND e.project_id = :project");
        }
        sql.append(ORDER);
        Query query = em.createNativeQuery(sql.toString()).setParameter("scopeUser", me);
        if (coordinator != null) {
            query.setParameter("coordinator", coordinator);
        }
        if (projectId != null) {
            query.setParameter("project", projectId);
        }
        CaseloadFlags.bind(query, sql.toString(), today);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();

        int[] counts = new int[CaseloadFlags.OPEN_FLAGS.length];
        List<CaseloadItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            CaseloadFlags.Ongoing ongoing = CaseloadFlags.ongoing(r[18]);
            List<CaseloadFlag> flags = new ArrayList<>();
            for (int i = 0; i < CaseloadFlags.OPEN_FLAGS.length; i++) {
                CaseloadFlag f = CaseloadFlags.OPEN_FLAGS[i];
                boolean set = switch (f) {
                    case NO_ACTIVE_INTERVENTION -> !ongoing.any();
                    case NO_JOB_FOCUSED_INTERVENTION -> !ongoing.jobFocused();
                    default -> Sql.integer(r[FIRST_FLAG_COLUMN + Arrays.asList(SQL_FLAGS).indexOf(f)]) != 0;
                };
                if (set) {
                    flags.add(f);
                    counts[i]++;
                }
            }
            if (flag == null || flags.contains(flag)) {
                items.add(item(r, flags));
            }
        }
        CaseloadCounts c = new CaseloadCounts(rows.size(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        try {
            return new KeptAnswers.Kept(json.writeValueAsBytes(new Caseload(c, items)),
                    items.stream().map(CaseloadItem::getParticipantId).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the caseload could not be written as JSON", e);
        }
    }

    /** Exited enrollments whose six-month follow-up is due within 14 days or past, not yet recorded. */
    public List<CaseloadItem> followUpsDue() {
        directory.remember(user);
        UUID me = user.id();
        boolean manager = user.hasRole(Roles.PROJECT_MANAGER);
        String sql = SELECT + CaseloadFlags.ONGOING_SUMMARY + FROM + CaseloadFlags.predicate(CaseloadFlag.FOLLOW_UP_DUE)
                + " AND " + AccessScope.ENROLLMENT_PREDICATE + (manager ? "" : " AND e.coordinator_id = :scopeUser") + ORDER;
        Query query = em.createNativeQuery(sql).setParameter("scopeUser", me);
        CaseloadFlags.bind(query, sql, SwedishCalendar.today());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<CaseloadItem> items = rows.stream().map(r -> item(r, new ArrayList<>(List.of(CaseloadFlag.FOLLOW_UP_DUE)))).toList();
        audit.record(AuditLog.Action.LIST, "follow-ups-due", null, items.stream().map(CaseloadItem::getParticipantId).toList());
        return items;
    }

    private static CaseloadItem item(Object[] r, List<CaseloadFlag> flags) {
        List<InterventionCategory> active = new ArrayList<>(
                CaseloadFlags.ongoing(r[18]).categories().stream().map(InterventionCategory::fromValue).toList());
        CaseloadItem item = new CaseloadItem(Sql.uuid(r[1]), Sql.uuid(r[0]), Sex.fromValue((String) r[4]), Sql.integer(r[5]),
                Sql.uuid(r[6]), (String) r[7], (String) r[8], Phase.fromValue((String) r[11]), Sql.date(r[12]),
                Sql.date(r[13]), active, flags);
        item.setFirstName((String) r[2]);
        item.setLastName((String) r[3]);
        UUID coordinator = Sql.uuid(r[9]);
        if (coordinator != null) {
            item.setCoordinator(new UserRef(coordinator, r[10] == null ? "Okänd användare" : (String) r[10]));
        }
        item.setExitDate(Sql.date(r[14]));
        item.setLastAssessmentOn(Sql.date(r[15]));
        item.setNextAssessmentDue(Sql.date(r[16]));
        item.setLastPlanFollowUpOn(Sql.date(r[17]));
        return item;
    }

    static LocalDate today() {
        return SwedishCalendar.today();
    }
}
