package se.stegvis.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.stegvis.assessment.Measurements.SKAPA;
import static se.stegvis.assessment.Measurements.WELLBEING;
import static se.stegvis.assessment.Measurements.bip;
import static se.stegvis.assessment.Measurements.body;
import static se.stegvis.assessment.Measurements.fullBip;
import static se.stegvis.assessment.Measurements.r;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class AssessmentCreateTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Test
    void fullBipMeasurementIsStoredWithNineParticipantAndElevenCoordinatorValues() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String id = Api.as(Tokens.ANNA).body(fullBip("2026-01-15"))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("enrollmentId", equalTo(e.toString()))
                .body("instrumentCode", equalTo("BIP11"))
                .body("assessedOn", equalTo("2026-01-15"))
                .body("ratings", hasSize(11))
                .body("ratings.findAll { it.participant != null }", hasSize(9))
                .body("ratings.findAll { it.coordinator != null }", hasSize(11))
                .body("ratings[0].itemKey", equalTo("job_search"))
                .body("ratings[0].participant", equalTo(2))
                .body("ratings[0].coordinator", equalTo(2))
                .body("ratings.find { it.itemKey == 'coordinator_belief' }.participant", nullValue())
                .body("changeSincePrevious", empty())
                .body("changeSinceFirst", empty())
                // coordinator values: job_search 2, coordinator_belief 2, all others 4
                .body("lowestItems", contains("job_search", "coordinator_belief"))
                .body("recordedBy.name", equalTo("Anna Lindqvist"))
                .body("version", equalTo(0))
                .extract().path("id");

        Api.as(Tokens.ANNA).get("/assessments/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("ratings", hasSize(11))
                .body("lowestItems", contains("job_search", "coordinator_belief"));

        assertEquals(LocalDate.of(2026, 1, 15), TestEnrollments.lastAssessmentOn(e.id()));
        assertEquals(LocalDate.of(2026, 4, 15), TestEnrollments.nextAssessmentDue(e.id()));
        assertEquals(1, TestEnrollments.auditEntries("CREATE", "assessment", e.participantId()));
        assertEquals(1, TestEnrollments.auditEntries("READ", "assessment", e.participantId()));
    }

    @Test
    void locationNamesTheNewAssessment() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        var response = Api.as(Tokens.ANNA).body(bip("2026-02-01", r("job_search", 3, null)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(201).extract();
        assertEquals("/api/v1/assessments/" + response.path("id"),
                java.net.URI.create(response.header("Location")).getPath());
    }

    @Test
    void scoresOffTheScaleAreRefusedNamingTheRatingAndRater() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        Api.as(Tokens.ANNA).body(bip("2026-01-15", r("job_search", 3, 0), r("cooperation", null, 6), r("contact", 5, 1)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("ratings[0].coordinator", "ratings[1].coordinator"))
                .body("errors.message", contains("must be between 1 and 5", "must be between 1 and 5"));

        nothingStored(e);
    }

    @Test
    void participantMayNotRateTheCoordinatorsBelief() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        Api.as(Tokens.ANNA).body(bip("2026-01-15", r("job_search", 3, 3), r("coordinator_belief", 4, 3)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(422)
                .body("errors.field", contains("ratings[1].participant"));
        nothingStored(e);
    }

    @Test
    void coordinatorMayNotRateAParticipantOnlyItem() {
        TestEnrollments.Enrollment mac = TestEnrollments.open(TestEnrollments.MAC, TestEnrollments.SKOVDE, START);
        Api.as(Tokens.ANNA).body(body(WELLBEING, "2026-01-15", r("self_rated_health", 3, 3)))
                .post("/enrollments/" + mac + "/assessments").then()
                .statusCode(422)
                .body("errors.field", contains("ratings[0].coordinator"));
        nothingStored(mac);
    }

    @Test
    void skapaIsNotAnInstrumentOfCrescoPlus() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        Api.as(Tokens.ANNA).body(body(SKAPA, "2026-01-15", r("work_chances", 3, null)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(422)
                .body("errors.field", contains("instrumentId"));
        nothingStored(e);
    }

    @Test
    void aDateInTheFutureIsRefused() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String tomorrow = SwedishCalendar.today().plusDays(1).toString();
        Api.as(Tokens.ANNA).body(bip(tomorrow, r("job_search", 3, 3)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(422)
                .body("errors.field", contains("assessedOn"));
        nothingStored(e);
    }

    @Test
    void aDateBeforeTheEnrollmentStartedIsRefused() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        Api.as(Tokens.ANNA).body(bip("2026-01-04", r("job_search", 3, 3)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(422)
                .body("errors.field", contains("assessedOn"));
        // the start date itself is allowed
        Api.as(Tokens.ANNA).body(bip("2026-01-05", r("job_search", 3, 3)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(201);
    }

    @Test
    void unknownAndRepeatedItemsAreRefused() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        Api.as(Tokens.ANNA).body(bip("2026-01-15", r("job_search", 3, 3), r("luck", 3, 3), r("job_search", 4, 4)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(422)
                .body("errors.field", contains("ratings[1].itemKey", "ratings[2].itemKey"));
        nothingStored(e);
    }

    @Test
    void aMeasurementWithoutAnyValueIsRefused() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        Api.as(Tokens.ANNA).body(bip("2026-01-15", r("job_search", null, null)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(422)
                .body("errors.field", contains("ratings"));
        Api.as(Tokens.ANNA).body(bip("2026-01-15"))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(422)
                .body("errors.field", hasItem("ratings"));
        nothingStored(e);
    }

    @Test
    void anExitedEnrollmentTakesNoMoreMeasurements() {
        TestEnrollments.Enrollment e = TestEnrollments.exited(START);
        Api.as(Tokens.ANNA).body(fullBip("2026-01-15"))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(409)
                .contentType("application/problem+json");
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/assessments").then()
                .statusCode(200)
                .body("items", empty())
                .body("nextDue", nullValue());
    }

    private static void nothingStored(TestEnrollments.Enrollment e) {
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/assessments").then()
                .statusCode(200)
                .body("items", empty());
        assertEquals(null, TestEnrollments.nextAssessmentDue(e.id()));
    }
}
