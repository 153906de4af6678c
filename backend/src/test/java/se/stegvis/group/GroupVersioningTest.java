package se.stegvis.group;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Every updatable resource of the groups feature: 428 without If-Match, 412 with a stale one. */
@QuarkusTest
class GroupVersioningTest {

    private static final String GROUP = "{\"name\": \"MAC vårstart\", \"startDate\": \"2026-01-05\", \"endDate\": \"2026-12-18\"}";
    private static final String SESSION = "{\"sessionDate\": \"2026-02-03\", \"partOfDay\": \"afternoon\"}";

    private interface Call {
        io.restassured.response.Response send(RequestSpecification request);
    }

    private static void requiresCurrentVersion(Call call, String current) {
        call.send(Api.as(Tokens.ANNA)).then().statusCode(428).contentType("application/problem+json");
        call.send(Api.as(Tokens.ANNA).header("If-Match", "\"99\"")).then().statusCode(412)
                .contentType("application/problem+json");
        call.send(Api.as(Tokens.ANNA).header("If-Match", current)).then().statusCode(200);
        // the version moved on: the old value is stale now
        call.send(Api.as(Tokens.ANNA).header("If-Match", current)).then().statusCode(412);
    }

    @Test
    void updatingAGroup() {
        String group = Groups.macGroup();
        requiresCurrentVersion(r -> r.body(GROUP.replace("vårstart", "vårstart " + System.nanoTime())).put("/groups/" + group), "\"0\"");
        Api.as(Tokens.ANNA).get("/groups/" + group).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void leavingAGroup() {
        String group = Groups.macGroup();
        String member = Groups.add(group, Groups.macEnrollment());
        Call leave = r -> r.body("{\"leftOn\": \"2026-03-01\", \"reason\": \"Flyttat\"}").post("/group-members/" + member + "/leave");
        leave.send(Api.as(Tokens.ANNA)).then().statusCode(428);
        leave.send(Api.as(Tokens.ANNA).header("If-Match", "\"3\"")).then().statusCode(412);
        leave.send(Api.as(Tokens.ANNA).header("If-Match", "\"0\"")).then().statusCode(200);
        leave.send(Api.as(Tokens.ANNA).header("If-Match", "\"1\"")).then().statusCode(409);
        Api.as(Tokens.ANNA).get("/group-members/" + member).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("leaveReason", equalTo("Flyttat"));
    }

    @Test
    void updatingASession() {
        String group = Groups.macGroup();
        String session = Groups.session(group, "2026-02-03");
        requiresCurrentVersion(r -> r.body(SESSION.replace("afternoon", System.nanoTime() % 2 == 0 ? "afternoon" : "full_day")
                .replace("}", ", \"topic\": \"" + System.nanoTime() + "\"}")).put("/group-sessions/" + session), "\"0\"");
    }

    @Test
    void recordingAttendance() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment member = Groups.macEnrollment();
        Groups.add(group, member);
        String session = Groups.session(group, "2026-02-03");
        String[] statuses = { "present", "absent" };
        int[] n = { 0 };
        requiresCurrentVersion(r -> r.body(Groups.attendance(member, statuses[n[0]++ % 2]))
                .put("/group-sessions/" + session + "/attendance"), "\"0\"");
        // Recording attendance leaves the session's own version alone, and the other way round.
        Api.as(Tokens.ANNA).get("/group-sessions/" + session).then().header("ETag", equalTo("\"0\""));
    }
}
