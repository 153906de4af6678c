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
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(id), 0) FROM audit_event WHERE chain_hash IS NOT NULL").getSingleResult()).longValue());
    }

    @Test
    void sealedLogVerifiesAndAnEditedEntryIsDetected() {
        long anchor = lastSealedId();
        // Audited reads create entries to seal.
        Api.as(Tokens.ANNA).get("/caseload");
        Api.as(Tokens.ERIK).get("/caseload");
        chain.seal();
        assertEquals(Optional.empty(), chain.verifyAfter(anchor), "an untouched, sealed log verifies");

        long victim = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT MAX(id) FROM audit_event WHERE chain_hash IS NOT NULL").getSingleResult()).longValue());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_event SET username = 'someone-else' WHERE id = :id").setParameter("id", victim).executeUpdate());

        Optional<Long> broken = chain.verifyAfter(anchor);
        assertTrue(broken.isPresent(), "an edited entry breaks the chain");
        assertEquals(victim, broken.get());
    }

    @Test
    void deletedEntryIsDetected() {
        long anchor = lastSealedId();
        Api.as(Tokens.ANNA).get("/caseload");
        Api.as(Tokens.ANNA).get("/caseload");
        Api.as(Tokens.ANNA).get("/caseload");
        chain.seal();
        long middle = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT MAX(id) - 1 FROM audit_event WHERE chain_hash IS NOT NULL").getSingleResult()).longValue());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM audit_event_participant WHERE event_id = :id").setParameter("id", middle).executeUpdate();
            em.createNativeQuery("DELETE FROM audit_event WHERE id = :id").setParameter("id", middle).executeUpdate();
        });
        assertTrue(chain.verifyAfter(anchor).isPresent(), "a removed entry breaks the chain");
    }
}
