package se.stegvis.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Puts an event in the outbox for every live subscription of the organisation, in the caller's
 * transaction: the event is delivered if and only if the change is committed, and survives
 * restarts because it is a row, not a message in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookOutbox {

    @Inject
    EntityManager em;

    public int enqueue(UUID eventId, UUID organisationId, Instant at) {
        return em.createNativeQuery("""
                INSERT INTO webhook_delivery (id, subscription_id, event_id, state, attempt_count, next_attempt_at, created_at)
                SELECT UUID(), s.id, :event, 'pending', 0, :at, :at FROM webhook_subscription s
                WHERE s.organisation_id = :org AND s.deleted_at IS NULL""")
                .setParameter("event", eventId)
                .setParameter("org", organisationId)
                .setParameter("at", at)
                .executeUpdate();
    }
}
