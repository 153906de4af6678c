package se.stegvis.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Enrollments start 2026-01-12; "today" is after 2026-06-01 and before 2099. */
@QuarkusTest
class SubGoalRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    @Inject
    PlanTestData data;

    private String goal() {
        return PlanCalls.goal(data.openEnrollment(START), "Arbete");
    }

    private static io.restassured.response.ValidatableResponse create(String goalId, String json) {
        return Api.as(Tokens.ANNA).body(json).post("/goals/" + goalId + "/sub-goals").then();
    }

    @Test
    void openSubGoalLinkedToAnIndicatorIsCreated() {
        String goal = goal();
        var response = Api.as(Tokens.ANNA)
                .body("""
                        {"description":"Söka tre jobb i veckan i fyra veckor","targetDate":"2026-05-31","status":"open",
                         "linkedItemKeys":["job_search","self_efficacy"]}""")
                .post("/goals/" + goal + "/sub-goals");
        String id = response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("goalId", equalTo(goal))
                .body("status", equalTo("open"))
                .body("targetDate", equalTo("2026-05-31"))
                .body("achievedOn", nullValue())
                .body("linkedItemKeys", contains("job_search", "self_efficacy"))
                .extract().path("id");
        response.then().header("Location", endsWith("/api/v1/sub-goals/" + id));
    }

    @Test
    void subGoalIsMarkedAchievedWithItsDate() {
        String goal = goal();
        String id = PlanCalls.subGoal(goal, "{\"description\":\"Besöka AF\",\"status\":\"open\"}");
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"")
                .body("{\"description\":\"Besöka AF\",\"status\":\"achieved\",\"achievedOn\":\"2026-03-02\"}")
                .put("/sub-goals/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("achieved"))
                .body("achievedOn", equalTo("2026-03-02"))
                .body("linkedItemKeys", org.hamcrest.Matchers.emptyIterable());
    }

    @Test
    void achievedWithoutADateIsRefused() {
        create(goal(), "{\"description\":\"Besöka AF\",\"status\":\"achieved\"}")
                .statusCode(422)
                .body("errors.field", contains("achievedOn"));
    }

    @Test
    void achievedInTheFutureIsRefused() {
        create(goal(), "{\"description\":\"Besöka AF\",\"status\":\"achieved\",\"achievedOn\":\"2099-01-01\"}")
                .statusCode(422)
                .body("errors.field", contains("achievedOn"));
    }

    @Test
    void achievedBeforeTheEnrollmentStartIsRefused() {
        create(goal(), "{\"description\":\"Besöka AF\",\"status\":\"achieved\",\"achievedOn\":\"2026-01-11\"}")
                .statusCode(422)
                .body("errors.field", contains("achievedOn"));
    }

    @Test
    void openOrDroppedSubGoalMayNotCarryAnAchievedDate() {
        String goal = goal();
        create(goal, "{\"description\":\"Besöka AF\",\"status\":\"open\",\"achievedOn\":\"2026-03-02\"}")
                .statusCode(422)
                .body("errors.field", contains("achievedOn"));
        create(goal, "{\"description\":\"Besöka AF\",\"status\":\"dropped\",\"achievedOn\":\"2026-03-02\"}")
                .statusCode(422)
                .body("errors.field", contains("achievedOn"));
    }

    @Test
    void targetDateBeforeTheEnrollmentStartIsRefused() {
        create(goal(), "{\"description\":\"Besöka AF\",\"status\":\"open\",\"targetDate\":\"2025-12-31\"}")
                .statusCode(422)
                .body("errors.field", contains("targetDate"));
    }

    @Test
    void unknownLinkedItemIsRefusedNamingItsPosition() {
        create(goal(), "{\"description\":\"Besöka AF\",\"status\":\"open\",\"linkedItemKeys\":[\"job_search\",\"horse_riding\"]}")
                .statusCode(422)
                .body("errors.field", contains("linkedItemKeys[1]"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("horse_riding")));
    }

    @Test
    void itemOfAnInstrumentTheProjectDoesNotUseIsRefused() {
        // "competences" is a SKAPA item; Cresco+ measures with BIP-11 only.
        create(goal(), "{\"description\":\"Besöka AF\",\"status\":\"open\",\"linkedItemKeys\":[\"competences\"]}")
                .statusCode(422)
                .body("errors.field", contains("linkedItemKeys[0]"));
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        create(goal(), """
                {"description":"Besöka AF","status":"achieved","targetDate":"2025-12-01","linkedItemKeys":["nope"]}""")
                .statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("targetDate", "achievedOn", "linkedItemKeys[0]"));
    }

    @Test
    void staleOrMissingVersionIsRefused() {
        String id = PlanCalls.subGoal(goal(), "{\"description\":\"Besöka AF\",\"status\":\"open\"}");
        String body = "{\"description\":\"Besöka AF och FK\",\"status\":\"open\"}";
        Api.as(Tokens.ANNA).body(body).put("/sub-goals/" + id).then().statusCode(428);
        Api.as(Tokens.ANNA).header("If-Match", "\"7\"").body(body).put("/sub-goals/" + id).then().statusCode(412);
    }

    @Test
    void unknownSubGoalOrGoalIsNotFound() {
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("{\"description\":\"x\",\"status\":\"open\"}")
                .put("/sub-goals/" + UUID.randomUUID()).then().statusCode(404);
        create(UUID.randomUUID().toString(), "{\"description\":\"x\",\"status\":\"open\"}").statusCode(404);
    }

    @Test
    void subGoalsCannotBeAddedOrChangedAfterExit() {
        UUID e = data.openEnrollment(START);
        String goal = PlanCalls.goal(e, "Arbete");
        String id = PlanCalls.subGoal(goal, "{\"description\":\"Besöka AF\",\"status\":\"open\"}");
        data.exit(e, LocalDate.of(2026, 6, 30));

        create(goal, "{\"description\":\"Nytt\",\"status\":\"open\"}")
                .statusCode(409)
                .body("type", endsWith("/enrollment-exited"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"")
                .body("{\"description\":\"Besöka AF\",\"status\":\"achieved\",\"achievedOn\":\"2026-06-01\"}")
                .put("/sub-goals/" + id).then()
                .statusCode(409)
                .body("type", endsWith("/enrollment-exited"));
    }
}
