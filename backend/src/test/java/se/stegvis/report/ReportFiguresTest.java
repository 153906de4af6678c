package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stegvis.report.Reports.assertCounts;
import static se.stegvis.report.Reports.floats;
import static se.stegvis.report.Reports.ints;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Tokens;

/**
 * Every figure against values worked out by hand from {@link ReportDataset}, as Maria, who manages
 * the project and so sees exact counts.
 */
@QuarkusTest
class ReportFiguresTest {

    @Inject
    ReportRefresher refresher;

    @BeforeEach
    void data() {
        ReportDataset.create();
        refresher.refresh();
    }

    @Test
    void participantsActiveStartedExitedCapacityAndMedianDays() {
        JsonPath r = Reports.year2025(Tokens.MARIA, "participants");
        assertEquals(true, r.get("scope.exact"));
        assertEquals("Rapportprojektet", r.get("scope.projectName"));
        assertCounts(ints(2, 1, 1, 4), r, "current.activeAtEnd");
        assertCounts(ints(8, 4, 0, 12), r, "current.started");
        assertCounts(ints(6, 3, 0, 9), r, "current.exited");
        assertEquals(floats(181.0, 184.0, null, 181.0), Reports.numbers(r, "current.medianDaysInProject"));
        assertEquals(List.of("Falköping", "Skövde"), r.getList("current.municipalities.municipalityName"));
        assertCounts(ints(2, 0, 0, 2), r, "current.municipalities[0].activeAtEnd");
        assertEquals(40.0f, r.getFloat("current.municipalities[0].occupancy.pct"));
        assertCounts(ints(0, 1, 1, 2), r, "current.municipalities[1].activeAtEnd");
        assertEquals(20.0f, r.getFloat("current.municipalities[1].occupancy.pct"));
        assertNull(r.get("comparison"));
    }

    @Test
    void comparisonPeriodIsReportedAlongside() {
        JsonPath r = Reports.get(Tokens.MARIA, "/reports/participants?projectId=" + ReportDataset.PROJECT
                + "&from=2025-01-01&to=2025-06-30&compareFrom=2024-01-01&compareTo=2024-12-31");
        assertCounts(ints(8, 4, 0, 12), r, "current.started");
        assertCounts(ints(0, 0, 0, 0), r, "current.exited");
        assertCounts(ints(0, 0, 1, 1), r, "comparison.started");
        assertCounts(ints(0, 0, 1, 1), r, "comparison.activeAtEnd");
        assertEquals("2024-01-01", r.get("scope.compareFrom"));
    }

    @Test
    void referralFunnelByAgencyWithDeclineReasons() {
        JsonPath r = Reports.year2025(Tokens.MARIA, "referrals");
        assertEquals(List.of("Arbetsförmedlingen", "Försäkringskassan"), r.getList("current.byAgency.organisationName"));
        assertCounts(ints(3, 1, 0, 4), r, "current.byAgency[0].received");
        assertCounts(ints(2, 0, 0, 2), r, "current.byAgency[0].screened");
        assertCounts(ints(1, 0, 0, 1), r, "current.byAgency[0].accepted");
        assertCounts(ints(1, 0, 0, 1), r, "current.byAgency[0].declined");
        assertCounts(ints(0, 1, 0, 1), r, "current.byAgency[0].withdrawn");
        assertCounts(ints(1, 0, 0, 1), r, "current.byAgency[0].enrolled");
        assertCounts(ints(1, 1, 0, 2), r, "current.byAgency[1].received");
        assertCounts(ints(0, 1, 0, 1), r, "current.byAgency[1].accepted");
        assertCounts(ints(4, 2, 0, 6), r, "current.total.received");
        assertCounts(ints(3, 1, 0, 4), r, "current.total.screened");
        assertCounts(ints(1, 1, 0, 2), r, "current.total.accepted");
        assertCounts(ints(2, 0, 0, 2), r, "current.total.declined");
        assertCounts(ints(0, 1, 0, 1), r, "current.total.withdrawn");
        assertCounts(ints(1, 0, 0, 1), r, "current.total.enrolled");
        assertEquals(List.of("Uppfyller inte kraven"), r.getList("current.declineReasons.reason"));
        assertCounts(ints(2, 0, 0, 2), r, "current.declineReasons[0].count");
    }

    @Test
    void outcomesAtExitAgainstTheGoalAndAtFollowUp() {
        JsonPath r = Reports.year2025(Tokens.MARIA, "outcomes");
        assertCounts(ints(6, 3, 0, 9), r, "current.exited");
        assertEquals(List.of("work", "studies", "rehabilitation_elsewhere", "illness", "dropped_out", "moved", "other"),
                r.getList("current.outcomes.outcome"));
        assertCounts(ints(2, 1, 0, 3), r, "current.outcomes[0].count");
        assertEquals(floats(33.3, 33.3, null, 33.3), Reports.pcts(r, "current.outcomes[0].share"));
        assertCounts(ints(2, 0, 0, 2), r, "current.outcomes[1].count");
        assertCounts(ints(0, 0, 0, 0), r, "current.outcomes[2].count");
        assertCounts(ints(1, 0, 0, 1), r, "current.outcomes[3].count");
        assertCounts(ints(1, 1, 0, 2), r, "current.outcomes[4].count");
        assertCounts(ints(0, 1, 0, 1), r, "current.outcomes[5].count");
        assertEquals(floats(66.7, 33.3, null, 55.6), Reports.pcts(r, "current.workOrStudies"));
        assertEquals(30, (Integer) r.get("current.goal.goalPct"));
        assertEquals(55.6f, r.getFloat("current.goal.actualPct"));
        assertEquals(true, r.get("current.goal.met"));
        assertCounts(ints(1, 0, 0, 1), r, "current.work.withWageSubsidy");
        assertCounts(ints(1, 1, 0, 2), r, "current.work.withoutWageSubsidy");
        assertCounts(ints(1, 1, 0, 2), r, "current.work.fullTime");
        assertCounts(ints(1, 0, 0, 1), r, "current.work.partTime");
        assertEquals(floats(75.0, 100.0, null, 83.3), Reports.numbers(r, "current.work.meanExtentPct"));
        assertCounts(ints(2, 0, 0, 2), r, "current.followUp.followedUp");
        assertCounts(ints(1, 0, 0, 1), r, "current.followUp.outcomes[0].count");
        assertCounts(ints(1, 0, 0, 1), r, "current.followUp.outcomes[1].count");
        assertEquals(100.0f, r.getFloat("current.followUp.workOrStudies.total.pct"));
    }

    @Test
    void stepsForwardIndicatorChangesAndWellbeing() {
        JsonPath r = Reports.year2025(Tokens.MARIA, "progression");
        assertCounts(ints(8, 4, 1, 13), r, "current.stays");
        assertEquals(floats(25.0, 25.0, 0.0, 23.1), Reports.pcts(r, "current.stepForward"));
        assertEquals(floats(12.5, 0.0, 0.0, 7.7), Reports.pcts(r, "current.subGoalAchieved"));
        assertEquals(floats(12.5, 25.0, 0.0, 15.4), Reports.pcts(r, "current.indicatorImproved"));
        assertEquals(80, (Integer) r.get("current.stepForwardGoal.goalPct"));
        assertEquals(false, r.get("current.stepForwardGoal.met"));
        assertEquals(List.of("job_search", "2"), List.of(r.get("current.indicators[0].itemKey"), String.valueOf(r.getList("current.indicators").size())));
        assertCounts(ints(2, 1, 0, 3), r, "current.indicators[0].measured");
        assertCounts(ints(1, 1, 0, 2), r, "current.indicators[0].improved");
        assertCounts(ints(0, 0, 0, 0), r, "current.indicators[0].unchanged");
        assertCounts(ints(1, 0, 0, 1), r, "current.indicators[0].worsened");
        assertEquals(floats(0.5, 1.0, null, 0.67), Reports.numbers(r, "current.indicators[0].meanChange"));
        assertCounts(ints(0, 1, 0, 1), r, "current.indicators[1].improved");
        assertCounts(ints(2, 0, 0, 2), r, "current.indicators[1].unchanged");
        assertEquals(floats(0.0, 2.0, null, 0.67), Reports.numbers(r, "current.indicators[1].meanChange"));
        // Buckets -4..4: F2 at -1 (mean -0.5 rounds away from zero), F1 at 1, M1 at 2 (mean 1.5).
        assertEquals(9, r.getList("current.changeDistribution").size());
        assertEquals(-4, (Integer) r.get("current.changeDistribution[0].change"));
        assertCounts(ints(1, 0, 0, 1), r, "current.changeDistribution[3].count");
        assertCounts(ints(0, 0, 0, 0), r, "current.changeDistribution[4].count");
        assertCounts(ints(1, 0, 0, 1), r, "current.changeDistribution[5].count");
        assertCounts(ints(0, 1, 0, 1), r, "current.changeDistribution[6].count");
        assertEquals(floats(50.0, null, null, 50.0), Reports.pcts(r, "current.wellbeingImproved"));
        assertEquals(true, r.get("current.wellbeingGoal.met"));
    }

    @Test
    void bipSignals() {
        JsonPath r = Reports.year2025(Tokens.MARIA, "bip-signals");
        assertCounts(ints(8, 4, 1, 13), r, "current.stays");
        assertEquals(ints(31, 0, 0, 31), List.of(r.get("current.parallelJobFocusedDays.female.numerator"),
                r.get("current.parallelJobFocusedDays.male.numerator"), r.get("current.parallelJobFocusedDays.other.numerator"),
                r.get("current.parallelJobFocusedDays.total.numerator")));
        assertEquals(2654, (Integer) r.get("current.parallelJobFocusedDays.total.denominator"));
        assertEquals(floats(2.0, 0.0, 0.0, 1.2), Reports.pcts(r, "current.parallelJobFocusedDays"));
        assertEquals(floats(77.9, 100.0, 100.0, 87.3), Reports.pcts(r, "current.daysWithoutIntervention"));
        assertEquals(floats(0.0, 0.25, 0.0, 0.08), Reports.numbers(r, "current.coordinatorChangesPerParticipant"));
        assertCounts(ints(1, 0, 0, 1), r, "current.assessmentsOverdue");
    }

    @Test
    void susVariablesBeforeAndAfter() {
        JsonPath r = Reports.year2025(Tokens.MARIA, "sus-variables");
        assertCounts(ints(6, 3, 0, 9), r, "current.exited");
        assertCounts(ints(0, 1, 0, 1), r, "current.entryNotRecorded");
        assertCounts(ints(0, 1, 0, 1), r, "current.exitNotRecorded");
        assertEquals(List.of("work", "studies", "job_seeking", "none"), r.getList("current.employment.status"));
        assertCounts(ints(0, 0, 0, 0), r, "current.employment[0].atEntry");
        assertCounts(ints(2, 1, 0, 3), r, "current.employment[0].atExit");
        assertCounts(ints(2, 0, 0, 2), r, "current.employment[1].atExit");
        assertCounts(ints(6, 2, 0, 8), r, "current.employment[2].atEntry");
        assertCounts(ints(2, 1, 0, 3), r, "current.employment[3].atExit");
        List<String> sources = r.getList("current.incomeSources.source");
        assertCounts(ints(0, 0, 0, 0), r, "current.incomeSources[" + sources.indexOf("salary") + "].atEntry");
        assertCounts(ints(2, 1, 0, 3), r, "current.incomeSources[" + sources.indexOf("salary") + "].atExit");
        assertCounts(ints(6, 2, 0, 8), r, "current.incomeSources[" + sources.indexOf("social_assistance") + "].atEntry");
        assertCounts(ints(1, 0, 0, 1), r, "current.incomeSources[" + sources.indexOf("sickness_benefit") + "].atEntry");
    }

    @Test
    void budgetUsedAgainstBudget() {
        JsonPath r = Reports.year2025(Tokens.MARIA, "budget");
        assertEquals(1, r.getList("rows").size());
        assertEquals(2025, (Integer) r.get("rows[0].year"));
        assertEquals(1000000, ((Number) r.get("rows[0].budgetSek")).intValue());
        assertEquals(250000, ((Number) r.get("rows[0].spentSek")).intValue());
        assertEquals(25.0f, r.getFloat("rows[0].usedPct"));
    }

    @Test
    void periodSummaryHasTheMainFiguresAndGoals() {
        JsonPath r = Reports.get(Tokens.MARIA, "/reports/summary?projectId=" + ReportDataset.PROJECT
                + "&from=2025-01-01&to=2025-12-31&compareFrom=2024-01-01&compareTo=2024-12-31");
        assertCounts(ints(6, 3, 0, 9), r, "current.exited");
        assertCounts(ints(4, 2, 0, 6), r, "current.referralsReceived");
        assertEquals(true, r.get("current.workOrStudiesGoal.met"));
        assertEquals(false, r.get("current.stepForwardGoal.met"));
        assertEquals(true, r.get("current.wellbeingGoal.met"));
        // No groups or SIP meetings in this dataset (see ReportAttendanceAndSipTest): zeros, no rate.
        assertCounts(ints(0, 0, 0, 0), r, "current.attendanceAndSip.participantsWithSip");
        assertNull(r.get("current.attendanceAndSip.attendance.total.pct"));
        assertCounts(ints(0, 0, 1, 1), r, "comparison.started");
        assertEquals(1, r.getList("budget").size());
        assertTrue(r.getString("scope.dataAsOf").length() > 0);
    }
}
