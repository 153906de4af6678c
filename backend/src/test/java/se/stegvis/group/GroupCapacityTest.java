package se.stegvis.group;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** At most 12 members unless the project's manager overrides with a reason. */
@QuarkusTest
class GroupCapacityTest {

    @Test
    void aNewGroupHoldsTwelveByDefault() {
        Api.as(Tokens.ANNA).body("{\"name\": \"MAC höst\", \"startDate\": \"2026-01-05\", \"leaderUserIds\": [\"" + Tokens.ANNA_ID + "\"]}")
                .post("/projects/" + Groups.MAC + "/groups").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("groups/"))
                .header("ETag", equalTo("\"0\""))
                .body("capacity", equalTo(12))
                .body("projectName", equalTo("MAC"))
                .body("leaders.name", contains("Anna Lindqvist"))
                .body("memberCount", equalTo(0))
                .body("attendance.recorded", equalTo(0));
    }

    @Test
    void aCoordinatorMayNotSetMoreThanTwelve() {
        Api.as(Tokens.ANNA).body("""
                {"name": "Stor grupp", "startDate": "2026-01-05", "capacity": 14, "capacityOverrideReason": "Två ledare"}""")
                .post("/projects/" + Groups.MAC + "/groups").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("capacity"));
    }

    @Test
    void aProjectManagerMustGiveAReasonForMoreThanTwelve() {
        Api.as(Tokens.MARIA).body("{\"name\": \"Stor grupp\", \"startDate\": \"2026-01-05\", \"capacity\": 14}")
                .post("/projects/" + Groups.MAC + "/groups").then()
                .statusCode(422)
                .body("errors.field", contains("capacityOverrideReason"));
        Api.as(Tokens.MARIA).body("""
                {"name": "Stor grupp", "startDate": "2026-01-05", "capacity": 14, "capacityOverrideReason": "Två ledare och större lokal"}""")
                .post("/projects/" + Groups.MAC + "/groups").then()
                .statusCode(201)
                .body("capacity", equalTo(14))
                .body("capacityOverrideReason", equalTo("Två ledare och större lokal"));
    }

    @Test
    void aFullGroupRefusesAMemberUnlessTheProjectManagerOverridesWithAReason() {
        String group = Groups.group(Tokens.ANNA, Groups.MAC,
                "{\"name\": \"Liten grupp\", \"startDate\": \"2026-01-05\", \"capacity\": 2}");
        Groups.add(group, Groups.macEnrollment());
        Groups.add(group, Groups.macEnrollment());
        TestEnrollments.Enrollment third = Groups.macEnrollment();
        String body = "{\"enrollmentId\": \"" + third.id() + "\", \"joinedOn\": \"2026-01-05\"";

        Api.as(Tokens.ANNA).body(body + "}").post("/groups/" + group + "/members").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("group-full"));
        Api.as(Tokens.ANNA).body(body + ", \"capacityOverrideReason\": \"Syskon\"}").post("/groups/" + group + "/members").then()
                .statusCode(422)
                .body("errors.field", contains("capacityOverrideReason"));
        Api.as(Tokens.MARIA).body(body + "}").post("/groups/" + group + "/members").then()
                .statusCode(409);
        Api.as(Tokens.MARIA).body(body + ", \"capacityOverrideReason\": \"Syskon i gruppen\"}")
                .post("/groups/" + group + "/members").then()
                .statusCode(201)
                .body("capacityOverrideReason", equalTo("Syskon i gruppen"))
                .body("active", equalTo(true));
        Api.as(Tokens.ANNA).get("/groups/" + group).then()
                .body("memberCount", equalTo(3));
    }

    @Test
    void aMemberWhoLeftFreesTheirPlace() {
        String group = Groups.group(Tokens.ANNA, Groups.MAC,
                "{\"name\": \"En plats\", \"startDate\": \"2026-01-05\", \"capacity\": 1}");
        String member = Groups.add(group, Groups.macEnrollment());
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("{\"leftOn\": \"2026-02-02\", \"reason\": \"Arbetsträning på heltid\"}")
                .post("/group-members/" + member + "/leave").then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("leftOn", equalTo("2026-02-02"))
                .body("active", equalTo(false));
        TestEnrollments.Enrollment next = Groups.macEnrollment();
        Groups.join(group, next, "2026-02-02", 201);
    }

    @Test
    void anEndedEnrollmentFreesItsPlaceAfterTheExitDate() {
        String group = Groups.group(Tokens.ANNA, Groups.MAC,
                "{\"name\": \"En plats till\", \"startDate\": \"2026-01-05\", \"capacity\": 1}");
        TestEnrollments.Enrollment first = Groups.macEnrollment();
        Groups.add(group, first);
        TestEnrollments.exit(first.id());
        String tomorrow = SwedishCalendar.today().plusDays(1).toString();
        TestEnrollments.Enrollment next = Groups.macEnrollment();
        Groups.join(group, next, tomorrow, 201);
    }

    @Test
    void onlyOpenEnrollmentsOfTheGroupsProjectCanJoin() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment cresco = TestEnrollments.open(Groups.START);
        Api.as(Tokens.ANNA).body("{\"enrollmentId\": \"" + cresco.id() + "\"}").post("/groups/" + group + "/members").then()
                .statusCode(422)
                .body("errors.field", contains("enrollmentId"));
        TestEnrollments.Enrollment exited = TestEnrollments.open(Groups.MAC, Groups.SKOVDE, Groups.START);
        TestEnrollments.exit(exited.id());
        Api.as(Tokens.ANNA).body("{\"enrollmentId\": \"" + exited.id() + "\"}").post("/groups/" + group + "/members").then()
                .statusCode(422)
                .body("errors.field", contains("enrollmentId"));
        TestEnrollments.Enrollment member = Groups.macEnrollment();
        Groups.add(group, member);
        Api.as(Tokens.ANNA).body("{\"enrollmentId\": \"" + member.id() + "\"}").post("/groups/" + group + "/members").then()
                .statusCode(409);
    }

    @Test
    void capacityCannotDropBelowTheCurrentMembers() {
        String group = Groups.macGroup();
        Groups.add(group, Groups.macEnrollment());
        Groups.add(group, Groups.macEnrollment());
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"")
                .body("{\"name\": \"MAC vårstart\", \"startDate\": \"2026-01-05\", \"endDate\": \"2026-12-18\", \"capacity\": 1}")
                .put("/groups/" + group).then()
                .statusCode(409);
    }
}
