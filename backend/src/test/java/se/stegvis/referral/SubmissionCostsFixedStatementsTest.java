package se.stegvis.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.StatementCount;
import se.stegvis.testsupport.Tokens;

/**
 * Submitting a referral with an Idempotency-Key costs a small, fixed number of SQL statements
 * (issue #8, the write benchmark). Counted with Hibernate's statistics (on in the test profile);
 * the audit entry's own JDBC statement is not among them.
 */
@QuarkusTest
class SubmissionCostsFixedStatementsTest {

    /** The organisations; the idempotency key; the project; the referral; its event; the outbox. */
    static final long STATEMENTS = 6;

    @Inject
    SessionFactory sessions;

    private static int submit() {
        return Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", "statements-" + UUID.randomUUID())
                .body(Referrals.body(Referrals.uniqueReason())).post("/referrals").statusCode();
    }

    @Test
    void aSubmissionCostsAtMostSixStatements() {
        assertEquals(201, submit());
        long least = StatementCount.leastOfThree(sessions, () -> assertEquals(201, submit()));
        assertTrue(least <= STATEMENTS, "statements for a referral: " + least);
    }
}
