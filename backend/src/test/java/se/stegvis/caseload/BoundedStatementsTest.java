package se.stegvis.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.StatementCount;
import se.stegvis.testsupport.Tokens;

/**
 * The caseload and the participant page cost a fixed number of SQL statements, however many rows
 * they show: no query per row (counted as the statements Hibernate prepares for the requests, {@link StatementCount}).
 */
@QuarkusTest
class BoundedStatementsTest {

    static final UUID ANNA = UUID.fromString(Tokens.ANNA_ID);

    @Inject
    EnrollmentRows rows;

    private UUID openEnrollmentOfAnna(String prefix, int interventions) {
        UUID participant = People.create(Tokens.ANNA, "Ada", prefix);
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ANNA));
        for (int i = 0; i < interventions; i++) {
            rows.intervention(enrollment, i % 2 == 0 ? EnrollmentRows.WORK_TRAINING : EnrollmentRows.PHYSIOTHERAPY, "ongoing",
                    EnrollmentRows.today().minusDays(10 + i), null);
        }
        return enrollment;
    }

    @Test
    void theCaseloadCostsTheSameStatementsForTenMoreParticipants() {
        Runnable caseload = () -> Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200);
        caseload.run(); // the caller is remembered and everything is loaded once
        String prefix = People.uniqueName("Bs");
        openEnrollmentOfAnna(prefix + "x", 3); // so that the caseload is computed afresh, not kept
        long small = StatementCount.during(caseload);
        for (int i = 0; i < 10; i++) {
            openEnrollmentOfAnna(prefix + i, 3);
        }
        assertTrue(small > 0, "the caseload was computed, not kept: " + small + " statements");
        assertEquals(small, StatementCount.during(caseload), "statements for the caseload after adding ten participants");
    }

    @Test
    void theParticipantPageCostsTheSameStatementsForOneOrSixInterventions() {
        String prefix = People.uniqueName("Bp");
        UUID few = openEnrollmentOfAnna(prefix + "a", 1);
        UUID many = openEnrollmentOfAnna(prefix + "b", 6);
        page(openEnrollmentOfAnna(prefix + "c", 2)).run(); // what all pages share is loaded once
        long fewStatements = StatementCount.during(page(few));
        assertTrue(fewStatements > 0, "the page was computed, not kept: " + fewStatements + " statements");
        assertEquals(fewStatements, StatementCount.during(page(many)), "statements for the participant page, 1 vs 6 interventions");
    }

    private Runnable page(UUID enrollment) {
        return () -> {
            Api.as(Tokens.ANNA).get("/enrollments/" + enrollment).then().statusCode(200);
            Api.as(Tokens.ANNA).get("/enrollments/" + enrollment + "/interventions").then().statusCode(200);
            Api.as(Tokens.ANNA).get("/enrollments/" + enrollment + "/assessments").then().statusCode(200);
            Api.as(Tokens.ANNA).get("/enrollments/" + enrollment + "/plan").then().statusCode(200);
        };
    }
}
