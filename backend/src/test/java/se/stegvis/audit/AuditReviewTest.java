package se.stegvis.audit;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import se.stegvis.caseload.EnrollmentRows;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class AuditReviewTest {

    @Inject
    EnrollmentRows rows;

    @Test
    void aRevealByAnnaIsFoundByParticipantAndByUser() {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Aud"));
        rows.insert(EnrollmentRows.open(participant, UUID.fromString(Tokens.ANNA_ID)));
        Api.as(Tokens.ANNA).get("/participants/" + participant + "/identity-number").then().statusCode(200);

        for (String who : List.of(Tokens.MARIA, Tokens.ADMIN)) {
            Api.as(who).queryParam("participantId", participant.toString()).get("/audit/events").then()
                    .statusCode(200)
                    .body("items.action", hasItem("REVEAL_IDENTITY"))
                    .body("items.action", hasItem("CREATE"))
                    .body("items.participantIds.flatten()", everyItem(equalTo(participant.toString())));
        }
        JsonPath byUser = Api.as(Tokens.MARIA).queryParam("userId", Tokens.ANNA_ID).queryParam("action", "REVEAL_IDENTITY")
                .queryParam("limit", 1).get("/audit/events").then().statusCode(200).extract().jsonPath();
        assertEquals(1, byUser.getList("items").size());
        assertEquals("anna", byUser.getString("items[0].username"));
        assertEquals(List.of(participant.toString()), byUser.getList("items[0].participantIds"));
        assertTrue(byUser.getList("items[0].roles").contains("coordinator"));
        // Keyset pagination: the second page continues below the first.
        JsonPath first = Api.as(Tokens.MARIA).queryParam("userId", Tokens.ANNA_ID).queryParam("limit", 1)
                .get("/audit/events").then().statusCode(200).extract().jsonPath();
        Api.as(Tokens.MARIA).queryParam("userId", Tokens.ANNA_ID).queryParam("cursor", first.getString("nextCursor"))
                .queryParam("limit", 5).get("/audit/events").then().statusCode(200)
                .body("items.id", everyItem(org.hamcrest.Matchers.lessThan(first.getInt("items[0].id"))));
        Api.as(Tokens.MARIA).queryParam("cursor", "not-a-cursor").get("/audit/events").then().statusCode(400);
        // Another user's events are not returned for Anna's filter.
        Api.as(Tokens.ADMIN).queryParam("userId", Tokens.ERIK_ID).queryParam("participantId", participant.toString())
                .get("/audit/events").then().statusCode(200).body("items", empty());
    }

    @Test
    void aProjectManagerSeesOnlyEventsAboutParticipantsInTheirProjects() {
        // Enrolled in Cresco+ (Maria's project) and one registered by Anna but enrolled nowhere.
        UUID inProject = People.create(Tokens.ANNA, "Kim", People.uniqueName("Aud"));
        rows.insert(EnrollmentRows.open(inProject, UUID.fromString(Tokens.ANNA_ID)));
        UUID outside = People.create(Tokens.ANNA, "Kim", People.uniqueName("Aud"));
        Api.as(Tokens.ANNA).get("/participants/" + inProject).then().statusCode(200);
        Api.as(Tokens.ANNA).get("/participants/" + outside).then().statusCode(200);

        Api.as(Tokens.MARIA).queryParam("participantId", inProject.toString()).get("/audit/events").then()
                .statusCode(200).body("items.action", hasItem("READ"));
        Api.as(Tokens.MARIA).queryParam("participantId", outside.toString()).get("/audit/events").then()
                .statusCode(200).body("items", empty());
        Api.as(Tokens.ADMIN).queryParam("participantId", outside.toString()).get("/audit/events").then()
                .statusCode(200).body("items.action", hasItem("READ"));
        // Unfiltered, Maria's newest page never names the outside participant.
        Api.as(Tokens.MARIA).queryParam("limit", 200).get("/audit/events").then()
                .statusCode(200).body("items.participantIds.flatten()", not(hasItem(outside.toString())));

        Api.as(Tokens.ANNA).get("/audit/events").then().statusCode(403);
        Api.as(Tokens.SARA).get("/audit/events").then().statusCode(403);
        Api.as(Tokens.MARIA).get("/audit/integrity").then().statusCode(403);
    }

    @Test
    void aUserReadingParticipantsOutsideTheirCaseloadIsListedWithExactCounts() {
        UUID erik = UUID.fromString(Tokens.ERIK_ID);
        UUID anna = UUID.fromString(Tokens.ANNA_ID);
        // Three people Erik registered: one he coordinates, two coordinated by someone else.
        UUID own = People.create(Tokens.ERIK, "Kim", People.uniqueName("Aud"));
        UUID other1 = People.create(Tokens.ERIK, "Kim", People.uniqueName("Aud"));
        UUID other2 = People.create(Tokens.ERIK, "Kim", People.uniqueName("Aud"));
        rows.insert(EnrollmentRows.open(own, erik).project(EnrollmentRows.CRESCO, "1494"));
        rows.insert(EnrollmentRows.open(other1, anna).project(EnrollmentRows.CRESCO, "1494"));
        rows.insert(EnrollmentRows.open(other2, anna).project(EnrollmentRows.CRESCO, "1494"));

        Instant from = Instant.now().minusMillis(5);
        for (UUID p : List.of(own, other1, other2, other1)) {
            Api.as(Tokens.ERIK).get("/participants/" + p).then().statusCode(200);
        }
        Api.as(Tokens.ERIK).get("/participants/" + other2 + "/identity-number").then().statusCode(200);
        String to = Instant.now().plus(1, ChronoUnit.MINUTES).toString();

        JsonPath listed = Api.as(Tokens.ADMIN).queryParam("from", from.toString()).queryParam("to", to)
                .queryParam("threshold", 2).get("/audit/unusual-access").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> forErik = listed.<Map<String, Object>>getList("$").stream()
                .filter(u -> Tokens.ERIK_ID.equals(u.get("userId"))).toList();
        assertEquals(1, forErik.size(), "Erik read two participants outside his caseload: at the threshold");
        assertEquals("erik", forErik.get(0).get("username"));
        assertEquals("Erik Sandberg", forErik.get(0).get("name"));
        assertEquals(3, forErik.get(0).get("participantsRead"));
        assertEquals(2, forErik.get(0).get("outsideCaseload"));
        assertEquals(1, forErik.get(0).get("identityReveals"));

        Api.as(Tokens.ADMIN).queryParam("from", from.toString()).queryParam("to", to).queryParam("threshold", 3)
                .get("/audit/unusual-access").then().statusCode(200)
                .body("userId", not(hasItem(Tokens.ERIK_ID)));
        // Maria manages Cresco+: the same counts within her projects.
        Api.as(Tokens.MARIA).queryParam("from", from.toString()).queryParam("to", to).queryParam("threshold", 2)
                .get("/audit/unusual-access").then().statusCode(200)
                .body("find { it.userId == '" + Tokens.ERIK_ID + "' }.outsideCaseload", equalTo(2));
        Api.as(Tokens.ERIK).queryParam("from", from.toString()).queryParam("to", to)
                .get("/audit/unusual-access").then().statusCode(403);
    }

    @Test
    void readingTheLogIsItselfAudited() {
        Api.as(Tokens.ADMIN).queryParam("limit", 1).get("/audit/events").then().statusCode(200);
        Api.as(Tokens.ADMIN).queryParam("userId", "5e9f1a00-0000-4000-8000-000000000007").queryParam("action", "LIST")
                .queryParam("limit", 1).get("/audit/events").then().statusCode(200)
                .body("items[0].resource", equalTo("audit"))
                .body("items[0].participantIds", empty())
                .body("items[0].occurredAt", notNullValue());
    }
}
