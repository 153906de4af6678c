package se.stegvis.enrollment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.stegvis.enrollment.EnrollmentFixtures.CRESCO;
import static se.stegvis.enrollment.EnrollmentFixtures.MAC;
import static se.stegvis.enrollment.EnrollmentFixtures.SKOVDE;
import static se.stegvis.enrollment.EnrollmentFixtures.createBody;
import static se.stegvis.enrollment.EnrollmentFixtures.participant;
import static se.stegvis.enrollment.EnrollmentFixtures.today;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class EnrollmentCreateTest {

    @Test
    void coordinatorEnrollsWithTheProjectsDefaults() {
        LocalDate start = today();
        String participant = participant(Tokens.ANNA_ID, start.getYear() - 40);

        Response created = Api.as(Tokens.ANNA).body(createBody(participant, CRESCO, SKOVDE, start)).post("/enrollments");
        created.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("participantId", equalTo(participant))
                .body("projectId", equalTo(CRESCO))
                .body("projectName", equalTo("Cresco+"))
                .body("municipalityCode", equalTo(SKOVDE))
                .body("startDate", equalTo(start.toString()))
                // Cresco+ allows 12 months.
                .body("plannedEndDate", equalTo(start.plusMonths(12).toString()))
                .body("status", equalTo("open"))
                .body("phase", equalTo("mapping"))
                .body("phaseHistory.phase", contains("mapping"))
                .body("phaseHistory[0].fromDate", equalTo(start.toString()))
                .body("coordinator.userId", equalTo(Tokens.ANNA_ID))
                .body("coordinator.name", equalTo("Anna Lindqvist"))
                .body("coordinatorHistory", hasSize(1))
                .body("coordinatorHistory[0].fromDate", equalTo(start.toString()))
                .body("coordinatorChanges", equalTo(0))
                .body("extensions", hasSize(0))
                .body("susEntry.employmentStatus", equalTo("job_seeking"))
                .body("susEntry.incomeSources", contains("social_assistance"))
                .body("susEntry.monthsOnPublicSupport", equalTo(26))
                .body("nextAssessmentDue", equalTo(start.toString()))
                .body("capacityOverrideReason", nullValue())
                .body("version", equalTo(0));
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/v1/enrollments/" + id));

        Api.as(Tokens.ANNA).get("/enrollments/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("coordinator.name", equalTo("Anna Lindqvist"));
        Api.as(Tokens.ANNA).get("/participants/" + participant + "/enrollments").then()
                .statusCode(200)
                .body("id", contains(id));
    }

    @Test
    void listShowsNewestFirst() {
        LocalDate today = today();
        String participant = participant(Tokens.ANNA_ID, today.getYear() - 30);
        String older = EnrollmentFixtures.enroll(Tokens.ANNA, participant, MAC, SKOVDE, today.minusMonths(2));
        String newer = EnrollmentFixtures.enroll(Tokens.ANNA, participant, CRESCO, SKOVDE, today);

        Api.as(Tokens.ANNA).get("/participants/" + participant + "/enrollments").then()
                .statusCode(200)
                .body("id", contains(newer, older))
                // MAC allows 6 months.
                .body("find { it.id == '" + older + "' }.plannedEndDate", equalTo(today.minusMonths(2).plusMonths(6).toString()));
    }

    @Test
    void projectManagerNamesTheCoordinator() {
        LocalDate start = today();
        String participant = participant(Tokens.MARIA_ID, start.getYear() - 40);
        String body = createBody(participant, CRESCO, SKOVDE, start).replace("\"startDate\"",
                "\"coordinatorUserId\":\"" + Tokens.ANNA_ID + "\",\"startDate\"");

        Api.as(Tokens.MARIA).body(body).post("/enrollments").then()
                .statusCode(201)
                .body("coordinator.userId", equalTo(Tokens.ANNA_ID))
                .body("coordinatorHistory[0].coordinator.name", equalTo("Anna Lindqvist"));
    }

    @Test
    void projectManagerMayNotNameACoordinatorWhoDoesNotWorkInTheMunicipality() {
        LocalDate start = today();
        String participant = participant(Tokens.MARIA_ID, start.getYear() - 40);

        // Erik works in Lidköping and Mariestad, not in Skövde.
        String withErik = createBody(participant, CRESCO, SKOVDE, start).replace("\"startDate\"",
                "\"coordinatorUserId\":\"" + Tokens.ERIK_ID + "\",\"startDate\"");
        Api.as(Tokens.MARIA).body(withErik).post("/enrollments").then()
                .statusCode(422)
                .body("errors.field", contains("coordinatorUserId"));
    }

    @Test
    void participantTheCallerCannotSeeIsNotFound() {
        String erikOnly = participant(Tokens.ERIK_ID, today().getYear() - 40);

        Api.as(Tokens.ANNA).body(createBody(erikOnly, CRESCO, SKOVDE, today())).post("/enrollments").then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.as(Tokens.ANNA).get("/participants/" + erikOnly + "/enrollments").then()
                .statusCode(404);
    }
}
