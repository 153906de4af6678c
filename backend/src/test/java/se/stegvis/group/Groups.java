package se.stegvis.group;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Groups, members and sessions made through the API, for the group tests. */
final class Groups {

    static final String MAC = TestEnrollments.MAC;
    static final String CRESCO = TestEnrollments.CRESCO;
    static final String SKOVDE = TestEnrollments.SKOVDE;
    /** Lidköping: Erik's municipality in Cresco+, not Anna's. */
    static final String LIDKOPING = "1494";
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Groups() {
    }

    /** A MAC group started by Anna on {@link #START}, with the default capacity. */
    static String macGroup() {
        return group(Tokens.ANNA, MAC, "{\"name\": \"MAC vårstart\", \"startDate\": \"2026-01-05\", \"endDate\": \"2026-12-18\"}");
    }

    static String group(String user, String projectId, String body) {
        return Api.as(user).body(body).post("/projects/" + projectId + "/groups").then()
                .statusCode(201).extract().path("id");
    }

    static TestEnrollments.Enrollment macEnrollment() {
        return TestEnrollments.open(MAC, SKOVDE, START);
    }

    /** Adds the enrollment on the group's start; answers the membership id. */
    static String add(String groupId, TestEnrollments.Enrollment e) {
        return join(groupId, e, "2026-01-05", 201);
    }

    /** Asks Anna to add the enrollment from the day, expecting the status; answers the membership id, if any. */
    static String join(String groupId, TestEnrollments.Enrollment e, String on, int status) {
        return Api.as(Tokens.ANNA).body("{\"enrollmentId\": \"" + e.id() + "\", \"joinedOn\": \"" + on + "\"}")
                .post("/groups/" + groupId + "/members").then()
                .statusCode(status).extract().path("id");
    }

    /** Records that a membership never changed before ended on the day. */
    static void leave(String memberId, String on) {
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body("{\"leftOn\": \"" + on + "\", \"reason\": \"Arbetsträning\"}")
                .post("/group-members/" + memberId + "/leave").then()
                .statusCode(200);
    }

    static String session(String groupId, String date) {
        return Api.as(Tokens.ANNA).body("{\"sessionDate\": \"" + date + "\", \"partOfDay\": \"morning\", \"startTime\": \"09:00\", \"endTime\": \"12:00\"}")
                .post("/groups/" + groupId + "/sessions").then()
                .statusCode(201).extract().path("id");
    }

    /** The attendance body for the given enrollments and statuses, in pairs. */
    static String attendance(Object... enrollmentAndStatus) {
        StringBuilder b = new StringBuilder("{\"entries\": [");
        for (int i = 0; i < enrollmentAndStatus.length; i += 2) {
            if (i > 0) {
                b.append(", ");
            }
            b.append("{\"enrollmentId\": \"").append(enrollmentAndStatus[i]).append("\", \"status\": \"")
                    .append(enrollmentAndStatus[i + 1]).append("\"}");
        }
        return b.append("]}").toString();
    }

    /** Records attendance with the session's current attendance ETag; answers the new version. */
    static int record(String sessionId, String body) {
        String etag = Api.as(Tokens.ANNA).get("/group-sessions/" + sessionId + "/attendance").then()
                .statusCode(200).extract().header("ETag");
        return Api.as(Tokens.ANNA).header("If-Match", etag).body(body)
                .put("/group-sessions/" + sessionId + "/attendance").then()
                .statusCode(200).extract().path("version");
    }

    static String ids(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }
}
