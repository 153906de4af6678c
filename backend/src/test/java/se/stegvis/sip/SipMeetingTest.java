package se.stegvis.sip;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** A SIP meeting needs the participant's SIP consent on the meeting date. */
@QuarkusTest
class SipMeetingTest {

    private static final String MEETING = """
            {"meetingDate": "2026-03-20",
             "participants": [
               {"organisationName": "Vårdcentralen Skövde", "role": "Fast vårdkontakt", "personName": "Eva Berg"},
               {"organisationId": "40000000-0000-0000-0000-000000000004", "role": "Handläggare"}],
             "agreed": "Vården utreder sömnproblem; socialtjänsten ansöker om boendestöd.",
             "actionItems": [{"who": "Socialtjänsten Skövde", "what": "Ansöka om boendestöd", "dueDate": "2026-04-15"}],
             "nextMeetingDate": "2026-05-20"}""";

    private static TestEnrollments.Enrollment enrollment() {
        return TestEnrollments.open(TestEnrollments.MAC, TestEnrollments.SKOVDE, LocalDate.of(2026, 1, 5));
    }

    private static String consent(TestEnrollments.Enrollment e, String purpose, String givenOn) {
        return Api.as(Tokens.ANNA).body("{\"purpose\": \"" + purpose + "\", \"givenOn\": \"" + givenOn + "\"}")
                .post("/participants/" + e.participantId() + "/consents").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void refusedWithoutASipConsent() {
        TestEnrollments.Enrollment e = enrollment();
        consent(e, "sus", "2026-01-05");
        Api.as(Tokens.ANNA).body(MEETING).post("/enrollments/" + e + "/sip-meetings").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("consent"));
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/sip-meetings").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void refusedWhenTheConsentCameAfterTheMeetingOrWasWithdrawnBeforeIt() {
        TestEnrollments.Enrollment e = enrollment();
        String consentId = consent(e, "sip", "2026-03-01");
        Api.as(Tokens.ANNA).body(MEETING.replace("2026-03-20", "2026-02-20")).post("/enrollments/" + e + "/sip-meetings").then()
                .statusCode(422)
                .body("errors.field", contains("consent"));
        Api.as(Tokens.ANNA).body("{\"withdrawnOn\": \"2026-03-10\"}").post("/consents/" + consentId + "/withdrawal").then()
                .statusCode(200);
        Api.as(Tokens.ANNA).body(MEETING).post("/enrollments/" + e + "/sip-meetings").then()
                .statusCode(422)
                .body("errors.field", contains("consent"));
    }

    @Test
    void acceptedWithASipConsentAndListedForTheEnrollment() {
        TestEnrollments.Enrollment e = enrollment();
        String consentId = consent(e, "sip", "2026-03-01");
        String id = Api.as(Tokens.ANNA).body(MEETING).post("/enrollments/" + e + "/sip-meetings").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", org.hamcrest.Matchers.containsString("sip-meetings/"))
                .body("consentId", equalTo(consentId))
                .body("participantId", equalTo(e.participantId().toString()))
                .body("participants.organisationName", contains("Vårdcentralen Skövde", "Skövde kommun, socialtjänsten"))
                .body("participants.role", contains("Fast vårdkontakt", "Handläggare"))
                .body("actionItems[0].done", equalTo(false))
                .body("createdBy.name", equalTo("Anna Lindqvist"))
                .extract().path("id");
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/sip-meetings").then()
                .statusCode(200)
                .body("id", contains(id));
        Api.as(Tokens.MARIA).get("/sip-meetings/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("agreed", notNullValue());
        assertTrue(TestEnrollments.auditEntries("CREATE", "sip_meeting", e.participantId()) == 1);
        assertTrue(TestEnrollments.auditEntries("READ", "sip_meeting", e.participantId()) >= 1);
    }

    @Test
    void theMeetingIsValidated() {
        TestEnrollments.Enrollment e = enrollment();
        consent(e, "sip", "2026-01-05");
        Api.as(Tokens.ANNA).body("""
                {"meetingDate": "2026-03-20",
                 "participants": [{"role": "Läkare"}, {"organisationId": "40000000-0000-0000-0000-0000000000ff", "role": "Handläggare"}],
                 "actionItems": [{"who": " ", "what": "Något"}], "nextMeetingDate": "2026-03-01"}""")
                .post("/enrollments/" + e + "/sip-meetings").then()
                .statusCode(422)
                .body("errors.field", contains("nextMeetingDate", "participants[0].organisationName",
                        "participants[1].organisationId", "actionItems[0].who"));
        TestEnrollments.exit(e.id());
        Api.as(Tokens.ANNA).body(MEETING).post("/enrollments/" + e + "/sip-meetings").then().statusCode(409);
    }

    @Test
    void updatingNeedsTheCurrentVersion() {
        TestEnrollments.Enrollment e = enrollment();
        consent(e, "sip", "2026-03-01");
        String id = Api.as(Tokens.ANNA).body(MEETING).post("/enrollments/" + e + "/sip-meetings").then()
                .statusCode(201).extract().path("id");
        String done = MEETING.replace("\"dueDate\": \"2026-04-15\"", "\"dueDate\": \"2026-04-15\", \"done\": true");
        Api.as(Tokens.ANNA).body(done).put("/sip-meetings/" + id).then().statusCode(428);
        Api.as(Tokens.ANNA).header("If-Match", "\"7\"").body(done).put("/sip-meetings/" + id).then().statusCode(412);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(done).put("/sip-meetings/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("actionItems[0].done", equalTo(true));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(MEETING).put("/sip-meetings/" + id).then().statusCode(412);
    }

    @Test
    void othersSeeNothing() {
        TestEnrollments.Enrollment e = enrollment();
        consent(e, "sip", "2026-03-01");
        String id = Api.as(Tokens.ANNA).body(MEETING).post("/enrollments/" + e + "/sip-meetings").then()
                .statusCode(201).extract().path("id");
        Api.as(Tokens.ERIK).get("/sip-meetings/" + id).then().statusCode(404);
        Api.as(Tokens.ERIK).get("/enrollments/" + e + "/sip-meetings").then().statusCode(404);
        Api.as(Tokens.ERIK).header("If-Match", "\"0\"").body(MEETING).put("/sip-meetings/" + id).then().statusCode(404);
        Api.as(Tokens.SARA).get("/sip-meetings/" + id).then().statusCode(403);
        Api.as(Tokens.LARS).get("/enrollments/" + e + "/sip-meetings").then().statusCode(403);
    }
}
