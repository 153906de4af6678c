package se.stegvis.intervention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static se.stegvis.intervention.Interventions.WORK_TRAINING;
import static se.stegvis.intervention.Interventions.body;
import static se.stegvis.intervention.Interventions.q;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class InterventionRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void anInterventionMayNotEndBeforeItStarts() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        refused(e, body(WORK_TRAINING, "2026-04-01", "completed", "endDate", q("2026-03-31")), "endDate");
        refused(e, body(WORK_TRAINING, "2026-04-01", "planned", "plannedEndDate", q("2026-03-31")), "plannedEndDate");
        nothingStored(e);
    }

    @Test
    void anInterventionMayNotStartBeforeTheEnrollment() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        refused(e, body(WORK_TRAINING, "2026-02-28", "ongoing"), "startDate");
    }

    @Test
    void statusAndEndDateMustAgree() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String tomorrow = SwedishCalendar.today().plusDays(1).toString();
        refused(e, body(WORK_TRAINING, "2026-03-02", "completed"), "endDate");
        refused(e, body(WORK_TRAINING, "2026-03-02", "cancelled"), "endDate");
        refused(e, body(WORK_TRAINING, "2026-03-02", "completed", "endDate", q(tomorrow)), "endDate");
        refused(e, body(WORK_TRAINING, "2026-03-02", "ongoing", "endDate", q("2026-03-31")), "endDate");
        nothingStored(e);
        // an ongoing intervention with a known end from today on is accepted
        Api.as(Tokens.ANNA).body(body(WORK_TRAINING, "2026-03-02", "ongoing", "endDate", q(tomorrow)))
                .post("/enrollments/" + e + "/interventions").then().statusCode(201);
    }

    @Test
    void unknownTypeIsRefused() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        refused(e, body("10000000-0000-0000-0000-0000000000ff", "2026-03-02", "ongoing"), "typeId");
    }

    @Test
    void anotherProjectsTypeIsRefused() {
        String rebusType = Api.as(Tokens.MARIA)
                .body("""
                        {"code":"rebus_fishing","name":"Fiskegrupp","nameEn":"Fishing group","category":"social",
                         "projectId":"30000000-0000-0000-0000-000000000003"}""")
                .post("/intervention-types").then().statusCode(201).extract().path("id");
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        refused(e, body(rebusType, "2026-03-02", "ongoing"), "typeId");
    }

    @Test
    void unknownProviderOrganisationIsRefused() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        refused(e, body(WORK_TRAINING, "2026-03-02", "ongoing",
                "providerOrganisationId", q("40000000-0000-0000-0000-0000000000ff")), "providerOrganisationId");
    }

    @Test
    void hoursPerWeekLieBetween0And60() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        refused(e, body(WORK_TRAINING, "2026-03-02", "ongoing", "hoursPerWeek", "61"), "hoursPerWeek");
        refused(e, body(WORK_TRAINING, "2026-03-02", "ongoing", "hoursPerWeek", "-1"), "hoursPerWeek");
        Api.as(Tokens.ANNA).body(body(WORK_TRAINING, "2026-03-02", "ongoing", "hoursPerWeek", "60"))
                .post("/enrollments/" + e + "/interventions").then().statusCode(201);
    }

    @Test
    void anExitedEnrollmentTakesNoNewInterventions() {
        TestEnrollments.Enrollment e = TestEnrollments.exited(START);
        Api.as(Tokens.ANNA).body(body(WORK_TRAINING, "2026-03-02", "ongoing"))
                .post("/enrollments/" + e + "/interventions").then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void coordinatorOutsideTheMunicipalitySeesNothing() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String id = Api.as(Tokens.ANNA).body(body(WORK_TRAINING, "2026-03-02", "ongoing"))
                .post("/enrollments/" + e + "/interventions").then().statusCode(201).extract().path("id");
        Api.as(Tokens.ERIK).body(body(WORK_TRAINING, "2026-03-02", "ongoing"))
                .post("/enrollments/" + e + "/interventions").then().statusCode(404);
        Api.as(Tokens.ERIK).get("/enrollments/" + e + "/interventions").then().statusCode(404);
        Api.as(Tokens.ERIK).get("/interventions/" + id).then().statusCode(404);
        Api.as(Tokens.ERIK).header("If-Match", "\"0\"").body(body(WORK_TRAINING, "2026-03-02", "paused"))
                .put("/interventions/" + id).then().statusCode(404);
    }

    @Test
    void othersThanStaffMayNotUseInterventions() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        Api.as(Tokens.SARA).get("/enrollments/" + e + "/interventions").then().statusCode(403);
        Api.as(Tokens.LARS).body(body(WORK_TRAINING, "2026-03-02", "ongoing"))
                .post("/enrollments/" + e + "/interventions").then().statusCode(403);
        Api.anonymous().get("/enrollments/" + e + "/interventions").then().statusCode(401);
    }

    private static void refused(TestEnrollments.Enrollment e, String body, String field) {
        Api.as(Tokens.ANNA).body(body).post("/enrollments/" + e + "/interventions").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    private static void nothingStored(TestEnrollments.Enrollment e) {
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/interventions").then()
                .statusCode(200)
                .body("$", empty());
    }
}
