package se.stegvis.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.stegvis.assessment.Measurements.fullBip;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Anna's Skövde enrollment in Cresco+: Erik works in other municipalities, others see no participants. */
@QuarkusTest
class AssessmentAccessTest {

    private static TestEnrollments.Enrollment enrollment;
    private static String assessmentId;

    private static synchronized void prepare() {
        if (enrollment == null) {
            enrollment = TestEnrollments.open(LocalDate.of(2026, 1, 5));
            assessmentId = Api.as(Tokens.ANNA).body(fullBip("2026-01-15"))
                    .post("/enrollments/" + enrollment + "/assessments").then()
                    .statusCode(201).extract().path("id");
        }
    }

    @Test
    void coordinatorOutsideTheMunicipalitySeesNothing() {
        prepare();
        Api.as(Tokens.ERIK).get("/enrollments/" + enrollment + "/assessments").then()
                .statusCode(404).contentType("application/problem+json");
        Api.as(Tokens.ERIK).get("/assessments/" + assessmentId).then()
                .statusCode(404).contentType("application/problem+json");
        Api.as(Tokens.ERIK).body(fullBip("2026-02-15")).post("/enrollments/" + enrollment + "/assessments").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownAssessmentIsNotFound() {
        Api.as(Tokens.ANNA).get("/assessments/80000000-0000-0000-0000-0000000000ff").then()
                .statusCode(404);
    }

    @Test
    void projectManagerOfTheProjectReadsThem() {
        prepare();
        Api.as(Tokens.MARIA).get("/enrollments/" + enrollment + "/assessments").then()
                .statusCode(200)
                .body("items", hasSize(1));
        Api.as(Tokens.MARIA).get("/assessments/" + assessmentId).then()
                .statusCode(200)
                .body("id", equalTo(assessmentId));
    }

    @Test
    void analystAndPartnersMayNotUseAssessments() {
        prepare();
        for (var request : new io.restassured.specification.RequestSpecification[] {
                Api.as(Tokens.SARA), Api.as(Tokens.LARS), Api.withToken(Tokens.partnerAf()) }) {
            request.get("/enrollments/" + enrollment + "/assessments").then().statusCode(403);
        }
        Api.as(Tokens.SARA).get("/assessments/" + assessmentId).then().statusCode(403);
        Api.as(Tokens.LARS).body(fullBip("2026-02-15")).post("/enrollments/" + enrollment + "/assessments").then()
                .statusCode(403);
        Api.as(Tokens.ADMIN).get("/assessments/" + assessmentId).then().statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        prepare();
        Api.anonymous().get("/enrollments/" + enrollment + "/assessments").then()
                .statusCode(401).header("WWW-Authenticate", "Bearer");
        Api.anonymous().get("/assessments/" + assessmentId).then().statusCode(401);
        Api.anonymous().body(fullBip("2026-02-15")).post("/enrollments/" + enrollment + "/assessments").then()
                .statusCode(401);
    }
}
