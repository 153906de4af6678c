package se.stegvis.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.stegvis.common.web.Sql;

/**
 * Background upkeep of referrals: the {@code referral.exited} event once the enrollment made from
 * a referral has ended (the enrollment feature knows nothing of referrals, so this watches for
 * it), and forgetting idempotency keys after 30 days.
 */
@ApplicationScoped
public class ReferralMaintenance {

    static final String SYSTEM_ACTOR = "Stegvis";

    @Inject
    EntityManager em;

    @Inject
    ReferralEvents events;

    @Scheduled(identity = "referral-exit-events", every = "${stegvis.referrals.exit-scan-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void emitExitEvents() {
        // With several backend instances, SKIP LOCKED alone leaves a window: an instance whose
        // snapshot predates another's commit would not see that event and emit it again. A
        // database lock makes the scan run in one instance at a time (the others skip the round);
        // it is held on its own connection and released only after the scan has committed.
        QuarkusTransaction.requiringNew().run(() -> {
            Number locked = (Number) em.createNativeQuery("SELECT GET_LOCK('stegvis_referral_exit_events', 0)").getSingleResult();
            if (locked == null || locked.intValue() != 1) {
                return;
            }
            try {
                QuarkusTransaction.requiringNew().run(this::emitExitEventsLocked);
            } finally {
                em.createNativeQuery("SELECT RELEASE_LOCK('stegvis_referral_exit_events')").getSingleResult();
            }
        });
    }

    private void emitExitEventsLocked() {
        {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("""
                    SELECT r.id FROM referral r WHERE r.status = 'enrolled'
                      AND EXISTS (SELECT 1 FROM enrollment e WHERE e.id = r.enrollment_id AND e.status = 'exited')
                      AND NOT EXISTS (SELECT 1 FROM referral_event ev WHERE ev.referral_id = r.id AND ev.type = 'referral.exited')
                    LIMIT 100 FOR UPDATE SKIP LOCKED""").getResultList();
            for (Object id : ids) {
                ReferralEntity r = em.find(ReferralEntity.class, Sql.uuid(id));
                r.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                events.record(r, "referral.exited", null, SYSTEM_ACTOR);
            }
        }
    }

    @Scheduled(identity = "idempotency-key-cleanup", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeys() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < :before")
                .setParameter("before", Instant.now().minus(Duration.ofDays(30))).executeUpdate());
    }
}
