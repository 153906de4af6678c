package se.stegvis.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.StatementCount;
import se.stegvis.testsupport.Tokens;

/**
 * Submitting a referral with an Idempotency-Key costs a small, fixed number of SQL statements
 * (issue #8, the write benchmark). Counted as the statements Hibernate prepares for the requests ({@link StatementCount});
 * the audit entry's own JDBC statement is not among them.
 */
@QuarkusTest
class SubmissionCostsFixedStatementsTest {

    /** The organisations; the idempotency key; the project; the referral; its event; the outbox. */
    static final long STATEMENTS = 6;

    private static int submit() {
        return Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", "statements-" + UUID.randomUUID())
                .body(Referrals.body(Referrals.uniqueReason())).post("/referrals").statusCode();
    }

    @Test
    void aSubmissionCostsAtMostSixStatements() {
        assertEquals(201, submit());
        long statements = StatementCount.during(() -> assertEquals(201, submit()));
        assertTrue(statements <= STATEMENTS, "statements for a referral: " + statements);
    }
}
