package se.stegvis.consent;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.stegvis.caseload.EnrollmentRows;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class ConsentRecordAndWithdrawTest {

    private static final String AF = "40000000-0000-0000-0000-000000000002";
    private static final String FK = "40000000-0000-0000-0000-000000000003";

    @Inject
    EnrollmentRows rows;

    @Inject
    ConsentService consents;

    @Inject
    EntityManager em;

    /** Anna's audit events on the consent resource naming the participant. */
    private int consentEvents(String action, UUID participant) {
        io.quarkus.arc.Arc.container().instance(se.stegvis.audit.AuditLog.class).get().flush();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM audit_event a JOIN audit_event_participant ap ON ap.event_id = COALESCE(a.participants_of, a.id)
                WHERE a.action = :action AND a.username = 'anna' AND a.resource = 'consent' AND ap.participant_id = :p""")
                .setParameter("action", action).setParameter("p", participant).getSingleResult()).intValue());
    }

    private static LocalDate today() {
        return EnrollmentRows.today();
    }

    private static String record(UUID participant, String purpose, LocalDate givenOn) {
        return Api.as(Tokens.ANNA)
                .body(Map.of("purpose", purpose, "givenOn", givenOn.toString(), "organisationIds", List.of(AF, FK),
                        "formReference", "Pärm 3"))
                .post("/participants/" + participant + "/consents").then()
                .statusCode(201)
                .header("Location", endsWith("/participants/" + participant + "/consents"))
                .body("purpose", equalTo(purpose))
                .body("active", equalTo(true))
                .body("recordedBy.name", equalTo("Anna Lindqvist"))
                .extract().path("id");
    }

    @Test
    void aConsentIsRecordedAndASecondActiveOneForThePurposeIsRefused() {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Cons"));
        record(participant, "sip", today().minusDays(3));
        assertEquals(1, consentEvents("CREATE", participant), "recording is audited with the participant");

        Api.as(Tokens.ANNA).body(Map.of("purpose", "sip", "givenOn", today().toString()))
                .post("/participants/" + participant + "/consents").then()
                .statusCode(409)
                .body("type", endsWith("/consent-exists"));
        // Another purpose is independent.
        record(participant, "sus", today());
    }

    @Test
    void withdrawalTakesEffectIsShownInTheHistoryAndCannotBeRepeated() {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Cons"));
        String consent = record(participant, "participation_sharing", today().minusDays(10));
        UUID af = UUID.fromString(AF);
        assertTrue(consents.hasActiveConsent(participant, "participation_sharing", today()));
        assertTrue(consents.hasActiveConsent(participant, "participation_sharing", af, today()));
        assertFalse(consents.hasActiveConsent(participant, "participation_sharing", UUID.fromString(
                "40000000-0000-0000-0000-000000000006"), today()), "an organisation the consent does not name");

        Api.as(Tokens.ANNA).body(Map.of("withdrawnOn", today().toString(), "note", "Återkallat muntligt"))
                .post("/consents/" + consent + "/withdrawal").then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("withdrawnOn", equalTo(today().toString()))
                .body("withdrawnBy.name", equalTo("Anna Lindqvist"));
        assertFalse(consents.hasActiveConsent(participant, "participation_sharing", today()), "withdrawn from today");
        assertTrue(consents.hasActiveConsent(participant, "participation_sharing", today().minusDays(1)), "active before");
        assertEquals(1, consentEvents("UPDATE", participant), "the withdrawal is audited");

        Api.as(Tokens.ANNA).body(Map.of("withdrawnOn", today().toString()))
                .post("/consents/" + consent + "/withdrawal").then()
                .statusCode(409);

        // A new consent for the purpose may be recorded once the old one is withdrawn; newest first.
        record(participant, "participation_sharing", today());
        Api.as(Tokens.ANNA).get("/participants/" + participant + "/consents").then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].active", equalTo(true))
                .body("[0].withdrawnBy", nullValue())
                .body("[1].id", equalTo(consent))
                .body("[1].givenOn", equalTo(today().minusDays(10).toString()))
                .body("[1].recordedBy.name", equalTo("Anna Lindqvist"))
                .body("[1].withdrawnBy.name", equalTo("Anna Lindqvist"))
                .body("[1].organisationIds", contains(AF, FK));
        assertEquals(1, consentEvents("LIST", participant), "listing is audited");
    }

    @Test
    void datesInTheFutureOrBeforeTheConsentAreRefused() {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Cons"));
        Api.as(Tokens.ANNA).body(Map.of("purpose", "sus", "givenOn", today().plusDays(1).toString()))
                .post("/participants/" + participant + "/consents").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("givenOn"));
        Api.as(Tokens.ANNA).body(Map.of("purpose", "sus", "givenOn", today().toString(),
                "organisationIds", List.of(UUID.randomUUID().toString())))
                .post("/participants/" + participant + "/consents").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("organisationIds"));

        String consent = record(participant, "sus", today().minusDays(5));
        Api.as(Tokens.ANNA).body(Map.of("withdrawnOn", today().plusDays(1).toString()))
                .post("/consents/" + consent + "/withdrawal").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("withdrawnOn"));
        Api.as(Tokens.ANNA).body(Map.of("withdrawnOn", today().minusDays(6).toString()))
                .post("/consents/" + consent + "/withdrawal").then()
                .statusCode(422)
                .body("errors[0].field", equalTo("withdrawnOn"));
        Api.as(Tokens.ANNA).get("/participants/" + participant + "/consents").then()
                .statusCode(200).body("[0].active", equalTo(true));
    }

    @Test
    void someoneWhoCannotSeeTheParticipantGets404AndNothingIsRecorded() {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Cons"));
        String consent = record(participant, "evaluation", today());

        Api.as(Tokens.ERIK).get("/participants/" + participant + "/consents").then().statusCode(404);
        Api.as(Tokens.ERIK).body(Map.of("purpose", "sus", "givenOn", today().toString()))
                .post("/participants/" + participant + "/consents").then().statusCode(404);
        Api.as(Tokens.ERIK).body(Map.of("withdrawnOn", today().toString()))
                .post("/consents/" + consent + "/withdrawal").then().statusCode(404);
        Api.as(Tokens.SARA).get("/participants/" + participant + "/consents").then().statusCode(403);

        Api.as(Tokens.ANNA).get("/participants/" + participant + "/consents").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].active", equalTo(true));
        assertEquals(0, rows.auditEvents("LIST", "erik", participant));
    }
}
