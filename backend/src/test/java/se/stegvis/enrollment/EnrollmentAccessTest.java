package se.stegvis.enrollment;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.stegvis.enrollment.EnrollmentFixtures.CRESCO;
import static se.stegvis.enrollment.EnrollmentFixtures.SKOVDE;
import static se.stegvis.enrollment.EnrollmentFixtures.createBody;
import static se.stegvis.enrollment.EnrollmentFixtures.enroll;
import static se.stegvis.enrollment.EnrollmentFixtures.etag;
import static se.stegvis.enrollment.EnrollmentFixtures.participant;
import static se.stegvis.enrollment.EnrollmentFixtures.today;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class EnrollmentAccessTest {

    @Test
    void coordinatorOutsideTheMunicipalityCannotSeeOrChangeIt() {
        String participant = participant(Tokens.ANNA_ID, today().getYear() - 40);
        String id = enroll(Tokens.ANNA, participant, CRESCO, SKOVDE, today());

        // Erik works in Cresco+ too, but in Lidköping and Mariestad.
        Api.as(Tokens.ERIK).get("/enrollments/" + id).then()
                .statusCode(404)
                .body("type", endsWith("/not-found"));
        Api.as(Tokens.ERIK).get("/participants/" + participant + "/enrollments").then()
                .statusCode(404);
        Api.as(Tokens.ERIK).header("If-Match", "\"0\"")
                .body("{\"phase\":\"activity\",\"fromDate\":\"%s\"}".formatted(today()))
                .post("/enrollments/" + id + "/phase").then()
                .statusCode(404);
        Api.as(Tokens.ANNA).get("/enrollments/" + id).then().statusCode(200);
    }

    @Test
    void projectManagerOfTheProjectSeesItAndThePerson() {
        String participant = participant(Tokens.ANNA_ID, today().getYear() - 40);
        String id = enroll(Tokens.ANNA, participant, CRESCO, SKOVDE, today());

        Api.as(Tokens.MARIA).get("/enrollments/" + id).then()
                .statusCode(200)
                .body("coordinator.name", equalTo("Anna Lindqvist"));
        Api.as(Tokens.MARIA).get("/participants/" + participant + "/enrollments").then()
                .statusCode(200)
                .body("$", hasSize(1));
    }

    @Test
    void unknownEnrollmentIsNotFound() {
        Api.as(Tokens.ANNA).get("/enrollments/60000000-0000-0000-0000-0000000000ff").then()
                .statusCode(404);
    }

    @Test
    void analystsAndPartnersMayNotUseEnrollments() {
        String participant = participant(Tokens.ANNA_ID, today().getYear() - 40);
        String id = enroll(Tokens.ANNA, participant, CRESCO, SKOVDE, today());

        Api.as(Tokens.SARA).get("/enrollments/" + id).then().statusCode(403);
        Api.as(Tokens.LARS).get("/enrollments/" + id).then().statusCode(403);
        Api.withToken(Tokens.partnerAf()).get("/participants/" + participant + "/enrollments").then().statusCode(403);
        Api.as(Tokens.ADMIN).body(createBody(participant, CRESCO, SKOVDE, today())).post("/enrollments").then()
                .statusCode(403);
        Api.as(Tokens.SARA).header("If-Match", etag(Tokens.ANNA, id))
                .body("{\"phase\":\"activity\",\"fromDate\":\"%s\"}".formatted(today()))
                .post("/enrollments/" + id + "/phase").then()
                .statusCode(403);
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        Api.anonymous().get("/enrollments/60000000-0000-0000-0000-000000000001").then()
                .statusCode(401);
        Api.anonymous().body("{}").post("/enrollments").then()
                .statusCode(401);
    }
}
