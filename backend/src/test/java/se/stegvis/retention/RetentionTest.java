package se.stegvis.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import se.stegvis.api.generated.model.RetentionRun;
import se.stegvis.api.generated.model.RetentionRunResult;
import se.stegvis.caseload.EnrollmentRows;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Retention through {@link RetentionService#run}, the method the nightly job and runRetention call
 * (the HTTP operations live in AdminResource, see RetentionEndpoints).
 */
@QuarkusTest
class RetentionTest {

    private static final UUID ANNA = UUID.fromString(Tokens.ANNA_ID);

    @Inject
    EnrollmentRows rows;

    @Inject
    RetentionService retention;

    @Inject
    EntityManager em;

    /** A participant of Anna's with an exited enrollment (coded outcome, SUS code, free text), an intervention with a note and a journal note. */
    private UUID exitedParticipant(LocalDate exitedOn) {
        UUID participant = People.create(Tokens.ANNA, "Kim", People.uniqueName("Ret"));
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ANNA)
                .start(exitedOn.minusYears(1)).plannedEnd(exitedOn).exited(exitedOn, null));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    UPDATE enrollment SET exit_outcome = 'work', sus_exit_employment = 'work', exit_summary = 'Fick jobb på lagret',
                      caseworker_name = 'Eva Handläggare', caseworker_email = 'eva@af.se' WHERE id = :e""")
                    .setParameter("e", enrollment).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO journal_note (id, enrollment_id, note_date, category, body, author_id)
                    VALUES (:id, :e, :d, 'other', 'Samtal om hälsan', :a)""")
                    .setParameter("id", UUID.randomUUID()).setParameter("e", enrollment).setParameter("d", exitedOn.minusMonths(2))
                    .setParameter("a", ANNA).executeUpdate();
        });
        UUID intervention = rows.intervention(enrollment, EnrollmentRows.WORK_TRAINING, "completed", exitedOn.minusMonths(6), exitedOn);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE intervention SET note = 'Trivs på lagret' WHERE id = :id")
                .setParameter("id", intervention).executeUpdate());
        return participant;
    }

    private int interventionNotes(UUID participant) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT COUNT(i.note) FROM intervention i JOIN enrollment e ON e.id = i.enrollment_id WHERE e.participant_id = :p""")
                .setParameter("p", participant).getSingleResult()).intValue());
    }

    private Object[] participantRow(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                SELECT first_name, last_name, identity_cipher, identity_hash, identity_masked, birth_date, sex, birth_year,
                  identity_type FROM participant WHERE id = :id""").setParameter("id", id).getSingleResult());
    }

    private Object[] enrollmentRow(UUID participant) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                SELECT exit_outcome, sus_exit_employment, exit_summary, caseworker_name, caseworker_email
                FROM enrollment WHERE participant_id = :p""").setParameter("p", participant).getSingleResult());
    }

    private int journalNotes(UUID participant) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM journal_note n JOIN enrollment e ON e.id = n.enrollment_id WHERE e.participant_id = :p""")
                .setParameter("p", participant).getSingleResult()).intValue());
    }

    private static RetentionRunResult result(RetentionRun run, String type, String action) {
        return run.getResults().stream()
                .filter(r -> r.getRecordType().equals(type) && r.getAction().toString().equals(action))
                .findFirst().orElseThrow();
    }

    @Test
    void aLongExitedParticipantIsAnonymisedKeepingStatisticsAndARecentOneIsUntouched() {
        LocalDate today = EnrollmentRows.today();
        UUID old = exitedParticipant(today.minusYears(6));
        UUID recent = exitedParticipant(today.minusYears(1));

        RetentionRun dry = retention.run(true, "test");
        assertTrue(dry.getDryRun());
        assertTrue(result(dry, "participant", "anonymised").getCount() >= 1);
        assertTrue(result(dry, "journal_note", "deleted").getCount() >= 1);
        assertNotNull(participantRow(old)[0], "a dry run changes nothing");
        assertEquals(1, journalNotes(old), "a dry run deletes nothing");

        RetentionRun run = retention.run(false, "test");
        assertEquals(false, run.getDryRun());
        assertNotNull(run.getFinishedAt());
        assertTrue(result(run, "participant", "anonymised").getCount() >= 1);

        Object[] p = participantRow(old);
        assertNull(p[0], "first name");
        assertNull(p[1], "last name");
        assertNull(p[2], "identity cipher");
        assertNull(p[3], "identity hash");
        assertNull(p[4], "masked number");
        assertNull(p[5], "birth date");
        assertNotNull(p[6], "sex is kept");
        assertNotNull(p[7], "birth year is kept");
        assertEquals("none", p[8]);
        Object[] e = enrollmentRow(old);
        assertEquals("work", e[0], "the coded outcome is kept");
        assertEquals("work", e[1], "the SUS code is kept");
        assertNull(e[2], "the exit summary is gone");
        assertNull(e[3], "the caseworker's name is gone");
        assertNull(e[4], "the caseworker's e-mail is gone");
        assertEquals(0, journalNotes(old), "journal notes are deleted");
        assertEquals(0, interventionNotes(old), "intervention notes are gone");
        assertEquals(1, interventionNotes(recent));

        assertNotNull(participantRow(recent)[0], "an exit one year ago is untouched");
        assertNotNull(enrollmentRow(recent)[2]);
        assertEquals(1, journalNotes(recent));

        // Anonymised once: the next run neither repeats nor recounts it, and the API shows no name.
        Api.as(Tokens.ANNA).get("/participants/" + old).then().statusCode(200)
                .body("identityType", equalTo("none"));
        Api.as(Tokens.ANNA).get("/participants/" + old + "/identity-number").then().statusCode(404);

        List<UUID> listed = retention.latest(50).stream().map(RetentionRun::getId).toList();
        assertTrue(listed.containsAll(List.of(dry.getId(), run.getId())), "both runs are listed");
        assertTrue(listed.indexOf(run.getId()) < listed.indexOf(dry.getId()), "newest first");
    }

    @Test
    void aParticipantUnderLegalHoldIsHeldBackAndCounted() {
        LocalDate today = EnrollmentRows.today();
        UUID held = exitedParticipant(today.minusYears(6));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO legal_hold (participant_id, held, reason, since) VALUES (:p, TRUE, 'Överklagande', CURRENT_TIMESTAMP(3))""")
                .setParameter("p", held).executeUpdate());

        RetentionRun run = retention.run(false, "test");
        assertTrue(result(run, "participant", "anonymised").getHeldBack() >= 1, "the held participant is counted");
        assertTrue(result(run, "journal_note", "deleted").getHeldBack() >= 1, "their notes are counted");
        assertNotNull(participantRow(held)[0], "kept while held");
        assertEquals(1, journalNotes(held));

        // Released, the next run anonymises them.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE legal_hold SET held = FALSE WHERE participant_id = :p")
                .setParameter("p", held).executeUpdate());
        retention.run(false, "test");
        assertNull(participantRow(held)[0]);
        assertEquals(0, journalNotes(held));
    }

    @Test
    void onlyAdminsMayRunOrListRetention() {
        Api.as(Tokens.SARA).body(Map.of("dryRun", true)).post("/admin/retention/runs").then().statusCode(403);
        Api.as(Tokens.MARIA).body(Map.of("dryRun", true)).post("/admin/retention/runs").then().statusCode(403);
        Api.as(Tokens.ANNA).get("/admin/retention/runs").then().statusCode(403);
    }
}
