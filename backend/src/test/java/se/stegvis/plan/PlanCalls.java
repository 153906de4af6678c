package se.stegvis.plan;

import java.util.UUID;

import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Short-hands for the plan calls the tests repeat, made as Anna. */
final class PlanCalls {

    private PlanCalls() {
    }

    static String goal(UUID enrollmentId, String title) {
        return Api.as(Tokens.ANNA).body("{\"title\":\"" + title + "\"}")
                .post("/enrollments/" + enrollmentId + "/plan/goals").then()
                .statusCode(201)
                .extract().path("id");
    }

    static String subGoal(String goalId, String json) {
        return Api.as(Tokens.ANNA).body(json)
                .post("/goals/" + goalId + "/sub-goals").then()
                .statusCode(201)
                .extract().path("id");
    }
}
