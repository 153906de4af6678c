package se.stegvis.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** The integrity endpoint. Tests that tamper with the log (here and in AuditChainTest) restore it. */
@QuarkusTest
class AuditIntegrityTest {

    @Inject
    AuditChain chain;

    @Inject
    EntityManager em;

    private long lastSealedId() {
        chain.seal();
        return QuarkusTransaction.requiringNew().call(chain::lastSealedId);
    }

    @Test
    void anAdminSeesAnIntactChainAndTheFirstEditedEntry() {
        Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200);
        Api.as(Tokens.ADMIN).get("/audit/integrity").then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBrokenEntryId", nullValue())
                .body("checkedEntries", greaterThan(0));

        Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200);
        long victim = lastSealedId();
        String original = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT username FROM audit_event WHERE id = :id").setParameter("id", victim).getSingleResult());
        setUsername(victim, "someone-else");
        try {
            Api.as(Tokens.ADMIN).get("/audit/integrity").then()
                    .statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenEntryId", equalTo((int) victim));
        } finally {
            setUsername(victim, original);
        }
        Api.as(Tokens.ADMIN).get("/audit/integrity").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void onlyAnAdminMayCheck() {
        Api.as(Tokens.MARIA).get("/audit/integrity").then().statusCode(403);
        Api.as(Tokens.SARA).get("/audit/integrity").then().statusCode(403);
    }

    private void setUsername(long id, String username) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_event SET username = :u WHERE id = :id").setParameter("u", username).setParameter("id", id)
                .executeUpdate());
    }
}
