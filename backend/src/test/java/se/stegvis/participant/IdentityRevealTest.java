package se.stegvis.participant;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.caseload.EnrollmentRows;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class IdentityRevealTest {

    @Inject
    EnrollmentRows rows;

    @Test
    void revealReturnsTheCanonicalNumberAndIsAudited() {
        String number = People.randomNumber();
        // Registered as ten digits without a dash; revealed in the canonical twelve-digit form.
        String id = Api.as(Tokens.ANNA).body(Map.of("identityNumber", number.substring(2).replace("-", ""),
                "lastName", People.uniqueName("Rev"))).post("/participants").then().statusCode(201).extract().path("id");
        UUID participant = UUID.fromString(id);
        assertEquals(0, rows.auditEvents("REVEAL_IDENTITY", "anna", participant));

        Api.as(Tokens.ANNA).get("/participants/" + id + "/identity-number").then()
                .statusCode(200)
                .body("identityNumber", equalTo(number))
                .body("identityType", equalTo("personnummer"));
        assertEquals(1, rows.auditEvents("REVEAL_IDENTITY", "anna", participant));

        Api.as(Tokens.ANNA).get("/participants/" + id + "/identity-number").then().statusCode(200);
        assertEquals(2, rows.auditEvents("REVEAL_IDENTITY", "anna", participant));
    }

    @Test
    void nobodyOutsideTheScopeCanRevealAndNothingIsAuditedForThem() {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Rev"));
        Api.as(Tokens.ERIK).get("/participants/" + participant + "/identity-number").then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertEquals(0, rows.auditEvents("REVEAL_IDENTITY", "erik", participant));
    }

    @Test
    void anAnonymousParticipantHasNoNumberToReveal() {
        UUID participant = People.createAnonymous(Tokens.ANNA, "Kim", People.uniqueName("Rev"));
        Api.as(Tokens.ANNA).get("/participants/" + participant + "/identity-number").then().statusCode(404);
        assertEquals(0, rows.auditEvents("REVEAL_IDENTITY", "anna", participant));
    }
}
