package se.stegvis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Only coordinators and project managers work with plans, and only within their assignments:
 * Erik coordinates Cresco+ in Lidköping and Mariestad, so an enrollment in Skövde does not exist
 * for him.
 */
@QuarkusTest
class PlanAccessTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);
    private static final String SUB_GOAL = "{\"description\":\"Besöka AF\",\"status\":\"open\"}";

    @Inject
    PlanTestData data;

    @Test
    void coordinatorOutsideTheMunicipalitySeesNothing() {
        UUID e = data.openEnrollment(START);
        String goal = PlanCalls.goal(e, "Arbete");
        String subGoal = PlanCalls.subGoal(goal, SUB_GOAL);

        everyOperation(Tokens.ERIK, e, goal, subGoal, 404);
    }

    @Test
    void analystPartnerCaseworkerAndPartnerSystemAreForbidden() {
        UUID e = data.openEnrollment(START);
        String goal = PlanCalls.goal(e, "Arbete");
        String subGoal = PlanCalls.subGoal(goal, SUB_GOAL);

        everyOperation(Tokens.SARA, e, goal, subGoal, 403);
        everyOperation(Tokens.LARS, e, goal, subGoal, 403);
        everyOperation(Tokens.ADMIN, e, goal, subGoal, 403);
        everyOperationWith(() -> Api.withToken(Tokens.partnerAf()), e, goal, subGoal, 403);
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        UUID e = data.openEnrollment(START);
        String goal = PlanCalls.goal(e, "Arbete");
        String subGoal = PlanCalls.subGoal(goal, SUB_GOAL);

        everyOperationWith(Api::anonymous, e, goal, subGoal, 401);
    }

    @Test
    void projectManagerOfTheProjectWorksOnThePlan() {
        UUID e = data.openEnrollment(START);
        String goal = PlanCalls.goal(e, "Arbete");
        Api.as(Tokens.MARIA).get("/enrollments/" + e + "/plan").then().statusCode(200);
        Api.as(Tokens.MARIA).body(SUB_GOAL).post("/goals/" + goal + "/sub-goals").then().statusCode(201);
        Api.as(Tokens.MARIA).body("{\"meetingDate\":\"2026-03-10\"}").post("/enrollments/" + e + "/plan/follow-ups").then()
                .statusCode(201);
    }

    @Test
    void unknownEnrollmentIsNotFound() {
        Api.as(Tokens.ANNA).get("/enrollments/" + UUID.randomUUID() + "/plan").then().statusCode(404);
        Api.as(Tokens.ANNA).body("{\"title\":\"x\"}").post("/enrollments/" + UUID.randomUUID() + "/plan/goals").then()
                .statusCode(404);
    }

    @Test
    void everyReadAndChangeIsAuditedWithTheParticipant() {
        UUID e = data.openEnrollment(START);
        String goal = PlanCalls.goal(e, "Arbete");
        String subGoal = PlanCalls.subGoal(goal, SUB_GOAL);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("{\"title\":\"Arbete i butik\"}").put("/goals/" + goal).then()
                .statusCode(200);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(SUB_GOAL).put("/sub-goals/" + subGoal).then().statusCode(200);
        Api.as(Tokens.ANNA).body("{\"meetingDate\":\"2026-03-10\"}").post("/enrollments/" + e + "/plan/follow-ups").then()
                .statusCode(201);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/plan").then().statusCode(200);
        Api.as(Tokens.ERIK).get("/enrollments/" + e + "/plan").then().statusCode(404);

        assertEquals(1, data.auditEntries(e, "CREATE", "plan-goal"));
        assertEquals(1, data.auditEntries(e, "UPDATE", "plan-goal"));
        assertEquals(1, data.auditEntries(e, "CREATE", "plan-sub-goal"));
        assertEquals(1, data.auditEntries(e, "UPDATE", "plan-sub-goal"));
        assertEquals(1, data.auditEntries(e, "CREATE", "plan-follow-up"));
        assertEquals(1, data.auditEntries(e, "READ", "action-plan"));
    }

    private void everyOperation(String user, UUID e, String goal, String subGoal, int status) {
        everyOperationWith(() -> Api.as(user), e, goal, subGoal, status);
    }

    private void everyOperationWith(java.util.function.Supplier<RequestSpecification> as, UUID e, String goal, String subGoal,
            int status) {
        as.get().get("/enrollments/" + e + "/plan").then().statusCode(status);
        as.get().body("{\"title\":\"x\"}").post("/enrollments/" + e + "/plan/goals").then().statusCode(status);
        as.get().header("If-Match", "\"0\"").body("{\"title\":\"x\"}").put("/goals/" + goal).then().statusCode(status);
        as.get().body(SUB_GOAL).post("/goals/" + goal + "/sub-goals").then().statusCode(status);
        as.get().header("If-Match", "\"0\"").body(SUB_GOAL).put("/sub-goals/" + subGoal).then().statusCode(status);
        as.get().body("{\"meetingDate\":\"2026-03-10\"}").post("/enrollments/" + e + "/plan/follow-ups").then()
                .statusCode(status);
        as.get().get("/enrollments/" + e + "/journal").then().statusCode(status);
        as.get().body("{\"noteDate\":\"2026-03-10\",\"category\":\"meeting\",\"text\":\"x\"}")
                .post("/enrollments/" + e + "/journal").then().statusCode(status);
    }
}
