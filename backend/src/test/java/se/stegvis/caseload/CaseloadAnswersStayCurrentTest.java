package se.stegvis.caseload;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * The caseload is kept as sent while nothing in it changes (CaseloadAnswers). Every change below is
 * made in plain SQL after the answer was kept, as another backend instance, a retention run or an
 * operator would make it, and the very next caseload must show it.
 */
@QuarkusTest
class CaseloadAnswersStayCurrentTest {

    private static final UUID ANNA = UUID.fromString(Tokens.ANNA_ID);
    private static final UUID ERIK = UUID.fromString(Tokens.ERIK_ID);

    @Inject
    EnrollmentRows rows;

    @Test
    void aChangeToTheEnrollmentItsInterventionsOrItsParticipantShowsInTheNextCaseload() {
        LocalDate today = EnrollmentRows.today();
        UUID participant = People.create(Tokens.ANNA, "Kvar", People.uniqueName("Cache"));
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ANNA).nextAssessmentDue(today.plusDays(60)));

        Map<String, Object> item = annasItem(enrollment);
        assertEquals("Kvar", item.get("firstName"));
        assertTrue(flags(item).contains("no_active_intervention"));

        rows.sql("UPDATE participant SET first_name = 'Ändrad' WHERE id = :id", Map.of("id", participant));
        assertEquals("Ändrad", annasItem(enrollment).get("firstName"), "a new name");

        UUID intervention = rows.intervention(enrollment, EnrollmentRows.WORK_TRAINING, "ongoing", today.minusDays(3), null);
        item = annasItem(enrollment);
        assertEquals(List.of("job_focused"), item.get("activeCategories"), "an intervention started");
        assertFalse(flags(item).contains("no_active_intervention"));
        assertFalse(flags(item).contains("no_job_focused_intervention"));

        rows.sql("UPDATE intervention SET status = 'completed', end_date = :d WHERE id = :id",
                Map.of("d", today.minusDays(1), "id", intervention));
        item = annasItem(enrollment);
        assertEquals(List.of(), item.get("activeCategories"), "the intervention ended");
        assertTrue(flags(item).contains("no_active_intervention"));

        rows.sql("UPDATE intervention SET status = 'ongoing', end_date = NULL WHERE id = :id", Map.of("id", intervention));
        assertEquals(List.of("job_focused"), annasItem(enrollment).get("activeCategories"), "resumed");
        rows.sql("DELETE FROM intervention WHERE id = :id", Map.of("id", intervention));
        assertEquals(List.of(), annasItem(enrollment).get("activeCategories"), "the intervention removed");

        rows.sql("UPDATE enrollment SET next_assessment_due = :d WHERE id = :id", Map.of("d", today.minusDays(1), "id", enrollment));
        assertTrue(flags(annasItem(enrollment)).contains("assessment_overdue"), "an assessment now overdue");

        rows.sql("UPDATE enrollment SET status = 'exited', open_marker = NULL, exit_date = :d WHERE id = :id",
                Map.of("d", today, "id", enrollment));
        Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200)
                .body("items.enrollmentId", not(hasItem(enrollment.toString())));
    }

    @Test
    void aRenamedProjectCoordinatorOrInterventionCategoryShowsInTheNextCaseload() {
        LocalDate today = EnrollmentRows.today();
        UUID participant = People.create(Tokens.ANNA, "Namn", People.uniqueName("Cache"));
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ERIK));
        rows.intervention(enrollment, EnrollmentRows.WORK_TRAINING, "ongoing", today.minusDays(3), null);
        String project = (String) rows.single("SELECT name FROM project WHERE id = :id", Map.of("id", EnrollmentRows.CRESCO));
        String erik = (String) rows.single("SELECT display_name FROM app_user WHERE id = :id", Map.of("id", ERIK));
        Map<String, Object> before = managersItemOfErik(enrollment);
        assertEquals(project, before.get("projectName"));
        try {
            rows.sql("UPDATE project SET name = 'Cresco omdöpt' WHERE id = :id", Map.of("id", EnrollmentRows.CRESCO));
            assertEquals("Cresco omdöpt", managersItemOfErik(enrollment).get("projectName"), "the project renamed");

            rows.sql("UPDATE app_user SET display_name = 'Erik Omdöpt' WHERE id = :id", Map.of("id", ERIK));
            assertEquals("Erik Omdöpt", ((Map<?, ?>) managersItemOfErik(enrollment).get("coordinator")).get("name"),
                    "the coordinator renamed");

            rows.sql("UPDATE intervention_type SET category = 'competence' WHERE id = :id", Map.of("id", EnrollmentRows.WORK_TRAINING));
            Map<String, Object> item = managersItemOfErik(enrollment);
            assertEquals(List.of("competence"), item.get("activeCategories"), "the type's category changed");
            assertTrue(flags(item).contains("no_job_focused_intervention"));
        } finally {
            rows.sql("UPDATE project SET name = :n WHERE id = :id", Map.of("n", project, "id", EnrollmentRows.CRESCO));
            rows.sql("UPDATE app_user SET display_name = :n WHERE id = :id", Map.of("n", erik, "id", ERIK));
            rows.sql("UPDATE intervention_type SET category = 'job_focused' WHERE id = :id", Map.of("id", EnrollmentRows.WORK_TRAINING));
        }
    }

    @Test
    void aWithdrawnAssignmentShowsInTheNextCaseload() {
        UUID participant = People.create(Tokens.ANNA, "Uppdrag", People.uniqueName("Cache"));
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ANNA));
        annasItem(enrollment);
        rows.withoutAssignments(ANNA, EnrollmentRows.CRESCO, () -> {
            Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200)
                    .body("items.enrollmentId", not(hasItem(enrollment.toString())));
        });
        annasItem(enrollment);
    }

    @Test
    void aKeptAnswerIsAuditedAtEveryReadingAndNeverServedToAnotherCaller() {
        UUID participant = People.create(Tokens.ANNA, "Logg", People.uniqueName("Cache"));
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ANNA));
        annasItem(enrollment);
        int before = rows.auditEvents("LIST", Tokens.ANNA, participant);

        annasItem(enrollment);
        annasItem(enrollment);

        assertEquals(before + 2, rows.auditEvents("LIST", Tokens.ANNA, participant), "each reading is its own audit entry");
        Api.as(Tokens.ADMIN).queryParam("participantId", participant.toString()).queryParam("action", "LIST")
                .get("/audit/events").then().statusCode(200)
                .body("items.findAll { it.username == 'anna' && it.resource == 'caseload' }.size()",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("items.findAll { it.username == 'anna' && it.resource == 'caseload' }.every { it.participantIds.contains('"
                        + participant + "') }", org.hamcrest.Matchers.is(true));
        Api.as(Tokens.ERIK).get("/caseload").then().statusCode(200)
                .body("items.enrollmentId", not(hasItem(enrollment.toString())));
    }

    private Map<String, Object> annasItem(UUID enrollment) {
        return item(Api.as(Tokens.ANNA).get("/caseload").then().statusCode(200).extract().jsonPath(), enrollment);
    }

    private Map<String, Object> managersItemOfErik(UUID enrollment) {
        return item(Api.as(Tokens.MARIA).queryParam("coordinatorId", Tokens.ERIK_ID).get("/caseload").then().statusCode(200)
                .extract().jsonPath(), enrollment);
    }

    private static Map<String, Object> item(JsonPath caseload, UUID enrollment) {
        Map<String, Object> item = caseload.getMap("items.find { it.enrollmentId == '" + enrollment + "' }");
        assertTrue(item != null, "the enrollment is in the caseload");
        return item;
    }

    @SuppressWarnings("unchecked")
    private static List<String> flags(Map<String, Object> item) {
        return (List<String>) item.get("flags");
    }
}
