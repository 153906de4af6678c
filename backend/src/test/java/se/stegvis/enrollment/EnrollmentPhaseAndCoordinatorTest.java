package se.stegvis.enrollment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.stegvis.enrollment.EnrollmentFixtures.MAC;
import static se.stegvis.enrollment.EnrollmentFixtures.SKOVDE;
import static se.stegvis.enrollment.EnrollmentFixtures.enroll;
import static se.stegvis.enrollment.EnrollmentFixtures.etag;
import static se.stegvis.enrollment.EnrollmentFixtures.participant;
import static se.stegvis.enrollment.EnrollmentFixtures.today;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class EnrollmentPhaseAndCoordinatorTest {

    private final LocalDate start = today().minusDays(60);

    private String newEnrollment() {
        return enroll(Tokens.ANNA, participant(Tokens.ANNA_ID, start.getYear() - 35), MAC, SKOVDE, start);
    }

    private ValidatableResponse phase(String id, String phase, LocalDate from) {
        return Api.as(Tokens.ANNA).header("If-Match", etag(Tokens.ANNA, id))
                .body("{\"phase\":\"%s\",\"fromDate\":\"%s\"}".formatted(phase, from))
                .post("/enrollments/" + id + "/phase").then();
    }

    private ValidatableResponse coordinator(String id, String userId, LocalDate from) {
        return Api.as(Tokens.ANNA).header("If-Match", etag(Tokens.ANNA, id))
                .body("{\"coordinatorUserId\":\"%s\",\"fromDate\":\"%s\"}".formatted(userId, from))
                .post("/enrollments/" + id + "/coordinator").then();
    }

    @Test
    void phaseChangesAreKeptInOrder() {
        String id = newEnrollment();

        phase(id, "activity", start.plusDays(20)).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("phase", equalTo("activity"))
                .body("phaseHistory.phase", contains("mapping", "activity"))
                .body("phaseHistory.fromDate", contains(start.toString(), start.plusDays(20).toString()))
                .body("phaseHistory[1].changedBy", equalTo("Anna Lindqvist"));
        phase(id, "trial", start.plusDays(40)).statusCode(200)
                .body("phase", equalTo("trial"))
                .body("phaseHistory.phase", contains("mapping", "activity", "trial"))
                .body("version", equalTo(2));
    }

    @Test
    void phaseChangeOutOfOrderOrAheadOrToTheSamePhaseIsRefused() {
        String id = newEnrollment();
        phase(id, "activity", start.plusDays(20)).statusCode(200);

        phase(id, "trial", start.plusDays(19)).statusCode(422)
                .body("errors.field", contains("fromDate"));
        phase(id, "trial", start.minusDays(1)).statusCode(422)
                .body("errors.field", contains("fromDate"));
        phase(id, "trial", today().plusDays(1)).statusCode(422)
                .body("errors.field", contains("fromDate"));
        phase(id, "activity", start.plusDays(30)).statusCode(422)
                .body("errors.field", contains("phase"));
        // Exit is reached only by exiting.
        phase(id, "exit", start.plusDays(30)).statusCode(400);
    }

    @Test
    void everyCoordinatorChangeIsCountedWithNames() {
        String id = newEnrollment();
        Api.as(Tokens.ANNA).get("/enrollments/" + id).then()
                .body("coordinatorChanges", equalTo(0));

        coordinator(id, Tokens.MARIA_ID, start.plusDays(10)).statusCode(200)
                .body("coordinator.name", equalTo("Maria Holm"))
                .body("coordinatorChanges", equalTo(1))
                .body("coordinatorHistory.coordinator.name", contains("Anna Lindqvist", "Maria Holm"))
                .body("coordinatorHistory[0].toDate", equalTo(start.plusDays(10).toString()))
                .body("coordinatorHistory[1].fromDate", equalTo(start.plusDays(10).toString()))
                .body("coordinatorHistory[1].toDate", nullValue());
        coordinator(id, Tokens.ANNA_ID, start.plusDays(30)).statusCode(200)
                .body("coordinator.userId", equalTo(Tokens.ANNA_ID))
                .body("coordinatorChanges", equalTo(2))
                .body("coordinatorHistory.coordinator.name", contains("Anna Lindqvist", "Maria Holm", "Anna Lindqvist"))
                .body("coordinatorHistory.toDate", contains(start.plusDays(10).toString(), start.plusDays(30).toString(), null));
    }

    @Test
    void coordinatorChangeToTheSameOrAnUnassignedUserIsRefused() {
        String id = newEnrollment();

        coordinator(id, Tokens.ANNA_ID, start.plusDays(10)).statusCode(422)
                .body("errors.field", contains("coordinatorUserId"));
        // Erik has no part in MAC.
        coordinator(id, Tokens.ERIK_ID, start.plusDays(10)).statusCode(422)
                .body("errors.field", contains("coordinatorUserId"));
        coordinator(id, Tokens.MARIA_ID, start.minusDays(1)).statusCode(422)
                .body("errors.field", contains("fromDate"));
        Api.as(Tokens.ANNA).get("/enrollments/" + id).then()
                .body("coordinatorChanges", equalTo(0))
                .body("version", equalTo(0));
    }

    @Test
    void extensionMovesThePlannedEndByAtMostTheProjectsExtensionPeriod() {
        String id = newEnrollment();
        // MAC: six months' stay, extensions of at most six months.
        LocalDate plannedEnd = start.plusMonths(6);

        Api.as(Tokens.ANNA).header("If-Match", etag(Tokens.ANNA, id))
                .body("{\"newPlannedEndDate\":\"%s\",\"decidedOn\":\"%s\"}".formatted(plannedEnd.plusMonths(6).plusDays(1), today()))
                .post("/enrollments/" + id + "/extensions").then()
                .statusCode(422)
                .body("errors.field", contains("newPlannedEndDate"));
        Api.as(Tokens.ANNA).header("If-Match", etag(Tokens.ANNA, id))
                .body("{\"newPlannedEndDate\":\"%s\",\"decidedOn\":\"%s\"}".formatted(plannedEnd, today()))
                .post("/enrollments/" + id + "/extensions").then()
                .statusCode(422)
                .body("errors.field", contains("newPlannedEndDate"));
        Api.as(Tokens.ANNA).header("If-Match", etag(Tokens.ANNA, id))
                .body("""
                        {"newPlannedEndDate":"%s","decidedOn":"%s","reason":"Beslutat med handläggaren"}"""
                        .formatted(plannedEnd.plusMonths(6), today()))
                .post("/enrollments/" + id + "/extensions").then()
                .statusCode(200)
                .body("plannedEndDate", equalTo(plannedEnd.plusMonths(6).toString()))
                .body("extensions[0].previousPlannedEndDate", equalTo(plannedEnd.toString()))
                .body("extensions[0].newPlannedEndDate", equalTo(plannedEnd.plusMonths(6).toString()))
                .body("extensions[0].reason", equalTo("Beslutat med handläggaren"));
    }
}
