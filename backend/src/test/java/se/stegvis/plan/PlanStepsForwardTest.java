package se.stegvis.plan;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * A step forward (stegförflyttning) is a sub-goal achieved or an indicator that rose from the first
 * to the latest progression assessment.
 */
@QuarkusTest
class PlanStepsForwardTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    @Inject
    PlanTestData data;

    private static Integer[] rated(Integer participant, Integer coordinator) {
        return new Integer[] { participant, coordinator };
    }

    private static int stepsForward(UUID enrollment) {
        return Api.as(Tokens.ANNA).get("/enrollments/" + enrollment + "/plan").then()
                .statusCode(200)
                .extract().path("stepsForward");
    }

    @Test
    void twoSubGoalsAchievedAndThreeIndicatorsRaisedAreFiveSteps() {
        UUID e = data.openEnrollment(START);
        String goal = PlanCalls.goal(e, "Arbete");
        PlanCalls.subGoal(goal, "{\"description\":\"Besöka AF\",\"status\":\"achieved\",\"achievedOn\":\"2026-02-10\"}");
        PlanCalls.subGoal(goal, "{\"description\":\"Skriva CV\",\"status\":\"achieved\",\"achievedOn\":\"2026-03-10\"}");
        PlanCalls.subGoal(goal, "{\"description\":\"Praktik\",\"status\":\"open\"}");
        PlanCalls.subGoal(goal, "{\"description\":\"Körkort\",\"status\":\"dropped\"}");

        // First (2026-01-15) to latest (2026-07-15), by item position:
        //  1 coordinator 2 -> 4                       rose
        //  2 coordinator only in the first; participant 2 -> 3   rose (participant values compare)
        //  3 coordinator 3 -> 4                       rose
        //  4 coordinator 4 -> 2                       fell
        //  5 coordinator 3 -> 3 (participant 1 -> 5)  unchanged: the coordinator's values decide
        data.bipAssessment(e, LocalDate.of(2026, 1, 15), Map.of(
                1, rated(3, 2), 2, rated(2, 2), 3, rated(null, 3), 4, rated(null, 4), 5, rated(1, 3)));
        // In between: ignored, although item 4 peaks here.
        data.bipAssessment(e, LocalDate.of(2026, 4, 15), Map.of(
                1, rated(1, 1), 4, rated(null, 5)));
        data.bipAssessment(e, LocalDate.of(2026, 7, 15), Map.of(
                1, rated(3, 4), 2, rated(3, null), 3, rated(null, 4), 4, rated(null, 2), 5, rated(5, 3)));

        org.junit.jupiter.api.Assertions.assertEquals(5, stepsForward(e));
    }

    @Test
    void wellBeingSurveysAreNoStepsForward() {
        UUID e = data.openEnrollment(START);
        UUID wellbeing = UUID.fromString(PlanTestData.WELLBEING);
        data.assessment(e, wellbeing, LocalDate.of(2026, 1, 15), Map.of(PlanTestData.item(3, 1), rated(1, null)));
        data.assessment(e, wellbeing, LocalDate.of(2026, 4, 15), Map.of(PlanTestData.item(3, 1), rated(5, null)));

        org.junit.jupiter.api.Assertions.assertEquals(0, stepsForward(e));
    }

    @Test
    void aSingleAssessmentHasNothingToCompareWith() {
        UUID e = data.openEnrollment(START);
        data.bipAssessment(e, LocalDate.of(2026, 1, 15), Map.of(1, rated(3, 2)));
        String goal = PlanCalls.goal(e, "Arbete");
        PlanCalls.subGoal(goal, "{\"description\":\"Besöka AF\",\"status\":\"achieved\",\"achievedOn\":\"2026-02-10\"}");

        org.junit.jupiter.api.Assertions.assertEquals(1, stepsForward(e));
    }

    @Test
    void anotherEnrollmentsProgressDoesNotCount() {
        UUID mine = data.openEnrollment(START);
        UUID other = data.openEnrollment(START);
        data.bipAssessment(other, LocalDate.of(2026, 1, 15), Map.of(1, rated(1, 1)));
        data.bipAssessment(other, LocalDate.of(2026, 4, 15), Map.of(1, rated(5, 5)));

        Api.as(Tokens.ANNA).get("/enrollments/" + mine + "/plan").then().body("stepsForward", equalTo(0));
        Api.as(Tokens.ANNA).get("/enrollments/" + other + "/plan").then().body("stepsForward", equalTo(1));
    }
}
