package se.stegvis.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.stegvis.referral.Referrals.accepted;
import static se.stegvis.referral.Referrals.body;
import static se.stegvis.referral.Referrals.count;
import static se.stegvis.referral.Referrals.decide;
import static se.stegvis.referral.Referrals.screen;
import static se.stegvis.referral.Referrals.submit;
import static se.stegvis.referral.Referrals.today;
import static se.stegvis.referral.Referrals.uniqueReason;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class ReferralFlowTest {

    @Test
    void acceptedReferralBecomesAnEnrollmentWithItsHistoryConsentsAndExitSummary() {
        Map<String, Object> body = body(uniqueReason());
        String number = (String) ((Map<?, ?>) body.get("person")).get("identityNumber");
        Response submitted = submit(Api.as(Tokens.LARS), body);
        submitted.then().statusCode(201)
                .header("Location", containsString("/api/v1/referrals/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("submitted"))
                .body("referringOrganisationId", equalTo(Referrals.AF))
                .body("person.anonymous", equalTo(false))
                .body("person.identityNumberMasked", equalTo(number.substring(0, 9) + "****"))
                .body("person.birthYear", equalTo(1990))
                .body("consent.purposes", contains("participation_sharing", "sus"))
                .body("history.type", contains("referral.submitted"))
                .body("history[0].actor", equalTo("Lars Ek"));
        String id = submitted.path("id");
        assertEquals("/api/v1/referrals/" + id, java.net.URI.create(submitted.header("Location")).getPath());
        // The number is never returned.
        assertEquals(false, submitted.asString().contains(number));

        Response screened = screen(Api.as(Tokens.MARIA), id, submitted.header("ETag"));
        screened.then().statusCode(200).body("status", equalTo("screened"))
                .body("boardMeetingDate", equalTo(today().toString()));
        Response decided = decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), accepted());
        decided.then().statusCode(200).body("status", equalTo("accepted"))
                .body("decision.outcome", equalTo("accepted"))
                .body("decision.groupStartName", equalTo("Grupp vår"));

        Response enrolled = Api.as(Tokens.MARIA).header("If-Match", decided.header("ETag"))
                .body(Map.of("startDate", today().toString(), "coordinatorUserId", Tokens.ANNA_ID))
                .post("/referrals/" + id + "/enrollment");
        enrolled.then().statusCode(201)
                .header("Location", containsString("/api/v1/enrollments/"))
                .body("referralId", equalTo(id))
                .body("projectId", equalTo(Referrals.CRESCO))
                .body("municipalityCode", equalTo(Referrals.SKOVDE))
                .body("referringCaseworker.name", equalTo("Lars Ek"))
                .body("referringCaseworker.organisationId", equalTo(Referrals.AF))
                .body("susEntry.employmentStatus", equalTo("job_seeking"))
                .body("coordinator.userId", equalTo(Tokens.ANNA_ID));
        String enrollmentId = enrolled.path("id");
        assertEquals("/api/v1/enrollments/" + enrollmentId, java.net.URI.create(enrolled.header("Location")).getPath());
        String participantId = enrolled.path("participantId");

        Api.as(Tokens.LARS).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("enrolled"))
                .body("enrollmentId", equalTo(enrollmentId))
                .body("history.type", contains("referral.submitted", "referral.screened", "referral.accepted",
                        "referral.enrolled"))
                .body("history.status", contains("submitted", "screened", "accepted", "enrolled"))
                .body("history.actor", contains("Lars Ek", "Maria Holm", "Maria Holm", "Maria Holm"))
                .body("history.occurredAt", everyItem(notNullValue()));
        assertEquals(2, count("SELECT COUNT(*) FROM consent WHERE participant_id = ? AND source_referral_id = ?"
                + " AND purpose IN ('participation_sharing', 'sus')", participantId, id));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollment WHERE id = ? AND referral_id = ? AND caseworker_name = 'Lars Ek'",
                enrollmentId, id));

        // Not yet exited: no summary.
        Api.as(Tokens.LARS).get("/referrals/" + id + "/exit-summary").then().statusCode(404);
        String etag = Api.as(Tokens.MARIA).get("/enrollments/" + enrollmentId).header("ETag");
        Api.as(Tokens.MARIA).header("If-Match", etag)
                .body(Map.of("exitDate", today().toString(), "outcome", "studies", "summary", "Börjar studera på Komvux.",
                        "susExit", Map.of("employmentStatus", "studies", "extentPct", 100, "incomeSources", List.of("student_aid"))))
                .post("/enrollments/" + enrollmentId + "/exit").then().statusCode(200);
        Api.as(Tokens.LARS).get("/referrals/" + id + "/exit-summary").then().statusCode(200)
                .body("referralId", equalTo(id))
                .body("enrollmentId", equalTo(enrollmentId))
                .body("outcome", equalTo("studies"))
                .body("summary", equalTo("Börjar studera på Komvux."))
                .body("susExit.employmentStatus", equalTo("studies"))
                .body("susExit.incomeSources", contains("student_aid"));
        // The project's manager may read it too; another agency may not.
        Api.as(Tokens.MARIA).get("/referrals/" + id + "/exit-summary").then().statusCode(200);
        Api.as(Tokens.KARIN).get("/referrals/" + id + "/exit-summary").then().statusCode(404);

        // Once the person withdraws consent to sharing, nothing more reaches the referring agency.
        String sharing = Api.as(Tokens.MARIA).get("/participants/" + participantId + "/consents").then().statusCode(200)
                .extract().path("find { it.purpose == 'participation_sharing' }.id");
        Api.as(Tokens.MARIA).body(Map.of("withdrawnOn", today().toString()))
                .post("/consents/" + sharing + "/withdrawal").then().statusCode(200).body("active", equalTo(false));
        Api.as(Tokens.LARS).get("/referrals/" + id + "/exit-summary").then().statusCode(404);
    }

    @Test
    void declinedReferralShowsTheReferrerTheStatusAndReason() {
        Response submitted = submit(Api.as(Tokens.LARS), body(uniqueReason()));
        String id = submitted.path("id");
        Response screened = screen(Api.as(Tokens.MARIA), id, submitted.header("ETag"));
        // Declining needs a reason.
        decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), Map.of("outcome", "declined", "decidedOn", today().toString()))
                .then().statusCode(422).body("errors.field", hasItem("reason"));
        decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), Map.of("outcome", "declined", "decidedOn",
                today().toString(), "reason", "Uppfyller inte kravet på två kända parter.")).then().statusCode(200);

        Api.as(Tokens.LARS).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("declined"))
                .body("decision.outcome", equalTo("declined"))
                .body("decision.reason", equalTo("Uppfyller inte kravet på två kända parter."))
                .body("history.type", contains("referral.submitted", "referral.screened", "referral.declined"))
                .body("history[2].reason", equalTo("Uppfyller inte kravet på två kända parter."))
                .body("enrollmentId", nullValue());
    }

    @Test
    void withdrawnReferralCanBeNeitherWithdrawnAgainNorDecided() {
        Response submitted = submit(Api.as(Tokens.LARS), body(uniqueReason()));
        String id = submitted.path("id");
        Response screened = screen(Api.as(Tokens.MARIA), id, submitted.header("ETag"));

        // If-Match is required.
        Api.as(Tokens.LARS).body(Map.of()).post("/referrals/" + id + "/withdrawal").then().statusCode(428);
        Response withdrawn = Api.as(Tokens.LARS).header("If-Match", screened.header("ETag"))
                .body(Map.of("reason", "Personen har fått arbete.")).post("/referrals/" + id + "/withdrawal");
        withdrawn.then().statusCode(200).body("status", equalTo("withdrawn"))
                .body("history.type", contains("referral.submitted", "referral.screened", "referral.withdrawn"));

        Api.as(Tokens.LARS).header("If-Match", withdrawn.header("ETag")).body(Map.of())
                .post("/referrals/" + id + "/withdrawal").then().statusCode(409);
        decide(Api.as(Tokens.MARIA), id, withdrawn.header("ETag"), accepted()).then().statusCode(409);
        Api.as(Tokens.MARIA).get("/referrals/" + id).then().statusCode(200).body("status", equalTo("withdrawn"));
    }

    @Test
    void acceptedReferralCanNoLongerBeWithdrawn() {
        Response submitted = submit(Api.as(Tokens.LARS), body(uniqueReason()));
        String id = submitted.path("id");
        Response screened = screen(Api.as(Tokens.MARIA), id, submitted.header("ETag"));
        Response decided = decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), accepted());
        Api.as(Tokens.LARS).header("If-Match", decided.header("ETag")).body(Map.of())
                .post("/referrals/" + id + "/withdrawal").then().statusCode(409);
    }

    @Test
    void referralWithoutParticipationConsentIsRefusedAndNothingIsStored() {
        String reason = uniqueReason();
        Map<String, Object> body = body(reason);
        body.put("consent", Referrals.consent(List.of("sus")));
        submit(Api.as(Tokens.LARS), body).then().statusCode(422)
                .body("errors.field", contains("consent.purposes"));
        assertEquals(0, count("SELECT COUNT(*) FROM referral WHERE reason = ?", reason));
        assertEquals(0, count("SELECT COUNT(*) FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE r.reason = ?",
                reason));
    }

    @Test
    void invalidIdentityNumberIsRefusedWithoutEchoingIt() {
        Map<String, Object> body = body(uniqueReason());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) body.get("person");
        person.put("identityNumber", "19900101-1235");
        Response r = submit(Api.as(Tokens.LARS), body);
        r.then().statusCode(422).body("errors.field", contains("person.identityNumber"));
        assertEquals(false, r.asString().contains("19900101"));
    }

    @Test
    void onlyTheProjectsManagerScreensAndNobodyDecidesBeforeScreening() {
        Response submitted = submit(Api.as(Tokens.LARS), body(uniqueReason()));
        String id = submitted.path("id");
        decide(Api.as(Tokens.MARIA), id, submitted.header("ETag"), accepted()).then().statusCode(409);
        Api.as(Tokens.MARIA).header("If-Match", submitted.header("ETag"))
                .body(Map.of("boardMeetingDate", today().minusDays(10).toString()))
                .post("/referrals/" + id + "/screening").then().statusCode(422)
                .body("errors.field", contains("boardMeetingDate"));
    }
}
