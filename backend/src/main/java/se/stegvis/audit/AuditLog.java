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

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    public void record(Action action, String resource, UUID resourceId, Collection<UUID> participantIds) {
        List<UUID> participants = participantIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        em.createNativeQuery("""
                INSERT INTO audit_event (user_id, username, roles, organisation_code, client_id, action, resource,
                  resource_id, participant_count)
                VALUES (:user, :username, :roles, :org, :client, :action, :resource, :resourceId, :count)""")
                .setParameter("user", user.id())
                .setParameter("username", user.username())
                .setParameter("roles", String.join(",", user.roles().stream().sorted().toList()))
                .setParameter("org", user.organisationCode())
                .setParameter("client", user.clientId())
                .setParameter("action", action.name())
                .setParameter("resource", resource)
                .setParameter("resourceId", resourceId)
                .setParameter("count", participants.size())
                .executeUpdate();
        if (participants.isEmpty()) {
            return;
        }
        long eventId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        StringBuilder sql = new StringBuilder("INSERT INTO audit_event_participant (event_id, participant_id) VALUES ");
        for (int i = 0; i < participants.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(:e, :p").append(i).append(')');
        }
        var insert = em.createNativeQuery(sql.toString()).setParameter("e", eventId);
        for (int i = 0; i < participants.size(); i++) {
            insert.setParameter("p" + i, participants.get(i));
        }
        insert.executeUpdate();
    }

    public void record(Action action, String resource, UUID resourceId, UUID participantId) {
        record(action, resource, resourceId, participantId == null ? List.of() : List.of(participantId));
    }
}
