package se.stegvis.participant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import se.stegvis.caseload.EnrollmentRows;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class ParticipantVisibilityTest {

    @Inject
    EnrollmentRows rows;

    @Test
    void anotherCoordinatorCannotFindAnnasParticipantInAnyWay() {
        String number = People.randomNumber();
        String lastName = People.uniqueName("Vis");
        String id = Api.as(Tokens.ANNA).body(Map.of("identityNumber", number, "lastName", lastName))
                .post("/participants").then().statusCode(201).extract().path("id");

        Api.as(Tokens.ANNA).get("/participants/" + id).then().statusCode(200);
        Api.as(Tokens.ERIK).get("/participants/" + id).then().statusCode(404).contentType("application/problem+json");
        Api.as(Tokens.ERIK).get("/participants/" + id + "/identity-number").then().statusCode(404);
        Api.as(Tokens.ERIK).body(Map.of("identityNumber", number)).post("/participants/lookup").then().statusCode(404);
        Api.as(Tokens.ERIK).header("If-Match", "\"0\"").body(Map.of("sex", "male"))
                .put("/participants/" + id).then().statusCode(404);
        Api.as(Tokens.ERIK).queryParam("q", lastName).get("/participants").then().statusCode(200).body("items", hasSize(0));
        // Registering someone is not an enrollment: the project manager does not see them either, yet.
        Api.as(Tokens.MARIA).get("/participants/" + id).then().statusCode(404);
    }

    @Test
    void anEnrollmentInTheirAssignmentsMakesTheParticipantVisible() {
        String lastName = People.uniqueName("Vis");
        UUID id = People.create(Tokens.ANNA, "Kim", lastName);
        // Cresco+ in Lidköping (1494): Erik's municipality, not Anna's.
        rows.insert(EnrollmentRows.open(id, UUID.fromString(Tokens.ERIK_ID)).project(EnrollmentRows.CRESCO, "1494"));

        Api.as(Tokens.ERIK).get("/participants/" + id).then().statusCode(200).body("id", equalTo(id.toString()));
        Api.as(Tokens.ERIK).queryParam("q", lastName).get("/participants").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].openEnrollmentId", org.hamcrest.Matchers.notNullValue())
                .body("items[0].coordinatorName", equalTo("Erik Sandberg"));
        Api.as(Tokens.MARIA).get("/participants/" + id).then().statusCode(200);
        // Anna registered the person and keeps seeing them, but not the enrollment outside her scope.
        Api.as(Tokens.ANNA).queryParam("q", lastName).get("/participants").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].openEnrollmentId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void analystsPartnersAndAdminsMayNotUseAnyParticipantOperation() {
        UUID id = People.create(Tokens.ANNA, "Kim", People.uniqueName("Vis"));
        everyOperation(() -> Api.as(Tokens.SARA), id, 403);
        everyOperation(() -> Api.as(Tokens.LARS), id, 403);
        everyOperation(() -> Api.withToken(Tokens.partnerAf()), id, 403);
        everyOperation(() -> Api.as(Tokens.ADMIN), id, 403);
    }

    @Test
    void withoutATokenEveryOperationIsUnauthorized() {
        UUID id = People.create(Tokens.ANNA, "Kim", People.uniqueName("Vis"));
        everyOperation(Api::anonymous, id, 401);
    }

    private static void everyOperation(Supplier<RequestSpecification> caller, UUID id, int status) {
        caller.get().get("/participants").then().statusCode(status).contentType("application/problem+json");
        caller.get().body(Map.of("sex", "male", "birthYear", 1990)).post("/participants").then().statusCode(status);
        caller.get().body(Map.of("identityNumber", People.randomNumber())).post("/participants/lookup").then().statusCode(status);
        caller.get().get("/participants/" + id).then().statusCode(status);
        caller.get().header("If-Match", "\"0\"").body(Map.of("sex", "male")).put("/participants/" + id).then().statusCode(status);
        caller.get().get("/participants/" + id + "/identity-number").then().statusCode(status);
    }
}
