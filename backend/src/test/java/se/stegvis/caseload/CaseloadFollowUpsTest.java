package se.stegvis.caseload;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * The six-month follow-up list. T is today; a follow-up is due when exit + 6 months ≤ T + 14 days.
 * Exit on (T + 14 days) − 6 months is exactly on the boundary (due); one day later is not.
 */
@QuarkusTest
class CaseloadFollowUpsTest {

    @Inject
    EnrollmentRows rows;

    @Test
    void exitedEnrollmentsAreDueFromTwoWeeksBeforeSixMonthsUntilTheFollowUpIsRecorded() {
        LocalDate t = EnrollmentRows.today();
        UUID anna = UUID.fromString(Tokens.ANNA_ID);
        String prefix = People.uniqueName("Fu");
        LocalDate boundary = t.plusDays(14).minusMonths(6);

        UUID due = rows.insert(EnrollmentRows.open(People.create(Tokens.ANNA, "Du", prefix + "d"), anna)
                .start(boundary.minusMonths(6)).exited(boundary, null));
        UUID notYet = rows.insert(EnrollmentRows.open(People.create(Tokens.ANNA, "Ny", prefix + "n"), anna)
                .start(boundary.minusMonths(6)).exited(boundary.plusDays(1), null));
        UUID overdue = rows.insert(EnrollmentRows.open(People.create(Tokens.ANNA, "Ov", prefix + "o"), anna)
                .start(t.minusMonths(14)).exited(t.minusMonths(8), null));
        UUID recorded = rows.insert(EnrollmentRows.open(People.create(Tokens.ANNA, "Re", prefix + "r"), anna)
                .start(t.minusMonths(14)).exited(t.minusMonths(8), t.minusDays(20)));
        UUID open = rows.insert(EnrollmentRows.open(People.create(Tokens.ANNA, "Op", prefix + "p"), anna)
                .start(t.minusMonths(14)));

        Api.as(Tokens.ANNA).get("/caseload/follow-ups-due").then()
                .statusCode(200)
                .body("enrollmentId", hasItem(due.toString()))
                .body("enrollmentId", hasItem(overdue.toString()))
                .body("enrollmentId", not(hasItem(notYet.toString())))
                .body("enrollmentId", not(hasItem(recorded.toString())))
                .body("enrollmentId", not(hasItem(open.toString())))
                .body("find { it.enrollmentId == '" + due + "' }.flags", org.hamcrest.Matchers.contains("follow_up_due"))
                .body("find { it.enrollmentId == '" + due + "' }.exitDate", equalTo(boundary.toString()))
                .body("find { it.enrollmentId == '" + due + "' }.phase", equalTo("exit"));

        // The project manager sees the project's; a coordinator outside the scope does not.
        Api.as(Tokens.MARIA).get("/caseload/follow-ups-due").then()
                .statusCode(200)
                .body("enrollmentId", hasItem(due.toString()));
        Api.as(Tokens.ERIK).get("/caseload/follow-ups-due").then()
                .statusCode(200)
                .body("enrollmentId", not(hasItem(due.toString())));
    }
}
