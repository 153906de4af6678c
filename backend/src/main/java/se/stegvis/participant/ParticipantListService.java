package se.stegvis.participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.CaseloadFlag;
import se.stegvis.api.generated.model.ParticipantPage;
import se.stegvis.api.generated.model.ParticipantSort;
import se.stegvis.api.generated.model.ParticipantSummary;
import se.stegvis.api.generated.model.Phase;
import se.stegvis.api.generated.model.Sex;
import se.stegvis.audit.AuditLog;
import se.stegvis.caseload.CaseloadFlags;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Sql;

/**
 * The participant list: filtered and paginated in SQL by keyset (never OFFSET), limited to the
 * participants the caller may see, each with the open enrollment in the caller's scope.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantListService {

    public record Filter(String q, UUID projectId, String municipalityCode, UUID coordinatorId, Phase phase,
            CaseloadFlag flag) {
    }

    private static final int MAX_NAME_TERMS = 4;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    public ParticipantPage list(Filter filter, ParticipantSort sort, int limit, String cursor) {
        directory.remember(user);
        UUID me = user.id();
        ParticipantSort order = sort == null ? ParticipantSort.NAME : sort;
        Map<String, Object> params = new HashMap<>();
        params.put("scopeUser", me);

        StringBuilder sql = new StringBuilder("""
                SELECT p.id, p.first_name, p.last_name, p.identity_masked, p.identity_cipher IS NULL, p.sex, p.birth_year
                FROM participant p WHERE """).append(ParticipantRepository.VISIBLE_PREDICATE);
        nameTerms(filter.q(), sql, params);
        enrollmentFilter(filter, sql, params);
        if (cursor != null && !cursor.isEmpty()) {
            keyset(ParticipantCursor.decode(cursor, order), sql, params);
        }
        sql.append(switch (order) {
            case NAME -> " ORDER BY p.sort_last_name, p.sort_first_name, p.id";
            case _NAME -> " ORDER BY p.sort_last_name DESC, p.sort_first_name DESC, p.id DESC";
            case CREATED -> " ORDER BY p.created_at, p.id";
            case _CREATED -> " ORDER BY p.created_at DESC, p.id DESC";
        });
        sql.append(" LIMIT ").append(limit + 1);

        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        CaseloadFlags.bind(query, sql.toString(), SwedishCalendar.today());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();

        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Map<UUID, ParticipantSummary> items = new LinkedHashMap<>();
        for (Object[] r : page) {
            ParticipantSummary s = new ParticipantSummary(Sql.uuid(r[0]), Sql.bool(r[4]), Sex.fromValue((String) r[5]), Sql.integer(r[6]));
            s.setFirstName((String) r[1]);
            s.setLastName((String) r[2]);
            s.setIdentityNumberMasked((String) r[3]);
            items.put(s.getId(), s);
        }
        addOpenEnrollments(items, me, filter.projectId());

        ParticipantPage result = new ParticipantPage(new ArrayList<>(items.values()));
        if (more) {
            result.setNextCursor(new ParticipantCursor(order, Sql.uuid(page.get(page.size() - 1)[0])).encode());
        }
        audit.record(AuditLog.Action.LIST, ParticipantService.RESOURCE, null, items.keySet());
        return result;
    }

    /** Every word of {@code q} must begin the first or the last name (case-insensitive collation). */
    private static void nameTerms(String q, StringBuilder sql, Map<String, Object> params) {
        if (q == null || q.isBlank()) {
            return;
        }
        String[] terms = q.strip().split("\\s+");
        for (int i = 0; i < Math.min(terms.length, MAX_NAME_TERMS); i++) {
            String name = "q" + i;
            sql.append(" AND (p.sort_last_name LIKE :").append(name).append(" OR p.first_name LIKE :").append(name).append(')');
            params.put(name, escapeLike(terms[i]) + "%");
        }
    }

    /**
     * Project, municipality, coordinator, phase and flag all describe one enrollment, open and
     * within the caller's assignments (for {@code follow_up_due}: exited, awaiting its follow-up).
     */
    private static void enrollmentFilter(Filter f, StringBuilder sql, Map<String, Object> params) {
        if (f.projectId() == null && f.municipalityCode() == null && f.coordinatorId() == null && f.phase() == null
                && f.flag() == null) {
            return;
        }
        sql.append(" AND EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = p.id AND ")
                .append(AccessScope.ENROLLMENT_PREDICATE);
        if (f.flag() != CaseloadFlag.FOLLOW_UP_DUE) {
            sql.append(" AND e.status = 'open'");
        }
        if (f.projectId() != null) {
            sql.append(" AND e.project_id = :fProject");
            params.put("fProject", f.projectId());
        }
        if (f.municipalityCode() != null) {
            sql.append(" AND e.municipality_code = :fMunicipality");
            params.put("fMunicipality", f.municipalityCode());
        }
        if (f.coordinatorId() != null) {
            sql.append(" AND e.coordinator_id = :fCoordinator");
            params.put("fCoordinator", f.coordinatorId());
        }
        if (f.phase() != null) {
            sql.append(" AND e.phase = :fPhase");
            params.put("fPhase", f.phase().toString());
        }
        if (f.flag() != null) {
            sql.append(" AND ").append(CaseloadFlags.predicate(f.flag()));
        }
        sql.append(')');
    }

    /** Rows strictly after the cursor's row in the list's order. */
    private void keyset(ParticipantCursor cursor, StringBuilder sql, Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        List<Object[]> key = em.createNativeQuery(
                "SELECT p.sort_last_name, p.sort_first_name, DATE_FORMAT(p.created_at, '%Y-%m-%d %H:%i:%s.%f')"
                + " FROM participant p WHERE p.id = :id")
                .setParameter("id", cursor.lastId())
                .getResultList();
        if (key.isEmpty()) {
            throw ParticipantCursor.malformed();
        }
        Object[] k = key.get(0);
        params.put("kId", cursor.lastId());
        switch (cursor.sort()) {
            case NAME, _NAME -> {
                String op = cursor.sort() == ParticipantSort.NAME ? ">" : "<";
                sql.append(" AND (p.sort_last_name ").append(op).append(" :kLast OR (p.sort_last_name = :kLast AND (p.sort_first_name ")
                        .append(op).append(" :kFirst OR (p.sort_first_name = :kFirst AND p.id ").append(op).append(" :kId))))");
                params.put("kLast", k[0]);
                params.put("kFirst", k[1]);
            }
            case CREATED, _CREATED -> {
                String op = cursor.sort() == ParticipantSort.CREATED ? ">" : "<";
                sql.append(" AND (p.created_at ").append(op).append(" :kCreated OR (p.created_at = :kCreated AND p.id ")
                        .append(op).append(" :kId))");
                // As the session renders it, so that no time zone conversion can shift it.
                params.put("kCreated", k[2]);
            }
        }
    }

    /**
     * The open enrollment in the caller's scope of each listed participant: the one in the filtered
     * project if there is a project filter (a group's member picker adds that one), else the latest.
     */
    private void addOpenEnrollments(Map<UUID, ParticipantSummary> items, UUID me, UUID projectId) {
        if (items.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.participant_id, e.id, pr.name, e.phase, u.display_name"
                + " FROM enrollment e JOIN project pr ON pr.id = e.project_id LEFT JOIN app_user u ON u.id = e.coordinator_id"
                + " WHERE e.participant_id IN (:ids) AND e.status = 'open' AND " + AccessScope.ENROLLMENT_PREDICATE
                + " ORDER BY e.project_id = :project DESC, e.start_date DESC, e.created_at DESC, e.id DESC")
                .setParameter("ids", items.keySet())
                .setParameter("project", projectId)
                .setParameter("scopeUser", me)
                .getResultList();
        for (Object[] r : rows) {
            ParticipantSummary s = items.get(Sql.uuid(r[0]));
            if (s != null && s.getOpenEnrollmentId() == null) {
                s.setOpenEnrollmentId(Sql.uuid(r[1]));
                s.setProjectName((String) r[2]);
                s.setPhase(Phase.fromValue((String) r[3]));
                s.setCoordinatorName((String) r[4]);
            }
        }
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
