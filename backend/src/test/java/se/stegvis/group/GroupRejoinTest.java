package se.stegvis.group;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * A member who has left may join the group again from the day they left, as a new membership;
 * memberships of one enrollment never overlap, and each session's attendance belongs to the one
 * whose period holds its date.
 */
@QuarkusTest
class GroupRejoinTest {

    @Test
    void aMemberWhoLeftMayJoinAgainFromTheDayTheyLeftButNeverTwiceAtOnce() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment person = Groups.macEnrollment();
        String first = Groups.add(group, person);
        Groups.join(group, person, "2026-03-02", 409); // still a member
        Groups.leave(first, "2026-03-02");

        Groups.join(group, person, "2026-03-01", 409); // the day before they left: still a member then
        String second = Groups.join(group, person, "2026-03-02", 201);
        assertNotEquals(first, second);
        Groups.join(group, person, "2026-04-01", 409); // a member again

        Api.as(Tokens.ANNA).get("/groups/" + group + "/members").then()
                .statusCode(200)
                .body("id", containsInAnyOrder(first, second))
                .body("find { it.id == '" + first + "' }.leftOn", equalTo("2026-03-02"))
                .body("find { it.id == '" + second + "' }.joinedOn", equalTo("2026-03-02"))
                .body("find { it.id == '" + second + "' }.active", equalTo(true));
        Api.as(Tokens.ANNA).get("/groups/" + group).then()
                .statusCode(200)
                .body("memberCount", equalTo(1));
    }

    @Test
    void eachSessionsAttendanceBelongsToTheMembershipOfItsDate() {
        String group = Groups.macGroup();
        TestEnrollments.Enrollment person = Groups.macEnrollment();
        String first = Groups.add(group, person);
        String before = Groups.session(group, "2026-02-03");
        String between = Groups.session(group, "2026-03-10");
        String after = Groups.session(group, "2026-04-07");
        Groups.record(before, Groups.attendance(person.id(), "present"));
        Groups.leave(first, "2026-03-02");
        String second = Groups.join(group, person, "2026-04-01", 201);

        Groups.record(after, Groups.attendance(person.id(), "absent"));
        Api.as(Tokens.ANNA).get("/group-sessions/" + between + "/attendance").then()
                .statusCode(200)
                .body("entries", hasSize(0));
        Api.as(Tokens.ANNA).get("/group-sessions/" + before + "/attendance").then()
                .statusCode(200)
                .body("entries.memberId", contains(first))
                .body("entries.status", contains("present"));
        Api.as(Tokens.ANNA).get("/group-sessions/" + after + "/attendance").then()
                .statusCode(200)
                .body("entries.memberId", contains(second))
                .body("entries.status", contains("absent"));
        Api.as(Tokens.ANNA).get("/enrollments/" + person.id() + "/attendance").then()
                .statusCode(200)
                .body("groups.memberId", containsInAnyOrder(first, second))
                .body("attendance.present", equalTo(1))
                .body("attendance.absent", equalTo(1));
    }
}
