package se.stegvis.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.stegvis.referral.Referrals.body;
import static se.stegvis.referral.Referrals.submit;
import static se.stegvis.referral.Referrals.uniqueReason;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Partner systems with real client-credentials tokens see only their own organisation's referrals. */
@QuarkusTest
class ReferralIsolationTest {

    @Test
    void anotherAgencysSystemCannotSeeWithdrawOrReadTheExitSummaryOfAReferral() {
        Response submitted = submit(Api.withToken(Tokens.partnerAf()), body(uniqueReason()));
        submitted.then().statusCode(201)
                .body("referringOrganisationId", equalTo(Referrals.AF))
                .body("history[0].actor", equalTo("partner system partner-af"));
        String id = submitted.path("id");
        String etag = submitted.header("ETag");

        Api.withToken(Tokens.partnerFk()).get("/referrals/" + id).then().statusCode(404);
        Api.withToken(Tokens.partnerFk()).header("If-Match", etag).body(Map.of())
                .post("/referrals/" + id + "/withdrawal").then().statusCode(404);
        Api.withToken(Tokens.partnerFk()).get("/referrals/" + id + "/exit-summary").then().statusCode(404);
        Api.withToken(Tokens.partnerFk()).queryParam("limit", 200).get("/referrals").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // Nor can a caseworker of that agency.
        Api.as(Tokens.KARIN).get("/referrals/" + id).then().statusCode(404);

        // The referring agency can: its system and its caseworker alike.
        Api.withToken(Tokens.partnerAf()).get("/referrals/" + id).then().statusCode(200);
        Api.as(Tokens.LARS).get("/referrals/" + id).then().statusCode(200);
        Api.withToken(Tokens.partnerAf()).queryParam("limit", 200).get("/referrals").then().statusCode(200)
                .body("items.id", hasItem(id));
        // And the project's manager.
        Api.as(Tokens.MARIA).queryParam("projectId", Referrals.CRESCO).queryParam("limit", 200).get("/referrals")
                .then().statusCode(200).body("items.id", hasItem(id));
        // The referrer cannot screen or decide its own referral.
        Api.withToken(Tokens.partnerAf()).header("If-Match", etag).body(Map.of("boardMeetingDate", "2030-01-01"))
                .post("/referrals/" + id + "/screening").then().statusCode(403);
    }

    @Test
    void pollingWithChangedSinceReturnsOnlyLaterChanges() {
        Response first = submit(Api.withToken(Tokens.partnerAf()), body(uniqueReason()));
        String firstId = first.path("id");
        String since = first.path("updatedAt");
        Response second = submit(Api.withToken(Tokens.partnerAf()), body(uniqueReason()));
        String secondId = second.path("id");
        Api.withToken(Tokens.partnerAf()).queryParam("changedSince", since).get("/referrals").then().statusCode(200)
                .body("items.id", hasItem(secondId))
                .body("items.id", not(hasItem(firstId)));
    }

    @Test
    void coordinatorsAnalystsAndAdministratorsMayNotUseReferrals() {
        String id = submit(Api.as(Tokens.LARS), body(uniqueReason())).path("id");
        for (String user : new String[] { Tokens.ANNA, Tokens.SARA, Tokens.ADMIN }) {
            Api.as(user).get("/referrals").then().statusCode(403);
            Api.as(user).get("/referrals/" + id).then().statusCode(403);
            Api.as(user).get("/referrals/" + id + "/exit-summary").then().statusCode(403);
            Api.as(user).body(body(uniqueReason())).post("/referrals").then().statusCode(403);
            Api.as(user).header("If-Match", "\"0\"").body(Map.of()).post("/referrals/" + id + "/withdrawal")
                    .then().statusCode(403);
        }
        // Partner caseworkers may not register webhooks; that is for their systems.
        Api.as(Tokens.LARS).get("/webhook-subscriptions").then().statusCode(403);
    }
}
