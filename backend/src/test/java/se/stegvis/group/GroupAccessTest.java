package se.stegvis.group;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Groups are seen by those assigned to the project; members only by those who may see the
 * member's enrollment. Anna works in MAC and in Cresco+ Skövde; Erik in Cresco+ Lidköping and
 * REBUS, not in MAC.
 */
@QuarkusTest
class GroupAccessTest {

    @Test
    void aCoordinatorOutsideTheProjectSeesNoGroupSessionOrMember() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment e = Groups.macEnrollment();
        String member = Groups.add(group, e);
        String session = Groups.session(group, "2026-02-03");

        Api.as(Tokens.ERIK).get("/groups/" + group).then().statusCode(404).contentType("application/problem+json");
        Api.as(Tokens.ERIK).get("/groups/" + group + "/members").then().statusCode(404);
        Api.as(Tokens.ERIK).get("/group-members/" + member).then().statusCode(404);
        Api.as(Tokens.ERIK).get("/group-sessions/" + session).then().statusCode(404);
        Api.as(Tokens.ERIK).get("/group-sessions/" + session + "/attendance").then().statusCode(404);
        Api.as(Tokens.ERIK).header("If-Match", "\"0\"").body(Groups.attendance(e, "present"))
                .put("/group-sessions/" + session + "/attendance").then().statusCode(404);
        Api.as(Tokens.ERIK).get("/projects/" + Groups.MAC + "/groups").then().statusCode(404);
        Api.as(Tokens.ERIK).body("{\"name\": \"X\", \"startDate\": \"2026-01-05\"}")
                .post("/projects/" + Groups.MAC + "/groups").then().statusCode(404);
        Api.as(Tokens.ERIK).get("/groups").then().statusCode(200).body("id", not(hasItem(group)));
        Api.as(Tokens.ERIK).get("/enrollments/" + e + "/attendance").then().statusCode(404);

        Api.as(Tokens.ANNA).get("/groups").then().statusCode(200).body("id", hasItem(group));
        Api.as(Tokens.MARIA).get("/groups/" + group + "/members").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void inASharedProjectEachCoordinatorSeesAndRecordsOnlyTheirOwnMembers() {
        String group = Groups.group(Tokens.MARIA, Groups.CRESCO,
                "{\"name\": \"Cresco+ hälsogrupp\", \"startDate\": \"2026-01-05\"}");
        TestEnrollments.Enrollment annas = TestEnrollments.open(Groups.CRESCO, Groups.SKOVDE, Groups.START);
        TestEnrollments.Enrollment eriks = TestEnrollments.open(Groups.CRESCO, Groups.LIDKOPING, Groups.START);
        for (TestEnrollments.Enrollment e : new TestEnrollments.Enrollment[] { annas, eriks }) {
            Api.as(Tokens.MARIA).body("{\"enrollmentId\": \"" + e.id() + "\", \"joinedOn\": \"2026-01-05\"}")
                    .post("/groups/" + group + "/members").then().statusCode(201);
        }
        // Anna may not add Erik's participant either: to her it does not exist.
        TestEnrollments.Enrollment eriksOther = TestEnrollments.open(Groups.CRESCO, Groups.LIDKOPING, Groups.START);
        Api.as(Tokens.ANNA).body("{\"enrollmentId\": \"" + eriksOther.id() + "\"}").post("/groups/" + group + "/members")
                .then().statusCode(422).body("errors.field", contains("enrollmentId"));

        Api.as(Tokens.ANNA).get("/groups/" + group).then().statusCode(200).body("memberCount", equalTo(2));
        Api.as(Tokens.ANNA).get("/groups/" + group + "/members").then().statusCode(200)
                .body("enrollmentId", contains(annas.toString()));
        Api.as(Tokens.ERIK).get("/groups/" + group + "/members").then().statusCode(200)
                .body("enrollmentId", contains(eriks.toString()));
        assertTrue(TestEnrollments.auditEntries("LIST", "group_member", annas.participantId()) >= 1);

        String session = Api.as(Tokens.MARIA).body("{\"sessionDate\": \"2026-02-03\", \"partOfDay\": \"morning\"}")
                .post("/groups/" + group + "/sessions").then().statusCode(201).extract().path("id");
        Api.as(Tokens.ERIK).header("If-Match", "\"0\"").body(Groups.attendance(eriks, "present"))
                .put("/group-sessions/" + session + "/attendance").then().statusCode(200)
                .body("entries.enrollmentId", contains(eriks.toString()));
        // Anna's list replaces only her own members' statuses; Erik's stays.
        Api.as(Tokens.ANNA).header("If-Match", "\"1\"").body(Groups.attendance(annas, "absent"))
                .put("/group-sessions/" + session + "/attendance").then().statusCode(200)
                .body("entries.enrollmentId", contains(annas.toString()));
        Api.as(Tokens.ANNA).header("If-Match", "\"2\"").body(Groups.attendance(eriks, "absent"))
                .put("/group-sessions/" + session + "/attendance").then().statusCode(422);
        Api.as(Tokens.MARIA).get("/group-sessions/" + session + "/attendance").then().statusCode(200)
                .body("entries", hasSize(2))
                .body("attendance.present", equalTo(1))
                .body("attendance.absent", equalTo(1));
    }

    @Test
    void rolesWithoutParticipantDataMayNotUseGroups() {
        String group = Groups.macGroup();
        for (String user : new String[] { Tokens.SARA, Tokens.LARS, Tokens.ADMIN }) {
            Api.as(user).get("/groups/" + group).then().statusCode(403);
            Api.as(user).get("/groups").then().statusCode(403);
            Api.as(user).get("/groups/" + group + "/members").then().statusCode(403);
        }
        Api.withToken(Tokens.partnerAf()).get("/groups/" + group).then().statusCode(403);
        Api.anonymous().get("/groups/" + group).then().statusCode(401);
    }
}
