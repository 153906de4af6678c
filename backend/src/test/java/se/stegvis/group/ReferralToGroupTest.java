package se.stegvis.group;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import se.stegvis.referral.Referrals;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** A referral accepted "for a group start" lands in that group when the person is enrolled. */
@QuarkusTest
class ReferralToGroupTest {

    private static Response screened() {
        Response submitted = Referrals.submit(Api.as(Tokens.LARS), Referrals.body(Referrals.uniqueReason()));
        submitted.then().statusCode(201);
        Response screened = Referrals.screen(Api.as(Tokens.MARIA), submitted.path("id"), submitted.header("ETag"));
        screened.then().statusCode(200);
        return screened;
    }

    private static Map<String, Object> acceptedFor(String groupId) {
        Map<String, Object> decision = new HashMap<>(Referrals.accepted());
        decision.put("groupId", groupId);
        return decision;
    }

    private static Map<String, Object> enrollment(Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("startDate", Referrals.today().toString());
        body.put("coordinatorUserId", Tokens.ANNA_ID);
        // Other tests fill Cresco+ Skövde; the project manager may always go beyond.
        body.put("capacityOverrideReason", "Testdata fyller kommunen");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void theDecisionNamesAGroupOfTheReferralsProjectAndEnrollingAddsTheMember() {
        String group = Groups.group(Tokens.MARIA, Groups.CRESCO, "{\"name\": \"Cresco+ grupp\", \"startDate\": \"2026-01-05\"}");
        String macGroup = Groups.macGroup();
        Response screened = screened();
        String id = screened.path("id");

        Referrals.decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), acceptedFor(macGroup)).then()
                .statusCode(422)
                .body("errors.field", contains("groupId"));
        Response decided = Referrals.decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), acceptedFor(group));
        decided.then().statusCode(200).body("decision.groupId", equalTo(group));

        String enrollmentId = Api.as(Tokens.MARIA).header("If-Match", decided.header("ETag")).body(enrollment())
                .post("/referrals/" + id + "/enrollment").then()
                .statusCode(201).extract().path("id");
        Api.as(Tokens.ANNA).get("/groups/" + group + "/members").then()
                .statusCode(200)
                .body("enrollmentId", contains(enrollmentId))
                .body("[0].joinedOn", equalTo(Referrals.today().toString()));
        Api.as(Tokens.ANNA).get("/enrollments/" + enrollmentId + "/attendance").then()
                .body("groups", hasSize(1))
                .body("groups[0].groupId", equalTo(group));
    }

    @Test
    void aFullGroupNeedsAReasonAndOtherwiseNothingIsEnrolled() {
        String group = Groups.group(Tokens.MARIA, Groups.CRESCO,
                "{\"name\": \"Full grupp\", \"startDate\": \"2026-01-05\", \"capacity\": 1}");
        Api.as(Tokens.MARIA).body("{\"enrollmentId\": \"" + se.stegvis.assessment.TestEnrollments.open(Groups.START).id() + "\"}")
                .post("/groups/" + group + "/members").then().statusCode(201);
        Response screened = screened();
        String id = screened.path("id");
        Response decided = Referrals.decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), acceptedFor(group));
        decided.then().statusCode(200);

        Api.as(Tokens.MARIA).header("If-Match", decided.header("ETag")).body(enrollment())
                .post("/referrals/" + id + "/enrollment").then()
                .statusCode(409);
        Api.as(Tokens.MARIA).get("/referrals/" + id).then().body("status", equalTo("accepted"));
        Api.as(Tokens.MARIA).header("If-Match", decided.header("ETag"))
                .body(enrollment("groupCapacityOverrideReason", "Syskon redan i gruppen"))
                .post("/referrals/" + id + "/enrollment").then()
                .statusCode(201);
        Api.as(Tokens.MARIA).get("/groups/" + group).then().body("memberCount", equalTo(2));
    }
}
