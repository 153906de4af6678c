package se.stegvis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class AuditChainTest {

    @Inject
    AuditChain chain;

    @Inject
    EntityManager em;

    private long lastSealedId() {
        chain.seal();
        return sealedUpTo();
    }

    /** The last sealed id before the callers' audited reads, which are then sealed after it. */
    private long anchorBeforeSealedReads(String... callers) {
        long anchor = lastSealedId();
        for (String caller : callers) {
            Api.as(caller).get("/caseload");
        }
        chain.seal();
        return anchor;
    }

    @Test
    void sealedLogVerifiesAndAnEditedEntryIsDetected() {
        long anchor = anchorBeforeSealedReads(Tokens.ANNA, Tokens.ERIK);
        assertEquals(Optional.empty(), chain.verifyAfter(anchor), "an untouched, sealed log verifies");

        long victim = sealedUpTo();
        String original = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT username FROM audit_event WHERE id = :id").setParameter("id", victim).getSingleResult());
        setUsername(victim, "someone-else");
        try {
            Optional<Long> broken = chain.verifyAfter(anchor);
            assertTrue(broken.isPresent(), "an edited entry breaks the chain");
            assertEquals(victim, broken.get());
        } finally {
            // Restored, so that tests checking the whole chain (AuditIntegrityTest) are not affected.
            setUsername(victim, original);
        }
        assertEquals(Optional.empty(), chain.verifyAfter(anchor), "the restored entry verifies again");
    }

    private void setUsername(long id, String username) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_event SET username = :u WHERE id = :id").setParameter("u", username).setParameter("id", id)
                .executeUpdate());
    }

    @Test
    void deletedEntryIsDetected() {
        long anchor = anchorBeforeSealedReads(Tokens.ANNA, Tokens.ANNA, Tokens.ANNA);
        long last = sealedUpTo();
        assertBreakWhileRemoved(anchor, secondLastSealedId(), last, "a removed entry breaks the chain at the entry after it");
    }

    @Test
    void theLastSealedEntryRemovedIsDetected() {
        long anchor = anchorBeforeSealedReads(Tokens.ANNA, Tokens.ERIK);
        long last = sealedUpTo();
        assertBreakWhileRemoved(anchor, last, last, "its hash, left without its entry, shows it");
    }

    /** The highest sealed id, without sealing first. */
    private long sealedUpTo() {
        return QuarkusTransaction.requiringNew().call(chain::lastSealedId);
    }

    /** With entry {@code removed} gone the chain after {@code anchor} breaks at {@code brokenAt}; put back, it verifies. */
    private void assertBreakWhileRemoved(long anchor, long removed, long brokenAt, String why) {
        removeAndRestore(removed, () -> assertEquals(Optional.of(brokenAt), chain.verifyAfter(anchor), why));
        assertEquals(Optional.empty(), chain.verifyAfter(anchor), "the restored entry verifies again");
    }

    @Test
    void anEntryWithoutItsHashAmongSealedOnesIsDetected() {
        long anchor = anchorBeforeSealedReads(Tokens.ANNA, Tokens.ERIK);
        long middle = secondLastSealedId();
        byte[] hash = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "SELECT chain_hash FROM audit_seal WHERE event_id = :id").setParameter("id", middle).getSingleResult());
        // As an entry slipped in among sealed ones would look: present, but never hashed.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM audit_seal WHERE event_id = :id")
                .setParameter("id", middle).executeUpdate());
        try {
            assertEquals(Optional.of(middle), chain.verifyAfter(anchor), "the unhashed entry breaks the chain");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "INSERT INTO audit_seal (event_id, chain_hash) VALUES (:id, :h)")
                    .setParameter("id", middle).setParameter("h", hash).executeUpdate());
        }
        assertEquals(Optional.empty(), chain.verifyAfter(anchor), "its hash put back, the chain verifies again");
    }

    private long secondLastSealedId() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT event_id FROM audit_seal ORDER BY event_id DESC LIMIT 1 OFFSET 1").getSingleResult()).longValue());
    }

    /** Removes the entry (and its participant rows), runs the check, then puts it back exactly as it was. */
    private void removeAndRestore(long id, Runnable check) {
        Object[] saved = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                SELECT id, DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f'), user_id, username, roles, organisation_code,
                  client_id, action, resource, resource_id, participant_count, participants_of
                FROM audit_event WHERE id = :id""").setParameter("id", id).getSingleResult());
        @SuppressWarnings("unchecked")
        java.util.List<Object> participants = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT participant_id FROM audit_event_participant WHERE event_id = :id").setParameter("id", id)
                .getResultList());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM audit_event_participant WHERE event_id = :id").setParameter("id", id).executeUpdate();
            em.createNativeQuery("DELETE FROM audit_event WHERE id = :id").setParameter("id", id).executeUpdate();
        });
        try {
            check.run();
        } finally {
            // Put back, so that tests checking the whole chain (AuditIntegrityTest) are not affected.
            QuarkusTransaction.requiringNew().run(() -> {
                var insert = em.createNativeQuery("""
                        INSERT INTO audit_event (id, occurred_at, user_id, username, roles, organisation_code, client_id, action,
                          resource, resource_id, participant_count, participants_of)
                        VALUES (:c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7, :c8, :c9, :c10, :c11)""");
                for (int i = 0; i < saved.length; i++) {
                    insert.setParameter("c" + i, saved[i]);
                }
                insert.executeUpdate();
                for (Object p : participants) {
                    em.createNativeQuery("INSERT INTO audit_event_participant (event_id, participant_id) VALUES (:e, :p)")
                            .setParameter("e", id).setParameter("p", p).executeUpdate();
                }
            });
        }
    }
}
