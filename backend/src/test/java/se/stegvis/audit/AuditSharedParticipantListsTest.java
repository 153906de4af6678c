package se.stegvis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
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

/**
 * A reopened caseload names the same participants as the reading before it: its entry refers to
 * the earlier entry's participant rows instead of storing them again, and every reader of the log
 * (review by participant, the hash chain) still sees each entry's participants.
 */
@QuarkusTest
class AuditSharedParticipantListsTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditChain chain;

    @Inject
    EnrollmentRows rows;

    @Inject
    EntityManager em;

    @Test
    void repeatedReadingsOfTheSameListStoreItsParticipantsOnceAndStillNameThemAll() {
        UUID participant = People.create(Tokens.ANNA, "Delad", People.uniqueName("Audit"));
        rows.insert(EnrollmentRows.open(participant, UUID.fromString(Tokens.ANNA_ID)));
        long after = lastEntryId();
        for (int i = 0; i < 4; i++) {
            Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200);
            audit.flush(); // each reading in a batch of its own, as when reads come seconds apart
        }

        List<Object[]> entries = QuarkusTransaction.requiringNew().call(() -> castRows(em.createNativeQuery("""
                SELECT a.id, a.participants_of, a.participant_count,
                  (SELECT COUNT(*) FROM audit_event_participant own WHERE own.event_id = a.id)
                FROM audit_event a WHERE a.id > :after AND a.username = 'anna' AND a.resource = 'caseload' ORDER BY a.id""")
                .setParameter("after", after).getResultList()));
        assertEquals(4, entries.size(), "one entry per reading");
        long first = ((Number) entries.get(0)[0]).longValue();
        int listed = ((Number) entries.get(0)[2]).intValue();
        assertTrue(listed > 0);
        assertEquals(listed, ((Number) entries.get(0)[3]).intValue(), "the first reading stores its participant rows");
        for (Object[] later : entries.subList(1, 4)) {
            assertEquals(first, ((Number) later[1]).longValue(), "a later reading refers to the first one's rows");
            assertEquals(0, ((Number) later[3]).intValue(), "and stores none of its own");
            assertEquals(listed, ((Number) later[2]).intValue());
        }

        Api.as(Tokens.ADMIN).queryParam("participantId", participant.toString()).get("/audit/events").then().statusCode(200)
                .body("items.findAll { it.id > " + after + " && it.resource == 'caseload' }.size()", org.hamcrest.Matchers.is(4))
                .body("items.findAll { it.id > " + after + " && it.resource == 'caseload' }.every { it.participantIds.contains('"
                        + participant + "') }", org.hamcrest.Matchers.is(true));
        chain.seal();
        assertEquals(Optional.empty(), chain.verify(), "entries that refer to others' rows seal and verify");

        long referring = ((Number) entries.get(2)[0]).longValue();
        setParticipantsOf(referring, first - 1);
        try {
            assertEquals(Optional.of(referring), chain.verify(), "pointing an entry at other participants breaks the chain");
        } finally {
            setParticipantsOf(referring, first);
        }
        assertEquals(Optional.empty(), chain.verify());
    }

    private void setParticipantsOf(long id, long participantsOf) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE audit_event SET participants_of = :p WHERE id = :id")
                .setParameter("p", participantsOf).setParameter("id", id).executeUpdate());
    }

    private long lastEntryId() {
        audit.flush();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(id), 0) FROM audit_event").getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> castRows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
