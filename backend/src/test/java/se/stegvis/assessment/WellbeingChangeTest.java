package se.stegvis.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Self-rated well-being from the first assessment to the last (up to the exit once exited):
 * {@code improved} when the mean of the last ratings is higher than the mean of the first.
 */
@QuarkusTest
class WellbeingChangeTest {

    private static final String WELLBEING = "20000000-0000-0000-0000-000000000003";

    private static void rate(TestEnrollments.Enrollment e, String on, int health, int activity, int life) {
        Api.as(Tokens.ANNA).body("{\"instrumentId\": \"" + WELLBEING + "\", \"assessedOn\": \"" + on + "\", \"ratings\": ["
                + "{\"itemKey\": \"self_rated_health\", \"participant\": " + health + "},"
                + "{\"itemKey\": \"activity_level\", \"participant\": " + activity + "},"
                + "{\"itemKey\": \"life_quality\", \"participant\": " + life + "}]}")
                .post("/enrollments/" + e + "/assessments").then().statusCode(201);
    }

    /**
     * 2026-02-02: 2, 2, 3 (mean 7/3 = 2.33); 2026-05-04: 3, 3, 3; 2026-08-03: 4, 3, 4 (mean 11/3 =
     * 3.67). From start to exit: +2, +1, +1; the mean rose by 4/3 = 1.33, so improved.
     */
    @Test
    void theChangeFromStartToExitIsComputedPerItemAndAsAMean() {
        TestEnrollments.Enrollment e = TestEnrollments.open(TestEnrollments.MAC, TestEnrollments.SKOVDE, LocalDate.of(2026, 2, 2));
        rate(e, "2026-02-02", 2, 2, 3);
        rate(e, "2026-05-04", 3, 3, 3);
        rate(e, "2026-08-03", 4, 3, 4);
        Api.as(Tokens.ANNA).body(Measurements.fullBip("2026-02-03")).post("/enrollments/" + e + "/assessments").then()
                .statusCode(201);

        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/wellbeing-change").then()
                .statusCode(200)
                .body("exited", equalTo(false))
                .body("instruments", hasSize(1))
                .body("instruments[0].instrumentCode", equalTo("WELLBEING"))
                .body("instruments[0].assessmentCount", equalTo(3))
                .body("instruments[0].first.assessedOn", equalTo("2026-02-02"))
                .body("instruments[0].first.mean", hasToString("2.33"))
                .body("instruments[0].last.assessedOn", equalTo("2026-08-03"))
                .body("instruments[0].last.mean", hasToString("3.67"))
                .body("instruments[0].items.itemKey", contains("self_rated_health", "activity_level", "life_quality"))
                .body("instruments[0].items.collect { it.get('first') }", contains(2, 2, 3))
                .body("instruments[0].items.collect { it.get('last') }", contains(4, 3, 4))
                .body("instruments[0].items.change", contains(2, 1, 1))
                .body("instruments[0].meanChange", hasToString("1.33"))
                .body("instruments[0].improved", equalTo(true));

        TestEnrollments.exit(e.id());
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/wellbeing-change").then()
                .statusCode(200)
                .body("exited", equalTo(true))
                .body("endDate", equalTo(SwedishCalendar.today().toString()))
                .body("instruments[0].last.assessedOn", equalTo("2026-08-03"))
                .body("instruments[0].improved", equalTo(true));
        org.junit.jupiter.api.Assertions.assertTrue(
                TestEnrollments.auditEntries("READ", "wellbeing_change", e.participantId()) == 2);
    }

    @Test
    void anUnchangedMeanIsNoImprovementEvenIfAnItemRose() {
        TestEnrollments.Enrollment e = TestEnrollments.open(TestEnrollments.MAC, TestEnrollments.SKOVDE, LocalDate.of(2026, 2, 2));
        rate(e, "2026-02-02", 3, 3, 3);
        rate(e, "2026-06-01", 4, 2, 3);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/wellbeing-change").then()
                .statusCode(200)
                .body("instruments[0].items.change", contains(1, -1, 0))
                .body("instruments[0].meanChange", hasToString("0"))
                .body("instruments[0].improved", equalTo(false));
    }

    @Test
    void oneAssessmentGivesNoChangeYetAndNoneGivesNoInstrument() {
        TestEnrollments.Enrollment e = TestEnrollments.open(TestEnrollments.MAC, TestEnrollments.SKOVDE, LocalDate.of(2026, 2, 2));
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/wellbeing-change").then()
                .statusCode(200)
                .body("instruments", hasSize(0));
        rate(e, "2026-02-02", 3, 2, 3);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/wellbeing-change").then()
                .statusCode(200)
                .body("instruments[0].last", nullValue())
                .body("instruments[0].items.collect { it.get('last') }", contains(nullValue(), nullValue(), nullValue()))
                .body("instruments[0].improved", nullValue());
        Api.as(Tokens.ERIK).get("/enrollments/" + e + "/wellbeing-change").then().statusCode(404);
        Api.as(Tokens.SARA).get("/enrollments/" + e + "/wellbeing-change").then().statusCode(403);
    }
}
