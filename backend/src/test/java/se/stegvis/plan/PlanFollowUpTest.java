package se.stegvis.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** The plan is followed up every second month: after the start, then after each meeting. */
@QuarkusTest
class PlanFollowUpTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    @Inject
    PlanTestData data;

    private static io.restassured.response.ValidatableResponse record(String user, UUID e, String json) {
        return Api.as(user).body(json).post("/enrollments/" + e + "/plan/follow-ups").then();
    }

    @Test
    void firstFollowUpIsDueTwoMonthsAfterTheStart() {
        UUID e = data.openEnrollment(START);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then()
                .statusCode(200)
                .body("followUps", emptyIterable())
                .body("nextFollowUpDue", equalTo("2026-03-12"));
    }

    @Test
    void meetingMovesTheNextFollowUpTwoMonthsOnAndIsKeptOnTheEnrollment() {
        UUID e = data.openEnrollment(START);
        String id = record(Tokens.ANNA, e, """
                {"meetingDate":"2026-03-10","attendees":"Deltagaren, handläggare AF, samordnare","note":"Delmål 1 uppnått."}""")
                .statusCode(201)
                .header("Location", endsWith("/api/v1/enrollments/" + e + "/plan"))
                .body("meetingDate", equalTo("2026-03-10"))
                .body("attendees", equalTo("Deltagaren, handläggare AF, samordnare"))
                .body("recordedBy.userId", equalTo(Tokens.ANNA_ID))
                .body("recordedBy.name", equalTo("Anna Lindqvist"))
                .extract().path("id");

        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then()
                .statusCode(200)
                .body("followUps.id", contains(id))
                .body("nextFollowUpDue", equalTo("2026-05-10"));
        assertEquals(LocalDate.of(2026, 3, 10), data.lastPlanFollowUpOn(e));
    }

    @Test
    void meetingRecordedLateDoesNotMoveTheDueDateBack() {
        UUID e = data.openEnrollment(START);
        record(Tokens.ANNA, e, "{\"meetingDate\":\"2026-03-10\"}").statusCode(201);
        record(Tokens.MARIA, e, "{\"meetingDate\":\"2026-02-20\"}").statusCode(201)
                .body("recordedBy.name", equalTo("Maria Holm"));

        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then()
                .body("followUps.meetingDate", contains("2026-03-10", "2026-02-20"))
                .body("followUps.recordedBy.name", contains("Anna Lindqvist", "Maria Holm"))
                .body("nextFollowUpDue", equalTo("2026-05-10"));
        assertEquals(LocalDate.of(2026, 3, 10), data.lastPlanFollowUpOn(e));
    }

    @Test
    void meetingInTheFutureIsRefused() {
        UUID e = data.openEnrollment(START);
        record(Tokens.ANNA, e, "{\"meetingDate\":\"2099-03-10\"}")
                .statusCode(422)
                .body("errors.field", contains("meetingDate"));
        assertEquals(null, data.lastPlanFollowUpOn(e));
    }

    @Test
    void meetingBeforeTheStartIsRefused() {
        UUID e = data.openEnrollment(START);
        record(Tokens.ANNA, e, "{\"meetingDate\":\"2026-01-11\"}")
                .statusCode(422)
                .body("errors.field", contains("meetingDate"));
    }

    @Test
    void exitedEnrollmentHasNoFollowUpDueAndTakesNoMeetings() {
        UUID e = data.openEnrollment(START);
        record(Tokens.ANNA, e, "{\"meetingDate\":\"2026-03-10\"}").statusCode(201);
        data.exit(e, LocalDate.of(2026, 6, 30));

        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then()
                .statusCode(200)
                .body("followUps", org.hamcrest.Matchers.hasSize(1))
                .body("nextFollowUpDue", nullValue());
        record(Tokens.ANNA, e, "{\"meetingDate\":\"2026-06-15\"}")
                .statusCode(409)
                .body("type", endsWith("/enrollment-exited"));
    }
}
