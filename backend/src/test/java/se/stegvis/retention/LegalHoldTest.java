package se.stegvis.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.caseload.EnrollmentRows;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** setLegalHold and runRetention over HTTP (served by AdminResource, delegating to RetentionEndpoints). */
@QuarkusTest
class LegalHoldTest {

    @Inject
    EnrollmentRows rows;

    @Test
    void aHoldNeedsAReasonAndCanBeReleased() {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Hold"));
        rows.insert(EnrollmentRows.open(participant, UUID.fromString(Tokens.ANNA_ID)));

        Api.as(Tokens.MARIA).body(Map.of("held", true)).put("/participants/" + participant + "/legal-hold").then()
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        Api.as(Tokens.MARIA).body(Map.of("held", true, "reason", "Begäran om utlämnande pågår"))
                .put("/participants/" + participant + "/legal-hold").then()
                .statusCode(200)
                .body("held", equalTo(true))
                .body("reason", equalTo("Begäran om utlämnande pågår"))
                .body("since", notNullValue());
        Api.as(Tokens.ADMIN).body(Map.of("held", false)).put("/participants/" + participant + "/legal-hold").then()
                .statusCode(200)
                .body("held", equalTo(false))
                .body("reason", nullValue());
    }

    @Test
    void someoneWhoCannotSeeTheParticipantGets404() {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Hold"));
        rows.insert(EnrollmentRows.open(participant, UUID.fromString(Tokens.ANNA_ID)));
        // Erik is a coordinator (403 by role); a manager outside the scope would get 404 — Maria sees all
        // demo projects, so a participant enrolled nowhere and registered by Anna stands in for it.
        UUID unenrolled = People.create(Tokens.ANNA, "Kim", People.uniqueName("Hold"));
        Api.as(Tokens.MARIA).body(Map.of("held", true, "reason", "Överklagande"))
                .put("/participants/" + unenrolled + "/legal-hold").then().statusCode(404);
        Api.as(Tokens.ERIK).body(Map.of("held", true, "reason", "Överklagande"))
                .put("/participants/" + participant + "/legal-hold").then().statusCode(403);
        Api.as(Tokens.ADMIN).body(Map.of("held", true, "reason", "Överklagande"))
                .put("/participants/" + UUID.randomUUID() + "/legal-hold").then().statusCode(404);
    }

    @Test
    void anAdminRunsRetentionAndSeesTheRunListed() {
        String id = Api.as(Tokens.ADMIN).body(Map.of("dryRun", true)).post("/admin/retention/runs").then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("triggeredBy", equalTo("admin"))
                .extract().path("id");
        Api.as(Tokens.ADMIN).get("/admin/retention/runs").then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.dryRun", equalTo(true));
    }
}
