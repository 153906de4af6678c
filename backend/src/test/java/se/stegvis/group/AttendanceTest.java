package se.stegvis.group;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Attendance is taken for a whole session in one request, and the rates follow
 * present / (present + absent with notice + absent), counted by hand below.
 */
@QuarkusTest
class AttendanceTest {

    @Test
    void theWholeSessionIsRecordedInOneRequestAndRepeatingItChangesNothing() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment a = Groups.macEnrollment();
        TestEnrollments.Enrollment b = Groups.macEnrollment();
        TestEnrollments.Enrollment c = Groups.macEnrollment();
        Groups.add(group, a);
        Groups.add(group, b);
        Groups.add(group, c);
        String session = Groups.session(group, "2026-02-03");

        Api.as(Tokens.ANNA).get("/group-sessions/" + session + "/attendance").then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("recorded", equalTo(false))
                .body("entries", hasSize(3))
                .body("entries.status", contains(nullValue(), nullValue(), nullValue()));

        String all = Groups.attendance(a, "present", b, "absent_with_notice", c, "absent");
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(all)
                .put("/group-sessions/" + session + "/attendance").then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("recorded", equalTo(true))
                .body("recordedBy.name", equalTo("Anna Lindqvist"))
                .body("entries.status", containsInAnyOrder("present", "absent_with_notice", "absent"))
                .body("attendance.present", equalTo(1))
                .body("attendance.recorded", equalTo(3));
        // The same list again: idempotent, the version stays.
        Api.as(Tokens.ANNA).header("If-Match", "\"1\"").body(all)
                .put("/group-sessions/" + session + "/attendance").then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        // A member left out has no recorded status afterwards.
        Api.as(Tokens.ANNA).header("If-Match", "\"1\"").body(Groups.attendance(a, "present", b, "present"))
                .put("/group-sessions/" + session + "/attendance").then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("entries.find { it.enrollmentId == '" + c + "' }.status", nullValue())
                .body("entries.find { it.enrollmentId == '" + b + "' }.status", equalTo("present"));
        Api.as(Tokens.ANNA).get("/group-sessions/" + session).then()
                .body("attendanceRecorded", equalTo(true))
                .body("attendance.present", equalTo(2))
                .body("version", equalTo(0));
        assertTrue(TestEnrollments.auditEntries("UPDATE", "group_attendance", a.participantId()) >= 3);
        assertTrue(TestEnrollments.auditEntries("READ", "group_attendance", a.participantId()) >= 1);
    }

    @Test
    void onlyMembersOfTheGroupOnTheSessionDateCanBeRecordedAndNothingIsWrittenOtherwise() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment member = Groups.macEnrollment();
        TestEnrollments.Enrollment outsider = Groups.macEnrollment();
        TestEnrollments.Enrollment later = Groups.macEnrollment();
        Groups.add(group, member);
        Api.as(Tokens.ANNA).body("{\"enrollmentId\": \"" + later.id() + "\", \"joinedOn\": \"2026-03-02\"}")
                .post("/groups/" + group + "/members").then().statusCode(201);
        String session = Groups.session(group, "2026-02-03");

        Api.as(Tokens.ANNA).header("If-Match", "\"0\"")
                .body(Groups.attendance(member, "present", outsider, "present", later, "absent", member, "absent"))
                .put("/group-sessions/" + session + "/attendance").then()
                .statusCode(422)
                .body("errors.field", contains("entries[1].enrollmentId", "entries[2].enrollmentId", "entries[3].enrollmentId"));
        Api.as(Tokens.ANNA).get("/group-sessions/" + session + "/attendance").then()
                .body("recorded", equalTo(false))
                .body("entries.enrollmentId", contains(member.toString()));
    }

    @Test
    void futureAndCancelledSessionsTakeNoAttendance() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment member = Groups.macEnrollment();
        Groups.add(group, member);
        String future = Groups.session(group, "2026-12-15");
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Groups.attendance(member, "present"))
                .put("/group-sessions/" + future + "/attendance").then()
                .statusCode(422)
                .body("errors.field", contains("sessionDate"));

        String cancelled = Groups.session(group, "2026-02-05");
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("""
                {"sessionDate": "2026-02-05", "partOfDay": "morning", "status": "cancelled", "cancellationReason": "Ledaren sjuk"}""")
                .put("/group-sessions/" + cancelled).then()
                .statusCode(200)
                .body("status", equalTo("cancelled"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Groups.attendance(member, "present"))
                .put("/group-sessions/" + cancelled + "/attendance").then()
                .statusCode(409);

        String held = Groups.session(group, "2026-02-10");
        Groups.record(held, Groups.attendance(member, "present"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("""
                {"sessionDate": "2026-02-10", "partOfDay": "morning", "status": "cancelled", "cancellationReason": "Fel"}""")
                .put("/group-sessions/" + held).then()
                .statusCode(409);
    }

    /**
     * Three members, three sessions with attendance and one without:
     * <pre>
     *            S1 02-03   S2 02-05   S3 02-10   S4 02-12
     *   A        present    present    notice     -
     *   B        present    absent     absent     -
     *   C        present    present    present    -
     * </pre>
     * A: 2 / 3 = 0.6667; B: 1 / 3 = 0.3333; C: 3 / 3 = 1; the group: 6 / 9 = 0.6667.
     * S4 has nothing recorded and counts for no one.
     */
    @Test
    void ratesPerMemberPerGroupAndPerEnrollmentAreComputedFromRecordedSessions() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment a = Groups.macEnrollment();
        TestEnrollments.Enrollment b = Groups.macEnrollment();
        TestEnrollments.Enrollment c = Groups.macEnrollment();
        Groups.add(group, a);
        Groups.add(group, b);
        Groups.add(group, c);
        Groups.record(Groups.session(group, "2026-02-03"), Groups.attendance(a, "present", b, "present", c, "present"));
        Groups.record(Groups.session(group, "2026-02-05"), Groups.attendance(a, "present", b, "absent", c, "present"));
        Groups.record(Groups.session(group, "2026-02-10"), Groups.attendance(a, "absent_with_notice", b, "absent", c, "present"));
        Groups.session(group, "2026-02-12");

        Api.as(Tokens.ANNA).get("/groups/" + group + "/members").then()
                .statusCode(200)
                .body("find { it.enrollmentId == '" + a + "' }.attendance.present", equalTo(2))
                .body("find { it.enrollmentId == '" + a + "' }.attendance.absentWithNotice", equalTo(1))
                .body("find { it.enrollmentId == '" + a + "' }.attendance.rate", hasToString("0.6667"))
                .body("find { it.enrollmentId == '" + b + "' }.attendance.absent", equalTo(2))
                .body("find { it.enrollmentId == '" + b + "' }.attendance.rate", hasToString("0.3333"))
                .body("find { it.enrollmentId == '" + c + "' }.attendance.rate", hasToString("1"));
        Api.as(Tokens.ANNA).get("/groups/" + group).then()
                .body("sessionCount", equalTo(4))
                .body("attendance.present", equalTo(6))
                .body("attendance.recorded", equalTo(9))
                .body("attendance.rate", hasToString("0.6667"));
        Api.as(Tokens.ANNA).get("/enrollments/" + b + "/attendance").then()
                .statusCode(200)
                .body("attendance.recorded", equalTo(3))
                .body("attendance.rate", hasToString("0.3333"))
                .body("groups", hasSize(1))
                .body("groups[0].groupName", equalTo("MAC vårstart"))
                .body("groups[0].sessions.sessionDate", contains("2026-02-10", "2026-02-05", "2026-02-03"))
                .body("groups[0].sessions.status", contains("absent", "absent", "present"));
        assertTrue(TestEnrollments.auditEntries("READ", "group_attendance", b.participantId()) >= 1);

        // A correction changes the rate at once.
        String s4 = Api.as(Tokens.ANNA).queryParam("from", "2026-02-12").get("/groups/" + group + "/sessions").then()
                .statusCode(200).body("", hasSize(1)).extract().path("[0].id");
        Groups.record(s4, Groups.attendance(b, "present"));
        Api.as(Tokens.ANNA).get("/enrollments/" + b + "/attendance").then()
                .body("attendance.rate", hasToString("0.5"));
    }

    @Test
    void anEnrollmentWithoutGroupsHasNoRate() {
        TestEnrollments.Enrollment e = Groups.macEnrollment();
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/attendance").then()
                .statusCode(200)
                .body("attendance.recorded", equalTo(0))
                .body("attendance.rate", nullValue())
                .body("groups", hasSize(0));
    }
}
