package se.stegvis.referral;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.webhook.WebhookOutbox;

/**
 * Records a referral's status changes. Each change is a {@code referral_event} row (the history)
 * and, in the same transaction, one outbox row per webhook subscription of the referring
 * organisation, so that an event is never lost and never sent for a change that was rolled back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralEvents {

    @Inject
    EntityManager em;

    @Inject
    WebhookOutbox outbox;

    public ReferralEventEntity record(ReferralEntity r, String type, String reason, String actor) {
        ReferralEventEntity e = new ReferralEventEntity();
        e.id = UUID.randomUUID();
        e.referralId = r.id;
        e.type = type;
        e.status = r.status;
        e.reason = reason;
        e.actor = actor;
        e.occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        em.persist(e);
        em.flush();
        outbox.enqueue(e.id, r.referringOrganisationId, e.occurredAt);
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferralEventEntity> history(UUID referralId) {
        return em.createQuery("FROM ReferralEventEntity WHERE referralId = :r ORDER BY occurredAt, seq",
                ReferralEventEntity.class).setParameter("r", referralId).getResultList();
    }
}
