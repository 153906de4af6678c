package se.stegvis.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class PlanGoalTest {

    @Inject
    PlanTestData data;

    @Test
    void newEnrollmentHasAnEmptyPlan() {
        UUID e = data.openEnrollment(LocalDate.of(2026, 1, 12));
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then()
                .statusCode(200)
                .body("enrollmentId", equalTo(e.toString()))
                .body("goals", emptyIterable())
                .body("followUps", emptyIterable())
                .body("stepsForward", equalTo(0));
    }

    @Test
    void coordinatorSetsAGoalAndGetsItsLocationAndETag() {
        UUID e = data.openEnrollment(LocalDate.of(2026, 1, 12));
        var created = Api.as(Tokens.ANNA)
                .body("{\"title\":\"Arbete inom handel\",\"description\":\"Butik eller lager.\"}")
                .post("/enrollments/" + e + "/plan/goals");
        String id = created.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("enrollmentId", equalTo(e.toString()))
                .body("title", equalTo("Arbete inom handel"))
                .body("description", equalTo("Butik eller lager."))
                .body("subGoals", emptyIterable())
                .body("version", equalTo(0))
                .extract().path("id");
        created.then().header("Location", endsWith("/api/v1/goals/" + id));
        PlanCalls.goal(e, "x");

        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then()
                .statusCode(200)
                .body("goals", hasSize(2))
                .body("goals[0].id", equalTo(id))
                .body("goals.title", contains("Arbete inom handel", "x"));
    }

    @Test
    void updateWithTheCurrentETagChangesTheGoalAndItsETag() {
        UUID e = data.openEnrollment(LocalDate.of(2026, 1, 12));
        String id = PlanCalls.goal(e, "Arbete");
        PlanCalls.subGoal(id, "{\"description\":\"Söka tre jobb i veckan\",\"status\":\"open\"}");

        Api.as(Tokens.ANNA).header("If-Match", "\"0\"")
                .body("{\"title\":\"Arbete inom lager\"}")
                .put("/goals/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Arbete inom lager"))
                .body("description", nullValue())
                .body("subGoals.description", contains("Söka tre jobb i veckan"))
                .body("version", equalTo(1));
    }

    @Test
    void updateWithAStaleETagIsRefusedWith412() {
        UUID e = data.openEnrollment(LocalDate.of(2026, 1, 12));
        String id = PlanCalls.goal(e, "Arbete");
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("{\"title\":\"Första\"}").put("/goals/" + id).then()
                .statusCode(200);

        Api.as(Tokens.MARIA).header("If-Match", "\"0\"").body("{\"title\":\"Andra\"}").put("/goals/" + id).then()
                .statusCode(412)
                .contentType("application/problem+json");
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then()
                .body("goals[0].title", equalTo("Första"));
    }

    @Test
    void updateWithoutIfMatchIsRefusedWith428() {
        UUID e = data.openEnrollment(LocalDate.of(2026, 1, 12));
        String id = PlanCalls.goal(e, "Arbete");
        Api.as(Tokens.ANNA).body("{\"title\":\"Utan version\"}").put("/goals/" + id).then()
                .statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void blankOrOverlongTitleIsRefusedNamingTitle() {
        UUID e = data.openEnrollment(LocalDate.of(2026, 1, 12));
        Api.as(Tokens.ANNA).body("{\"title\":\"   \"}").post("/enrollments/" + e + "/plan/goals").then()
                .statusCode(422)
                .body("errors.field", contains("title"));
        Api.as(Tokens.ANNA).body("{\"title\":\"" + "x".repeat(301) + "\"}").post("/enrollments/" + e + "/plan/goals").then()
                .statusCode(422)
                .body("errors.field", contains("title"));
    }

    @Test
    void unknownGoalIsNotFound() {
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("{\"title\":\"x\"}")
                .put("/goals/" + UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void goalsCannotBeAddedOrChangedAfterExit() {
        UUID e = data.openEnrollment(LocalDate.of(2026, 1, 12));
        String id = PlanCalls.goal(e, "Arbete");
        data.exit(e, LocalDate.of(2026, 6, 30));

        Api.as(Tokens.ANNA).body("{\"title\":\"Ny\"}").post("/enrollments/" + e + "/plan/goals").then()
                .statusCode(409)
                .body("type", endsWith("/enrollment-exited"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("{\"title\":\"Ändrad\"}").put("/goals/" + id).then()
                .statusCode(409)
                .body("type", endsWith("/enrollment-exited"));
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then()
                .statusCode(200)
                .body("goals.title", contains("Arbete"));
    }
}
