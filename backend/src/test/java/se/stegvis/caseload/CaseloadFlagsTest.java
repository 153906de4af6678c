package se.stegvis.caseload;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.participant.People;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Four open enrollments of one fresh coordinator id (so no other test's rows can mix in), read by
 * Maria, who manages all three projects, with {@code coordinatorId} set to it. T is today.
 *
 * <pre>
 * A  Cresco+  next assessment T+7 (due); work training and physiotherapy ongoing           → assessment_due
 * B  Cresco+  next assessment T-1; plan follow-up T-70; planned end T+30; physiotherapy
 *             ongoing, work training ended T-1                                              → assessment_overdue,
 *                                                      no_job_focused_intervention, plan_follow_up_due, end_approaching
 * C  Cresco+  next assessment T+15 (not yet due); planned end T+31; studies planned, work
 *             training ongoing but starting T+1                                              → no_job_focused_intervention,
 *                                                                                              no_active_intervention
 * E  REBUS    nothing recorded; started T-30, plan follow-up not due before T-30+2 months   → no_job_focused_intervention,
 *                                                                                              no_active_intervention
 * X  Cresco+  exited: never on the caseload
 * </pre>
 */
@QuarkusTest
class CaseloadFlagsTest {

    @Inject
    EnrollmentRows rows;

    private final LocalDate t = EnrollmentRows.today();
    private UUID coordinator;
    private String prefix;
    private UUID a;
    private UUID b;
    private UUID c;
    private UUID e;

    @BeforeEach
    void fourEnrollments() {
        coordinator = UUID.randomUUID();
        prefix = People.uniqueName("Cl");
        UUID pa = People.create(Tokens.ANNA, "Ada", prefix + "a");
        UUID pb = People.create(Tokens.ANNA, "Bo", prefix + "b");
        UUID pc = People.create(Tokens.ANNA, "Cia", prefix + "c");
        UUID pe = People.create(Tokens.ERIK, "Eje", prefix + "e");
        UUID px = People.create(Tokens.ANNA, "Xe", prefix + "x");

        a = rows.insert(EnrollmentRows.open(pa, coordinator).nextAssessmentDue(t.plusDays(7)));
        rows.intervention(a, EnrollmentRows.WORK_TRAINING, "ongoing", t.minusDays(10), null);
        rows.intervention(a, EnrollmentRows.PHYSIOTHERAPY, "ongoing", t.minusDays(10), t);

        b = rows.insert(EnrollmentRows.open(pb, coordinator).start(t.minusDays(100)).nextAssessmentDue(t.minusDays(1))
                .lastPlanFollowUpOn(t.minusDays(70)).plannedEnd(t.plusDays(30)));
        rows.intervention(b, EnrollmentRows.PHYSIOTHERAPY, "ongoing", t.minusDays(50), null);
        rows.intervention(b, EnrollmentRows.WORK_TRAINING, "ongoing", t.minusDays(50), t.minusDays(1));

        c = rows.insert(EnrollmentRows.open(pc, coordinator).start(t.minusDays(10)).nextAssessmentDue(t.plusDays(15))
                .plannedEnd(t.plusDays(31)));
        rows.intervention(c, EnrollmentRows.STUDIES, "planned", t.minusDays(5), null);
        rows.intervention(c, EnrollmentRows.WORK_TRAINING, "ongoing", t.plusDays(1), null);

        e = rows.insert(EnrollmentRows.open(pe, coordinator).project(EnrollmentRows.REBUS, "1783"));

        rows.insert(EnrollmentRows.open(px, coordinator).exited(t.minusDays(5), null));
    }

    @Test
    void flagsAndCountsOfAProjectManagersViewOfOneCoordinator() {
        Api.as(Tokens.MARIA).queryParam("coordinatorId", coordinator.toString()).get("/caseload").then()
                .statusCode(200)
                .body("counts.total", equalTo(4))
                .body("counts.assessmentDue", equalTo(1))
                .body("counts.assessmentOverdue", equalTo(1))
                .body("counts.noJobFocusedIntervention", equalTo(3))
                .body("counts.noActiveIntervention", equalTo(2))
                .body("counts.planFollowUpDue", equalTo(1))
                .body("counts.endApproaching", equalTo(1))
                // sorted by surname: a, b, c, e
                .body("items.enrollmentId", contains(a.toString(), b.toString(), c.toString(), e.toString()))
                .body("items[0].flags", contains("assessment_due"))
                .body("items[0].activeCategories", contains("health", "job_focused"))
                .body("items[0].nextAssessmentDue", equalTo(t.plusDays(7).toString()))
                .body("items[1].flags", contains("assessment_overdue", "no_job_focused_intervention", "plan_follow_up_due",
                        "end_approaching"))
                .body("items[1].activeCategories", contains("health"))
                .body("items[1].lastPlanFollowUpOn", equalTo(t.minusDays(70).toString()))
                .body("items[2].flags", contains("no_job_focused_intervention", "no_active_intervention"))
                .body("items[2].activeCategories", empty())
                .body("items[3].flags", contains("no_job_focused_intervention", "no_active_intervention"))
                .body("items[3].projectName", equalTo("REBUS"))
                .body("items[3].municipalityCode", equalTo("1783"))
                .body("items[3].coordinator.userId", equalTo(coordinator.toString()));
    }

    @Test
    void theFlagFilterNarrowsTheItemsButNotTheCounts() {
        Api.as(Tokens.MARIA).queryParam("coordinatorId", coordinator.toString()).queryParam("flag", "no_active_intervention")
                .get("/caseload").then()
                .statusCode(200)
                .body("counts.total", equalTo(4))
                .body("counts.noActiveIntervention", equalTo(2))
                .body("items.enrollmentId", contains(c.toString(), e.toString()));
        Api.as(Tokens.MARIA).queryParam("coordinatorId", coordinator.toString()).queryParam("flag", "end_approaching")
                .get("/caseload").then()
                .statusCode(200)
                .body("items.enrollmentId", contains(b.toString()));
    }

    @Test
    void projectManagerNarrowsToOneProject() {
        Api.as(Tokens.MARIA).queryParam("coordinatorId", coordinator.toString())
                .queryParam("projectId", EnrollmentRows.REBUS.toString()).get("/caseload").then()
                .statusCode(200)
                .body("counts.total", equalTo(1))
                .body("counts.noActiveIntervention", equalTo(1))
                .body("items.enrollmentId", contains(e.toString()));
        Api.as(Tokens.MARIA).queryParam("coordinatorId", coordinator.toString())
                .queryParam("projectId", EnrollmentRows.CRESCO.toString()).get("/caseload").then()
                .statusCode(200)
                .body("counts.total", equalTo(3));
        Api.as(Tokens.MARIA).queryParam("projectId", EnrollmentRows.REBUS.toString()).get("/caseload").then()
                .statusCode(200)
                .body("items.enrollmentId", hasItem(e.toString()))
                .body("items.enrollmentId", not(hasItem(a.toString())));
    }

    @Test
    void coordinatorSeesOnlyTheirOwnCaseloadWithinTheirAssignments() {
        UUID anna = UUID.fromString(Tokens.ANNA_ID);
        UUID mine = rows.insert(EnrollmentRows.open(People.create(Tokens.ANNA, "Mi", prefix + "m"), anna));
        // Anna as coordinator, but in Lidköping, which she is not assigned to.
        UUID outside = rows.insert(EnrollmentRows.open(People.create(Tokens.ANNA, "Ut", prefix + "u"), anna)
                .project(EnrollmentRows.CRESCO, "1494"));

        Api.as(Tokens.ANNA).get("/caseload").then()
                .statusCode(200)
                .body("items.enrollmentId", hasItem(mine.toString()))
                .body("items.enrollmentId", not(hasItem(outside.toString())))
                .body("items.enrollmentId", not(hasItem(a.toString())))
                .body("items.find { it.enrollmentId == '" + mine + "' }.coordinator.name", equalTo("Anna Lindqvist"));
        Api.as(Tokens.ANNA).queryParam("coordinatorId", Tokens.ANNA_ID).get("/caseload").then()
                .statusCode(200)
                .body("items.enrollmentId", hasItem(mine.toString()));
        Api.as(Tokens.ANNA).queryParam("projectId", EnrollmentRows.MAC.toString()).get("/caseload").then()
                .statusCode(200)
                .body("items.enrollmentId", not(hasItem(mine.toString())));
        Api.as(Tokens.ERIK).get("/caseload").then()
                .statusCode(200)
                .body("items.enrollmentId", not(hasItem(mine.toString())));
    }

    @Test
    void coordinatorAskingForAnotherCoordinatorsCaseloadIsForbidden() {
        Api.as(Tokens.ANNA).queryParam("coordinatorId", coordinator.toString()).get("/caseload").then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.as(Tokens.ANNA).queryParam("coordinatorId", Tokens.ERIK_ID).get("/caseload").then().statusCode(403);
    }

    @Test
    void othersMayNotSeeTheCaseloadAndBadParametersAreRefused() {
        Api.as(Tokens.SARA).get("/caseload").then().statusCode(403);
        Api.as(Tokens.LARS).get("/caseload/follow-ups-due").then().statusCode(403);
        Api.anonymous().get("/caseload").then().statusCode(401);
        Api.as(Tokens.MARIA).queryParam("flag", "follow_up_due").get("/caseload").then()
                .statusCode(400).body("errors[0].field", equalTo("flag"));
    }

    @Test
    void everyCaseloadReadIsAudited() {
        Api.as(Tokens.MARIA).queryParam("coordinatorId", coordinator.toString()).queryParam("flag", "assessment_due")
                .get("/caseload").then().statusCode(200).body("items", hasSize(1));
        UUID participantA = UUID.fromString(Api.as(Tokens.MARIA).queryParam("coordinatorId", coordinator.toString())
                .get("/caseload").then().extract().path("items[0].participantId"));
        org.junit.jupiter.api.Assertions.assertEquals(2, rows.auditEvents("LIST", "maria", participantA));
    }
}
