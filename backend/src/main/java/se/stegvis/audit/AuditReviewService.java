package se.stegvis.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.AuditAction;
import se.stegvis.api.generated.model.AuditEvent;
import se.stegvis.api.generated.model.AuditEventPage;
import se.stegvis.api.generated.model.AuditIntegrity;
import se.stegvis.api.generated.model.UnusualAccess;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.Roles;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.web.Sql;

/**
 * Review of the audit log: the events, users with unusual access, and the hash chain's integrity.
 * Admins see everything; a project manager sees only what concerns participants with an enrollment
 * within their assignments (filtered in SQL, including the participant ids an event lists).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditReviewService {

    static final String RESOURCE = "audit";

    /** SQL true when participant id expression {@code %s} has an enrollment within {@code :scopeUser}'s assignments. */
    private static final String IN_SCOPE = "EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = %s AND "
            + AccessScope.ENROLLMENT_PREDICATE + ")";

    /** Actions that read participant data (for unusual access). */
    private static final String READ_ACTIONS = "('READ', 'LIST', 'REVEAL_IDENTITY')";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    AuditChain chain;

    public record Filter(UUID userId, UUID participantId, OffsetDateTime from, OffsetDateTime to, AuditAction action) {
    }

    public AuditEventPage list(Filter f, int limit, String cursor) {
        audit.flush(); // reads still in the write-behind queue belong in the answer
        boolean scoped = scoped();
        Long before = cursor == null || cursor.isBlank() ? null : parseCursor(cursor);
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, ROUND(UNIX_TIMESTAMP(a.occurred_at) * 1000), a.user_id, a.username, a.roles, a.organisation_code,
                  a.client_id, a.action, a.resource, a.resource_id
                FROM audit_event a WHERE 1 = 1""");
        Map<String, Object> params = new HashMap<>();
        if (f.userId() != null) {
            sql.append(" AND a.user_id = :userId");
            params.put("userId", f.userId());
        }
        if (f.participantId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM audit_event_participant fp WHERE fp.event_id = " + AuditLog.participantRowsOf("a")
                    + " AND fp.participant_id = :pid)");
            params.put("pid", f.participantId());
        }
        period(sql, params, f.from(), f.to());
        if (f.action() != null) {
            sql.append(" AND a.action = :action");
            params.put("action", f.action().toString());
        }
        if (before != null) {
            sql.append(" AND a.id < :before");
            params.put("before", before);
        }
        if (scoped) {
            sql.append(" AND EXISTS (SELECT 1 FROM audit_event_participant sp WHERE sp.event_id = ")
                    .append(AuditLog.participantRowsOf("a")).append(" AND ")
                    .append(IN_SCOPE.formatted("sp.participant_id")).append(')');
            params.put("scopeUser", user.id());
        }
        sql.append(" ORDER BY a.id DESC LIMIT ").append(limit + 1);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();

        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Map<Long, List<UUID>> participants = participantsOf(page.stream().map(r -> ((Number) r[0]).longValue()).toList(), scoped);
        List<AuditEvent> items = new ArrayList<>();
        for (Object[] r : page) {
            long id = ((Number) r[0]).longValue();
            AuditEvent e = new AuditEvent(id,
                    Instant.ofEpochMilli(((Number) r[1]).longValue()).atOffset(ZoneOffset.UTC),
                    AuditAction.fromValue((String) r[7]), (String) r[8],
                    new ArrayList<>(participants.getOrDefault(id, List.of())));
            e.setUserId(Sql.uuid(r[2]));
            e.setUsername((String) r[3]);
            e.setRoles(r[4] == null || r[4].toString().isBlank() ? new ArrayList<>()
                    : new ArrayList<>(Arrays.asList(r[4].toString().split(","))));
            e.setOrganisationCode((String) r[5]);
            e.setClientId((String) r[6]);
            e.setResourceId(Sql.uuid(r[9]));
            items.add(e);
        }
        // Reading the log is itself recorded; it names no participants.
        audit.record(AuditLog.Action.LIST, RESOURCE, null, List.of());
        AuditEventPage result = new AuditEventPage(items);
        result.setNextCursor(more ? encodeCursor(((Number) page.get(page.size() - 1)[0]).longValue()) : null);
        return result;
    }

    /**
     * Per user in the period: distinct participants read, how many of them lie outside the user's
     * own caseload (no enrollment the user coordinates), and identity reveals. One grouped query.
     */
    public List<UnusualAccess> unusualAccess(OffsetDateTime from, OffsetDateTime to, int threshold) {
        audit.flush();
        if (!to.isAfter(from)) {
            throw ApiException.badRequest("to", "must be after from");
        }
        boolean scoped = scoped();
        StringBuilder sql = new StringBuilder("""
                SELECT a.user_id, MAX(a.username), MAX(u.display_name),
                  COUNT(DISTINCT ap.participant_id) AS participants_read,
                  COUNT(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM enrollment own
                        WHERE own.coordinator_id = a.user_id AND own.participant_id = ap.participant_id)
                      THEN ap.participant_id END) AS outside_caseload,
                  COUNT(DISTINCT CASE WHEN a.action = 'REVEAL_IDENTITY' THEN a.id END) AS reveals
                FROM audit_event a
                JOIN audit_event_participant ap ON ap.event_id = %s
                LEFT JOIN app_user u ON u.id = a.user_id
                WHERE a.user_id IS NOT NULL AND a.action IN """.formatted(AuditLog.participantRowsOf("a"))).append(READ_ACTIONS);
        Map<String, Object> params = new HashMap<>();
        period(sql, params, from, to);
        if (scoped) {
            sql.append(" AND ").append(IN_SCOPE.formatted("ap.participant_id"));
            params.put("scopeUser", user.id());
        }
        sql.append("""
                 GROUP BY a.user_id
                HAVING outside_caseload >= :threshold
                ORDER BY outside_caseload DESC, participants_read DESC, a.user_id""");
        params.put("threshold", threshold);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<UnusualAccess> result = new ArrayList<>();
        for (Object[] r : rows) {
            UnusualAccess u = new UnusualAccess(Sql.uuid(r[0]), Sql.integer(r[3]), Sql.integer(r[4]), Sql.integer(r[5]));
            u.setUsername((String) r[1]);
            u.setName((String) r[2]);
            result.add(u);
        }
        audit.record(AuditLog.Action.LIST, RESOURCE, null, List.of());
        return result;
    }

    /** Seals what is pending, then checks the whole chain. */
    public AuditIntegrity integrity() {
        chain.seal();
        Optional<Long> broken = chain.verify();
        Number unsealed = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE id > :lastSealed")
                .setParameter("lastSealed", chain.lastSealedId()).getSingleResult();
        Number checked = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_seal WHERE event_id <= :upTo")
                .setParameter("upTo", broken.orElse(Long.MAX_VALUE)).getSingleResult();
        AuditIntegrity result = new AuditIntegrity(broken.isEmpty(), checked.longValue());
        result.setFirstBrokenEntryId(broken.orElse(null));
        result.setUnsealedEntries(unsealed.longValue());
        return result;
    }

    // ---------------------------------------------------------------------------------- helpers

    /** Admins see the whole log; anyone else (project managers) only their projects' participants. */
    private boolean scoped() {
        directory.remember(user);
        return !user.hasRole(Roles.ADMIN);
    }

    private Map<Long, List<UUID>> participantsOf(List<Long> eventIds, boolean scoped) {
        Map<Long, List<UUID>> result = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return result;
        }
        String sql = "SELECT a.id, ap.participant_id FROM audit_event a JOIN audit_event_participant ap ON ap.event_id = "
                + AuditLog.participantRowsOf("a") + " WHERE a.id IN (:ids)"
                + (scoped ? " AND " + IN_SCOPE.formatted("ap.participant_id") : "")
                + " ORDER BY a.id, ap.participant_id";
        Query q = em.createNativeQuery(sql).setParameter("ids", eventIds);
        if (scoped) {
            q.setParameter("scopeUser", user.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(Sql.uuid(r[1]));
        }
        return result;
    }

    /** Bound as Unix seconds, so that the comparison does not depend on the session's time zone. */
    private static void period(StringBuilder sql, Map<String, Object> params, OffsetDateTime from, OffsetDateTime to) {
        if (from != null) {
            sql.append(" AND a.occurred_at >= FROM_UNIXTIME(:fromSeconds)");
            params.put("fromSeconds", seconds(from));
        }
        if (to != null) {
            sql.append(" AND a.occurred_at < FROM_UNIXTIME(:toSeconds)");
            params.put("toSeconds", seconds(to));
        }
    }

    private static BigDecimal seconds(OffsetDateTime t) {
        return BigDecimal.valueOf(t.toInstant().toEpochMilli()).movePointLeft(3);
    }

    private static String encodeCursor(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("a:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long parseCursor(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!plain.startsWith("a:")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(plain.substring(2));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cursor", "is not a cursor this list returned");
        }
    }
}
