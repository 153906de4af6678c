package se.stegvis.intervention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.stegvis.intervention.Interventions.PHYSIOTHERAPY;
import static se.stegvis.intervention.Interventions.VGR;
import static se.stegvis.intervention.Interventions.WORK_TRAINING;
import static se.stegvis.intervention.Interventions.HOUSING_SUPPORT;
import static se.stegvis.intervention.Interventions.body;
import static se.stegvis.intervention.Interventions.q;

import java.net.URI;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class InterventionCreateTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void ongoingWorkTrainingIsCreatedWithItsTypeNameAndCategory() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        var created = Api.as(Tokens.ANNA)
                .body(body(WORK_TRAINING, "2026-03-02", "ongoing", "plannedEndDate", q("2026-06-30"),
                        "hoursPerWeek", "15", "providerName", q("Returbutiken Skövde")))
                .post("/enrollments/" + e + "/interventions").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("enrollmentId", equalTo(e.toString()))
                .body("typeId", equalTo(WORK_TRAINING))
                .body("typeName", equalTo("Arbetsträning"))
                .body("category", equalTo("job_focused"))
                .body("startDate", equalTo("2026-03-02"))
                .body("plannedEndDate", equalTo("2026-06-30"))
                .body("endDate", nullValue())
                .body("hoursPerWeek", equalTo(15))
                .body("providerName", equalTo("Returbutiken Skövde"))
                .body("status", equalTo("ongoing"))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertEquals("/api/v1/interventions/" + id, URI.create(created.header("Location")).getPath());

        Api.as(Tokens.ANNA).get("/interventions/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("typeName", equalTo("Arbetsträning"))
                .body("hoursPerWeek", equalTo(15));

        assertEquals(1, TestEnrollments.auditEntries("CREATE", "intervention", e.participantId()));
        assertEquals(1, TestEnrollments.auditEntries("READ", "intervention", e.participantId()));
    }

    @Test
    void parallelInterventionsAreListedByStartDate() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        post(e, body(PHYSIOTHERAPY, "2026-04-01", "planned", "providerOrganisationId", q(VGR)));
        post(e, body(WORK_TRAINING, "2026-03-02", "ongoing", "hoursPerWeek", "12.5"));
        post(e, body(HOUSING_SUPPORT, "2026-03-01", "completed", "endDate", q("2026-03-31")));

        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/interventions").then()
                .statusCode(200)
                .body("startDate", contains("2026-03-01", "2026-03-02", "2026-04-01"))
                .body("category", contains("social", "job_focused", "health"))
                .body("typeName", contains("Boendestöd", "Arbetsträning", "Fysioterapi"))
                .body("[1].hoursPerWeek", equalTo(12.5f))
                .body("[2].providerOrganisationId", equalTo(VGR));
        assertEquals(1, TestEnrollments.auditEntries("LIST", "intervention", e.participantId()));
    }

    @Test
    void projectManagerRecordsOnAnyMunicipalityOfTheirProject() {
        TestEnrollments.Enrollment e = TestEnrollments.open(TestEnrollments.CRESCO, "1494", START);
        Api.as(Tokens.MARIA).body(body(WORK_TRAINING, "2026-03-02", "planned"))
                .post("/enrollments/" + e + "/interventions").then()
                .statusCode(201);
    }

    @Test
    void theProjectsOwnTypeMayBeUsed() {
        String typeId = Api.as(Tokens.MARIA)
                .body("""
                        {"code":"cresco_walks","name":"Promenadgrupp","nameEn":"Walking group","category":"health",
                         "projectId":"30000000-0000-0000-0000-000000000001"}""")
                .post("/intervention-types").then().statusCode(201).extract().path("id");
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        Api.as(Tokens.ANNA).body(body(typeId, "2026-03-02", "ongoing"))
                .post("/enrollments/" + e + "/interventions").then()
                .statusCode(201)
                .body("typeName", equalTo("Promenadgrupp"))
                .body("category", equalTo("health"));
    }

    private static void post(TestEnrollments.Enrollment e, String body) {
        Api.as(Tokens.ANNA).body(body).post("/enrollments/" + e + "/interventions").then().statusCode(201);
    }
}
