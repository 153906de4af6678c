package se.stegvis.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.common.security.CurrentUser;

/**
 * Writes who read or changed which participants' data. Called by every service that returns or
 * changes participant data, in the same transaction as a change, so that a change is never
 * stored without its audit entry. Entries hold ids only, never identity numbers or names.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    public enum Action {
        READ, LIST, CREATE, UPDATE, REVEAL_IDENTITY, EXPORT
    }

    private static final int PARTICIPANTS_PER_INSERT = 1000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    public void record(Action action, String resource, UUID resourceId, Collection<UUID> participantIds) {
        insert(user.id(), user.username(), String.join(",", user.roles().stream().sorted().toList()),
                user.organisationCode(), user.clientId(), action, resource, resourceId, participantIds);
    }

    /**
     * An entry written by the system itself, outside any request (the nightly retention job):
     * no user, {@code system} as the client and the job's name as the username.
     */
    public void recordSystem(String job, Action action, String resource, UUID resourceId, Collection<UUID> participantIds) {
        insert(null, job, null, null, "system", action, resource, resourceId, participantIds);
    }

    private void insert(UUID userId, String username, String roles, String org, String client, Action action,
            String resource, UUID resourceId, Collection<UUID> participantIds) {
        List<UUID> participants = participantIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        em.createNativeQuery("""
                INSERT INTO audit_event (user_id, username, roles, organisation_code, client_id, action, resource,
                  resource_id, participant_count)
                VALUES (:user, :username, :roles, :org, :client, :action, :resource, :resourceId, :count)""")
                .setParameter("user", userId)
                .setParameter("username", username)
                .setParameter("roles", roles)
                .setParameter("org", org)
                .setParameter("client", client)
                .setParameter("action", action.name())
                .setParameter("resource", resource)
                .setParameter("resourceId", resourceId)
                .setParameter("count", participants.size())
                .executeUpdate();
        if (participants.isEmpty()) {
            return;
        }
        long eventId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        // In chunks: a system entry (retention) may name thousands of participants.
        for (int from = 0; from < participants.size(); from += PARTICIPANTS_PER_INSERT) {
            List<UUID> chunk = participants.subList(from, Math.min(participants.size(), from + PARTICIPANTS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO audit_event_participant (event_id, participant_id) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(:e, :p").append(i).append(')');
            }
            var insert = em.createNativeQuery(sql.toString()).setParameter("e", eventId);
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter("p" + i, chunk.get(i));
            }
            insert.executeUpdate();
        }
    }

    public void record(Action action, String resource, UUID resourceId, UUID participantId) {
        record(action, resource, resourceId, participantId == null ? List.of() : List.of(participantId));
    }
}
