package se.stegvis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * The seal chains entries in id order and stops at the first one still too young (a write-behind
 * read may be stored with an earlier time than an entry with a lower id): it never skips an entry
 * it would have to come back for, and it picks up where it stopped once the entry is old enough.
 */
@QuarkusTest
class AuditSealingWaitsForYoungEntriesTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditChain chain;

    @Inject
    EntityManager em;

    @Test
    void entriesAfterOneTooYoungToSealWaitAndAreSealedInOrderLater() {
        chain.seal();
        // An entry from "the future" is too young for any seal-after, including the tests' 0 s.
        long young = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                    INSERT INTO audit_event (occurred_at, username, client_id, action, resource, participant_count)
                    VALUES (CURRENT_TIMESTAMP(3) + INTERVAL 1 HOUR, 'sealing-test', 'test', 'LIST', 'sealing-test', 0)""")
                    .executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
        try {
            Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200);
            audit.flush();
            long after = lastId();

            chain.seal();

            assertNull(hashOf(young), "the young entry waits");
            assertNull(hashOf(after), "and so does every entry after it, though old enough");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE audit_event SET occurred_at = CURRENT_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE id = :id")
                    .setParameter("id", young).executeUpdate());
        }
        long after = lastId();
        chain.seal();
        assertNotNull(hashOf(young), "once old enough it is sealed");
        assertNotNull(hashOf(after), "with the entries after it");
        assertEquals(Optional.empty(), chain.verify(), "in one unbroken chain");
    }

    private long lastId() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT MAX(id) FROM audit_event")
                .getSingleResult()).longValue());
    }

    private byte[] hashOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "SELECT chain_hash FROM audit_seal WHERE event_id = :id").setParameter("id", id).getResultStream()
                .findFirst().orElse(null));
    }
}
