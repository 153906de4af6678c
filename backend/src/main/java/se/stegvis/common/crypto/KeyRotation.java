package se.stegvis.common.crypto;

import java.util.List;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.common.web.Sql;

/**
 * Key rotation for identity numbers: after a new key is made active, rewrites every stored
 * identity number (participants and referrals) still encrypted under an older key, in batches,
 * hourly and in one backend instance at a time. An old key can be removed from the configuration
 * once {@link #remaining()} is zero.
 */
@ApplicationScoped
public class KeyRotation {

    private static final int BATCH = 500;
    private static final List<String> TABLES = List.of("participant", "referral");

    @Inject
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Scheduled(every = "${stegvis.crypto.rotation-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rotatePeriodically() {
        try {
            int rewritten;
            do {
                rewritten = reencryptBatch();
            } while (rewritten == BATCH);
        } catch (RuntimeException e) {
            Log.warnf("Re-encrypting identity numbers failed (%s); will retry", e.getClass().getSimpleName());
        }
    }

    /** Rewrites up to one batch per table under the active key; answers how many rows it rewrote. */
    @Transactional
    public int reencryptBatch() {
        Number locked = (Number) em.createNativeQuery("SELECT GET_LOCK('stegvis_key_rotation', 0)").getSingleResult();
        if (locked == null || locked.intValue() != 1) {
            return 0;
        }
        try {
            int rewritten = 0;
            for (String table : TABLES) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("SELECT id, identity_cipher FROM " + table
                        + " WHERE identity_cipher IS NOT NULL AND ASCII(identity_cipher) <> :active LIMIT " + BATCH)
                        .setParameter("active", cipher.activeKeyId())
                        .getResultList();
                for (Object[] row : rows) {
                    byte[] fresh = cipher.encrypt(cipher.decrypt((byte[]) row[1]));
                    em.createNativeQuery("UPDATE " + table + " SET identity_cipher = :c WHERE id = :id")
                            .setParameter("c", fresh).setParameter("id", Sql.uuid(row[0])).executeUpdate();
                    rewritten++;
                }
            }
            return rewritten;
        } finally {
            em.createNativeQuery("SELECT RELEASE_LOCK('stegvis_key_rotation')").getSingleResult();
        }
    }

    /** Stored identity numbers not yet under the active key. */
    @Transactional
    public long remaining() {
        long total = 0;
        for (String table : TABLES) {
            total += ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table
                    + " WHERE identity_cipher IS NOT NULL AND ASCII(identity_cipher) <> :active")
                    .setParameter("active", cipher.activeKeyId()).getSingleResult()).longValue();
        }
        return total;
    }
}
