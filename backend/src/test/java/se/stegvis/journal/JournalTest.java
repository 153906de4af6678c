package se.stegvis.journal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import se.stegvis.plan.PlanTestData;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class JournalTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    @Inject
    PlanTestData data;

    private static ValidatableResponse write(String user, UUID e, String noteDate, String category, String text) {
        return Api.as(user)
                .body(java.util.Map.of("noteDate", noteDate, "category", category, "text", text))
                .post("/enrollments/" + e + "/journal").then();
    }

    @Test
    void newEnrollmentHasAnEmptyJournal() {
        UUID e = data.openEnrollment(START);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/journal").then()
                .statusCode(200)
                .body("$", emptyIterable());
    }

    @Test
    void noteIsWrittenWithItsAuthor() {
        UUID e = data.openEnrollment(START);
        write(Tokens.ANNA, e, "2026-03-10", "meeting", "Trepartssamtal med AF.")
                .statusCode(201)
                .header("Location", endsWith("/api/v1/enrollments/" + e + "/journal"))
                .body("enrollmentId", equalTo(e.toString()))
                .body("noteDate", equalTo("2026-03-10"))
                .body("category", equalTo("meeting"))
                .body("text", equalTo("Trepartssamtal med AF."))
                .body("author.userId", equalTo(Tokens.ANNA_ID))
                .body("author.name", equalTo("Anna Lindqvist"));
    }

    @Test
    void notesAreListedNewestFirstByDateThenByWhenWritten() {
        UUID e = data.openEnrollment(START);
        write(Tokens.ANNA, e, "2026-03-01", "contact", "Första").statusCode(201);
        write(Tokens.MARIA, e, "2026-03-05", "sip", "SIP-möte").statusCode(201);
        write(Tokens.ANNA, e, "2026-03-01", "health", "Andra samma dag").statusCode(201);

        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/journal").then()
                .statusCode(200)
                .body("text", contains("SIP-möte", "Andra samma dag", "Första"))
                .body("noteDate", contains("2026-03-05", "2026-03-01", "2026-03-01"))
                .body("author.name", contains("Maria Holm", "Anna Lindqvist", "Anna Lindqvist"));
    }

    @Test
    void noteDatedInTheFutureIsRefused() {
        UUID e = data.openEnrollment(START);
        write(Tokens.ANNA, e, "2099-01-01", "meeting", "Planerat möte")
                .statusCode(422)
                .body("errors.field", contains("noteDate"));
    }

    @Test
    void textOfMoreThan20000CharactersIsRefusedNamingTextWithoutEchoingIt() {
        UUID e = data.openEnrollment(START);
        String secret = "hemlig-diagnos ";
        String text = secret + "x".repeat(20_001 - secret.length());
        write(Tokens.ANNA, e, "2026-03-10", "health", text)
                .statusCode(422)
                .body("errors.field", contains("text"))
                .body(not(containsString("hemlig-diagnos")));
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/journal").then().body("$", emptyIterable());
    }

    @Test
    void textOfExactly20000CharactersIsKept() {
        UUID e = data.openEnrollment(START);
        // Three bytes each in UTF-8: 60,000 bytes.
        String text = "€".repeat(20_000);
        write(Tokens.ANNA, e, "2026-03-10", "other", text).statusCode(201);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/journal").then()
                .statusCode(200)
                .body("[0].text", equalTo(text));
    }

    @Test
    void emptyOrBlankTextIsRefused() {
        UUID e = data.openEnrollment(START);
        write(Tokens.ANNA, e, "2026-03-10", "other", "").statusCode(422).body("errors.field", contains("text"));
        write(Tokens.ANNA, e, "2026-03-10", "other", "   ").statusCode(422).body("errors.field", contains("text"));
    }

    @Test
    void unknownCategoryIsAMalformedRequest() {
        UUID e = data.openEnrollment(START);
        write(Tokens.ANNA, e, "2026-03-10", "gossip", "Text").statusCode(400);
    }

    @Test
    void noteMayBeWrittenAfterExit() {
        UUID e = data.openEnrollment(START);
        data.exit(e, LocalDate.of(2026, 6, 30));
        write(Tokens.ANNA, e, "2026-07-02", "contact", "Uppföljning efter avslut.").statusCode(201);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/journal").then()
                .body("text", contains("Uppföljning efter avslut."));
    }

    @Test
    void coordinatorOutsideTheMunicipalitySeesNoJournal() {
        UUID e = data.openEnrollment(START);
        write(Tokens.ANNA, e, "2026-03-10", "meeting", "Möte").statusCode(201);
        Api.as(Tokens.ERIK).get("/enrollments/" + e + "/journal").then().statusCode(404);
        write(Tokens.ERIK, e, "2026-03-10", "meeting", "Möte").statusCode(404);
        Api.as(Tokens.SARA).get("/enrollments/" + e + "/journal").then().statusCode(403);
        Api.anonymous().get("/enrollments/" + e + "/journal").then().statusCode(401);
    }

    @Test
    void readingAndWritingAreAuditedWithTheParticipant() {
        UUID e = data.openEnrollment(START);
        write(Tokens.ANNA, e, "2026-03-10", "meeting", "Möte").statusCode(201);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/journal").then().statusCode(200);
        Api.as(Tokens.MARIA).get("/enrollments/" + e + "/journal").then().statusCode(200);

        assertEquals(1, data.auditEntries(e, "CREATE", "journal-note"));
        assertEquals(2, data.auditEntries(e, "LIST", "journal-note"));
    }
}
