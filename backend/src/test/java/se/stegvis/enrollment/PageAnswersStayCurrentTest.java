package se.stegvis.enrollment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import se.stegvis.caseload.EnrollmentRows;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * The participant page's reads (the participant's enrollments, the interventions, the assessments,
 * the action plan) are kept as sent while nothing they show changes (KeptAnswers). Each change below
 * is made in plain SQL after the answer was kept, as another backend instance, a retention run or an
 * operator would make it, and the very next read must show it. Access is never kept.
 */
@QuarkusTest
class PageAnswersStayCurrentTest {

    private static final UUID ANNA = UUID.fromString(Tokens.ANNA_ID);
    private static final UUID BIP11 = UUID.fromString("20000000-0000-0000-0000-000000000001");

    @Inject
    EnrollmentRows rows;

    @Test
    void goalsSubGoalsAndFollowUpsWrittenElsewhereShowInTheNextPlan() {
        UUID enrollment = annasEnrollment("Plan");
        plan(enrollment).body("goals", hasSize(0)).body("followUps", hasSize(0));

        UUID goal = UUID.randomUUID();
        rows.sql("INSERT INTO plan_goal (id, enrollment_id, title) VALUES (:id, :e, 'Eget boende')", Map.of("id", goal, "e", enrollment));
        plan(enrollment).body("goals.title", equalTo(List.of("Eget boende")));

        UUID subGoal = UUID.randomUUID();
        rows.sql("INSERT INTO plan_sub_goal (id, goal_id, description, status) VALUES (:id, :g, 'Söka lägenhet', 'open')",
                Map.of("id", subGoal, "g", goal));
        plan(enrollment).body("goals[0].subGoals.description", equalTo(List.of("Söka lägenhet")));

        rows.sql("UPDATE plan_sub_goal SET status = 'achieved', achieved_on = :d WHERE id = :id",
                Map.of("d", EnrollmentRows.today(), "id", subGoal));
        plan(enrollment).body("goals[0].subGoals[0].status", equalTo("achieved"));

        rows.sql("INSERT INTO plan_follow_up (id, enrollment_id, meeting_date, recorded_by) VALUES (:id, :e, :d, :u)",
                Map.of("id", UUID.randomUUID(), "e", enrollment, "d", EnrollmentRows.today(), "u", ANNA));
        plan(enrollment).body("followUps", hasSize(1));

        rows.sql("DELETE FROM plan_sub_goal WHERE id = :id", Map.of("id", subGoal));
        plan(enrollment).body("goals[0].subGoals", hasSize(0));
    }

    @Test
    void aRenamedRecorderOrInterventionTypeShowsInTheNextRead() {
        UUID enrollment = annasEnrollment("Namn");
        rows.sql("INSERT INTO plan_follow_up (id, enrollment_id, meeting_date, recorded_by) VALUES (:id, :e, :d, :u)",
                Map.of("id", UUID.randomUUID(), "e", enrollment, "d", EnrollmentRows.today(), "u", ANNA));
        rows.intervention(enrollment, EnrollmentRows.WORK_TRAINING, "ongoing", EnrollmentRows.today().minusDays(3), null);
        String anna = (String) rows.single("SELECT display_name FROM app_user WHERE id = :id", Map.of("id", ANNA));
        String type = (String) rows.single("SELECT name_sv FROM intervention_type WHERE id = :id", Map.of("id", EnrollmentRows.WORK_TRAINING));
        plan(enrollment).body("followUps[0].recordedBy.name", equalTo(anna));
        interventions(enrollment).body("[0].typeName", equalTo(type));
        try {
            rows.sql("UPDATE app_user SET display_name = 'Anna Omdöpt' WHERE id = :id", Map.of("id", ANNA));
            plan(enrollment).body("followUps[0].recordedBy.name", equalTo("Anna Omdöpt"));

            rows.sql("UPDATE intervention_type SET name_sv = 'Arbetsträning, omdöpt' WHERE id = :id", Map.of("id", EnrollmentRows.WORK_TRAINING));
            interventions(enrollment).body("[0].typeName", equalTo("Arbetsträning, omdöpt"));
        } finally {
            rows.sql("UPDATE app_user SET display_name = :n WHERE id = :id", Map.of("n", anna, "id", ANNA));
            rows.sql("UPDATE intervention_type SET name_sv = :n WHERE id = :id", Map.of("n", type, "id", EnrollmentRows.WORK_TRAINING));
        }
    }

    @Test
    void anAssessmentWrittenOrChangedElsewhereShowsInTheNextList() {
        UUID enrollment = annasEnrollment("Skattning");
        assessments(enrollment).body("items", hasSize(0));

        UUID assessment = UUID.randomUUID();
        rows.sql("INSERT INTO assessment (id, enrollment_id, instrument_id, assessed_on, comment, recorded_by)"
                + " VALUES (:id, :e, :i, :d, 'Första', :u)",
                Map.of("id", assessment, "e", enrollment, "i", BIP11, "d", EnrollmentRows.today(), "u", ANNA));
        assessments(enrollment).body("items.comment", equalTo(List.of("Första")));

        rows.sql("UPDATE assessment SET comment = NULL WHERE id = :id", Map.of("id", assessment));
        assessments(enrollment).body("items", hasSize(1)).body("items[0].comment", equalTo(null));
    }

    @Test
    void aPhaseOrExtensionRecordedElsewhereShowsInTheNextEnrollmentList() {
        UUID participant = People.create(Tokens.ANNA, "Historik", People.uniqueName("Sida"));
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ANNA));
        enrollments(participant).body("find { it.id == '" + enrollment + "' }.phaseHistory", hasSize(0));

        rows.sql("INSERT INTO enrollment_phase (id, enrollment_id, phase, from_date) VALUES (:id, :e, 'mapping', :d)",
                Map.of("id", UUID.randomUUID(), "e", enrollment, "d", EnrollmentRows.today()));
        enrollments(participant).body("find { it.id == '" + enrollment + "' }.phaseHistory.phase", equalTo(List.of("mapping")));

        String project = (String) rows.single("SELECT name FROM project WHERE id = :id", Map.of("id", EnrollmentRows.CRESCO));
        try {
            rows.sql("UPDATE project SET name = 'Cresco omdöpt' WHERE id = :id", Map.of("id", EnrollmentRows.CRESCO));
            enrollments(participant).body("find { it.id == '" + enrollment + "' }.projectName", equalTo("Cresco omdöpt"));
        } finally {
            rows.sql("UPDATE project SET name = :n WHERE id = :id", Map.of("n", project, "id", EnrollmentRows.CRESCO));
        }
    }

    @Test
    void aWithdrawnAssignmentClosesEveryKeptReadAtOnce() {
        UUID participant = People.create(Tokens.ANNA, "Uppdrag", People.uniqueName("Sida"));
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ANNA));
        enrollments(participant).body("id", hasItem(enrollment.toString()));
        interventions(enrollment);
        assessments(enrollment);
        plan(enrollment);
        rows.withoutAssignments(ANNA, EnrollmentRows.CRESCO, () -> {
            // Anna registered the person, so the person stays visible; the enrollment is out of her sight.
            Api.as(Tokens.ANNA).get("/participants/" + participant + "/enrollments").then().statusCode(200).body("", hasSize(0));
            for (String part : List.of("interventions", "assessments", "plan")) {
                Api.as(Tokens.ANNA).get("/enrollments/" + enrollment + "/" + part).then().statusCode(404);
            }
        });
        plan(enrollment);
        Api.as(Tokens.ERIK).get("/enrollments/" + enrollment + "/plan").then().statusCode(404);
    }

    @Test
    void aKeptReadIsAuditedAtEveryReading() {
        UUID participant = People.create(Tokens.ANNA, "Logg", People.uniqueName("Sida"));
        UUID enrollment = rows.insert(EnrollmentRows.open(participant, ANNA));
        plan(enrollment);
        int before = rows.auditEvents("READ", Tokens.ANNA, participant);

        plan(enrollment);
        plan(enrollment);

        assertEquals(before + 2, rows.auditEvents("READ", Tokens.ANNA, participant), "each reading is its own audit entry");
    }

    private UUID annasEnrollment(String firstName) {
        UUID participant = People.create(Tokens.ANNA, firstName, People.uniqueName("Sida"));
        return rows.insert(EnrollmentRows.open(participant, ANNA).start(EnrollmentRows.today().minusDays(10)));
    }

    private static ValidatableResponse plan(UUID enrollment) {
        return Api.as(Tokens.ANNA).get("/enrollments/" + enrollment + "/plan").then().statusCode(200);
    }

    private static ValidatableResponse interventions(UUID enrollment) {
        return Api.as(Tokens.ANNA).get("/enrollments/" + enrollment + "/interventions").then().statusCode(200);
    }

    private static ValidatableResponse assessments(UUID enrollment) {
        return Api.as(Tokens.ANNA).get("/enrollments/" + enrollment + "/assessments").then().statusCode(200);
    }

    private static ValidatableResponse enrollments(UUID participant) {
        return Api.as(Tokens.ANNA).get("/participants/" + participant + "/enrollments").then().statusCode(200);
    }
}
