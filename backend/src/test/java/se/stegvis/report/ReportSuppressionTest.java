package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.stegvis.report.Reports.assertCounts;
import static se.stegvis.report.Reports.ints;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Tokens;

/**
 * Sara (analyst) and Anna (a coordinator who does not work in the project) see the same
 * {@link ReportDataset} with small cells suppressed, so that no count under five can be seen or
 * worked out from the totals.
 */
@QuarkusTest
class ReportSuppressionTest {

    private static final List<String> REPORTS = List.of("participants", "referrals", "outcomes", "progression", "bip-signals",
            "sus-variables", "summary");

    @Inject
    ReportRefresher refresher;

    @BeforeEach
    void data() {
        ReportDataset.create();
        refresher.refresh();
    }

    @Test
    void aCellOfThreeIsHiddenAndCannotBeRecoveredFromTheTotal() {
        JsonPath r = Reports.year2025(Tokens.SARA, "participants");
        assertEquals(false, r.get("scope.exact"));
        assertEquals(5, (Integer) r.get("scope.minCell"));
        // Exited: 6 women, 3 men. The 3 is hidden; so is the 6, or total - 0 - 6 would give it away.
        assertCounts(ints(null, null, 0, 9), r, "current.exited");
        assertEquals(true, r.get("current.exited.male.suppressed"));
        assertEquals(true, r.get("current.exited.female.suppressed"));
        // Started: 8 women, 4 men: the 4 is hidden and with it the 8.
        assertCounts(ints(null, null, 0, 12), r, "current.started");
        // Active at the end: 2, 1, 1 of 4: everything small is hidden.
        assertCounts(ints(null, null, null, null), r, "current.activeAtEnd");
    }

    @Test
    void outcomeRowsAndTheirSumAreProtectedTogether() {
        JsonPath r = Reports.year2025(Tokens.SARA, "outcomes");
        assertCounts(ints(null, null, 0, 9), r, "current.exited");
        assertCounts(ints(null, null, 0, null), r, "current.outcomes[0].count");
        assertEquals(true, r.get("current.outcomes[0].share.total.suppressed"));
        // 5 of 9 to work or studies: a base of 9 but 4 not in work or studies, a small rest: hidden.
        assertEquals(true, r.get("current.workOrStudies.total.suppressed"));
        org.junit.jupiter.api.Assertions.assertNull(r.get("current.goal.met"));
        assertEquals(true, r.get("current.goal.suppressed"));
    }

    @Test
    void noReportShowsALoneSuppressedCell() {
        for (String user : List.of(Tokens.SARA, Tokens.ANNA)) {
            for (String report : REPORTS) {
                JsonPath r = Reports.year2025(user, report);
                List<String> problems = new ArrayList<>();
                int hidden = Reports.assertNoLoneSuppressedCell(r.get(""), report, problems);
                assertEquals(List.of(), problems, user + " " + report);
                assertTrue(hidden > 0 || report.equals("budget"), report + " should have hidden cells for " + user);
            }
        }
    }

    @Test
    void aCoordinatorSeesExactCountsOnlyWhereTheyWork() {
        assertEquals(false, Reports.year2025(Tokens.ANNA, "participants").get("scope.exact"));
        // Anna works in Cresco+ only in Skövde and Falköping: Cresco+ as a whole is protected for her,
        // her own municipality is exact.
        String cresco = "30000000-0000-0000-0000-000000000001";
        assertEquals(false, Reports.get(Tokens.ANNA, "/reports/participants?projectId=" + cresco + "&from=2025-01-01&to=2025-12-31")
                .get("scope.exact"));
        assertEquals(true, Reports.get(Tokens.ANNA, "/reports/participants?projectId=" + cresco
                + "&municipality=1496&from=2025-01-01&to=2025-12-31").get("scope.exact"));
        assertEquals(true, Reports.year2025(Tokens.MARIA, "participants").get("scope.exact"));
    }

    @Test
    void smallDeclineReasonsAreMergedForProtectedCallers() {
        JsonPath r = Reports.year2025(Tokens.SARA, "referrals");
        List<String> reasons = r.getList("current.declineReasons.reason");
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).startsWith("Övriga skäl"), reasons.get(0));
    }
}
