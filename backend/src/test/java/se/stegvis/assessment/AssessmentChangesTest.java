package se.stegvis.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.stegvis.assessment.Measurements.WELLBEING;
import static se.stegvis.assessment.Measurements.bip;
import static se.stegvis.assessment.Measurements.body;
import static se.stegvis.assessment.Measurements.r;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Three BIP-11 measurements of one participant (participant value / coordinator value, - = not given):
 *
 * <pre>
 *                      2025-07-15   2025-10-15   2026-01-15
 * job_search             2 / 2        3 / 3        4 / 5
 * self_efficacy          3 / 3        3 / 4        2 / -
 * coordinator_belief     - / 2        - / 3        - / 4
 * contact                4 / -        3 / -        5 / 4
 * </pre>
 *
 * The October one is recorded last, so order must come from the dates, not from the recording.
 */
@QuarkusTest
class AssessmentChangesTest {

    private static final String JULY = bip("2025-07-15",
            r("job_search", 2, 2), r("self_efficacy", 3, 3), r("coordinator_belief", null, 2), r("contact", 4, null));
    private static final String OCTOBER = bip("2025-10-15",
            r("job_search", 3, 3), r("self_efficacy", 3, 4), r("coordinator_belief", null, 3), r("contact", 3, null));
    private static final String JANUARY = bip("2026-01-15",
            r("job_search", 4, 5), r("self_efficacy", 2, null), r("coordinator_belief", null, 4), r("contact", 5, 4));

    @Test
    void changesAreAgainstThePreviousAndTheFirstMeasurementByDate() {
        TestEnrollments.Enrollment e = TestEnrollments.open(LocalDate.of(2025, 7, 1));
        post(e, JULY);
        // January, recorded second, is compared with July: job_search coordinator 2 -> 5
        Api.as(Tokens.ANNA).body(JANUARY).post("/enrollments/" + e + "/assessments").then()
                .statusCode(201)
                .body("changeSincePrevious.find { it.itemKey == 'job_search' }.coordinator", equalTo(3));
        post(e, OCTOBER);

        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/assessments").then()
                .statusCode(200)
                .body("items.assessedOn", contains("2025-07-15", "2025-10-15", "2026-01-15"))
                // the first has nothing to compare with
                .body("items[0].changeSincePrevious", empty())
                .body("items[0].changeSinceFirst", empty())
                // October against July
                .body("items[1].changeSincePrevious.itemKey",
                        contains("job_search", "self_efficacy", "coordinator_belief", "contact"))
                .body("items[1].changeSincePrevious[0].participant", equalTo(1))
                .body("items[1].changeSincePrevious[0].coordinator", equalTo(1))
                .body("items[1].changeSincePrevious[1].participant", equalTo(0))
                .body("items[1].changeSincePrevious[1].coordinator", equalTo(1))
                .body("items[1].changeSincePrevious[2].participant", nullValue())
                .body("items[1].changeSincePrevious[2].coordinator", equalTo(1))
                .body("items[1].changeSincePrevious[3].participant", equalTo(-1))
                .body("items[1].changeSincePrevious[3].coordinator", nullValue())
                // January against October: job_search coordinator 3 -> 5 = +2
                .body("items[2].changeSincePrevious[0].participant", equalTo(1))
                .body("items[2].changeSincePrevious[0].coordinator", equalTo(2))
                .body("items[2].changeSincePrevious[1].participant", equalTo(-1))
                .body("items[2].changeSincePrevious[1].coordinator", nullValue())
                .body("items[2].changeSincePrevious[2].coordinator", equalTo(1))
                .body("items[2].changeSincePrevious[3].participant", equalTo(2))
                .body("items[2].changeSincePrevious[3].coordinator", nullValue())
                // January against July: job_search coordinator 2 -> 5 = +3
                .body("items[2].changeSinceFirst[0].participant", equalTo(2))
                .body("items[2].changeSinceFirst[0].coordinator", equalTo(3))
                .body("items[2].changeSinceFirst[1].participant", equalTo(-1))
                .body("items[2].changeSinceFirst[1].coordinator", nullValue())
                .body("items[2].changeSinceFirst[2].coordinator", equalTo(2))
                .body("items[2].changeSinceFirst[3].participant", equalTo(1))
                .body("items[2].changeSinceFirst[3].coordinator", nullValue())
                .body("nextDue", equalTo("2026-04-15"));
    }

    @Test
    void lowestItemsTakeTheCoordinatorsValueElseTheParticipantsWithTiesIncluded() {
        TestEnrollments.Enrollment e = TestEnrollments.open(LocalDate.of(2025, 7, 1));
        post(e, JULY);
        post(e, OCTOBER);
        post(e, JANUARY);
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/assessments").then()
                .statusCode(200)
                // July: job_search 2, self_efficacy 3, coordinator_belief 2, contact 4 (participant's)
                .body("items[0].lowestItems", contains("job_search", "coordinator_belief"))
                // October: 3, 4, 3, 3
                .body("items[1].lowestItems", contains("job_search", "coordinator_belief", "contact"))
                // January: 5, 2 (participant's, no coordinator value), 4, 4 (coordinator's over participant's 5)
                .body("items[2].lowestItems", contains("self_efficacy"));
    }

    @Test
    void nextDueIsOneIntervalAfterTheLatestMeasurementEvenWhenOneIsBackdated() {
        TestEnrollments.Enrollment e = TestEnrollments.open(LocalDate.of(2025, 7, 1));
        // before any measurement: three months after the start
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/assessments").then()
                .statusCode(200)
                .body("items", empty())
                .body("nextDue", equalTo("2025-10-01"));
        post(e, JANUARY);
        assertEquals(LocalDate.of(2026, 4, 15), TestEnrollments.nextAssessmentDue(e.id()));
        post(e, OCTOBER);
        assertEquals(LocalDate.of(2026, 1, 15), TestEnrollments.lastAssessmentOn(e.id()));
        assertEquals(LocalDate.of(2026, 4, 15), TestEnrollments.nextAssessmentDue(e.id()));
    }

    @Test
    void wellBeingSurveyDoesNotMoveTheDueDateAndIsComparedOnlyWithItsOwnKind() {
        // MAC uses both BIP-11 and the well-being survey
        TestEnrollments.Enrollment e = TestEnrollments.open(TestEnrollments.MAC, TestEnrollments.SKOVDE,
                LocalDate.of(2026, 1, 5));
        post(e, bip("2026-01-15", r("job_search", 2, 3)));
        Api.as(Tokens.ANNA).body(body(WELLBEING, "2026-02-20", r("self_rated_health", 2, null), r("life_quality", 4, null)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(201)
                .body("instrumentCode", equalTo("WELLBEING"))
                .body("changeSincePrevious", empty())
                .body("lowestItems", contains("self_rated_health"));
        Api.as(Tokens.ANNA).body(body(WELLBEING, "2026-03-20", r("self_rated_health", 4, null), r("life_quality", 4, null)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(201)
                .body("changeSincePrevious", hasSize(2))
                .body("changeSincePrevious[0].itemKey", equalTo("self_rated_health"))
                .body("changeSincePrevious[0].participant", equalTo(2))
                .body("changeSincePrevious[1].participant", equalTo(0))
                .body("lowestItems", contains("self_rated_health", "life_quality"));

        assertEquals(LocalDate.of(2026, 1, 15), TestEnrollments.lastAssessmentOn(e.id()));
        assertEquals(LocalDate.of(2026, 4, 15), TestEnrollments.nextAssessmentDue(e.id()));
        Api.as(Tokens.ANNA).get("/enrollments/" + e + "/assessments").then()
                .statusCode(200)
                .body("items.instrumentCode", contains("BIP11", "WELLBEING", "WELLBEING"))
                .body("nextDue", equalTo("2026-04-15"));
    }

    @Test
    void anItemMissingFromThePreviousMeasurementHasNoChange() {
        TestEnrollments.Enrollment e = TestEnrollments.open(LocalDate.of(2025, 7, 1));
        post(e, bip("2025-07-15", r("job_search", 2, 2)));
        Api.as(Tokens.ANNA).body(bip("2025-10-15", r("job_search", 2, 4), r("purposefulness", 3, 3)))
                .post("/enrollments/" + e + "/assessments").then()
                .statusCode(201)
                .body("changeSincePrevious.itemKey", contains("job_search", "purposefulness"))
                .body("changeSincePrevious[0].participant", equalTo(0))
                .body("changeSincePrevious[0].coordinator", equalTo(2))
                .body("changeSincePrevious[1].participant", nullValue())
                .body("changeSincePrevious[1].coordinator", nullValue());
    }

    @Test
    void recordingAMeasurementMovesTheDueDateWithoutMakingTheEnrollmentsETagStale() {
        TestEnrollments.Enrollment e = TestEnrollments.open(LocalDate.of(2025, 7, 1));
        String before = Api.as(Tokens.ANNA).get("/enrollments/" + e).then().statusCode(200).extract().header("ETag");
        post(e, JULY);
        Api.as(Tokens.ANNA).get("/enrollments/" + e).then().statusCode(200)
                .header("ETag", equalTo(before))
                .body("lastAssessmentOn", equalTo("2025-07-15"))
                .body("nextAssessmentDue", equalTo("2025-10-15"));
    }

    private static void post(TestEnrollments.Enrollment e, String body) {
        Api.as(Tokens.ANNA).body(body).post("/enrollments/" + e + "/assessments").then().statusCode(201);
    }
}
