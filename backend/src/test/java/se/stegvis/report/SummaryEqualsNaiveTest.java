package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.common.time.SwedishCalendar;

/**
 * The summary tables give the same figures as the naive SQL over the raw rows
 * ({@link ReferenceReportSql}): for the dataset's project, and for every project at once (which
 * includes whatever other tests have written), over several periods.
 */
@QuarkusTest
class SummaryEqualsNaiveTest {

    @Inject
    ReportRefresher refresher;

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper()
            .findAndRegisterModules();

    @BeforeEach
    void data() {
        ReportDataset.create();
        refresher.refresh();
    }

    @Transactional
    Map<String, long[]> naive(UUID project, LocalDate from, LocalDate to) {
        return ReferenceReportSql.compute(em, project, from, to, SwedishCalendar.today());
    }

    @Test
    void theDatasetsProjectMatchesTheNaiveQueries() {
        compare(ReportDataset.PROJECT, "2025-01-01", "2025-12-31");
        compare(ReportDataset.PROJECT, "2025-04-01", "2025-06-30");
        compare(ReportDataset.PROJECT, "2024-07-01", "2026-06-30");
    }

    @Test
    void allProjectsTogetherMatchTheNaiveQueries() {
        refresher.refresh();
        compare(null, "2025-01-01", "2025-12-31");
        compare(null, "2026-01-01", "2026-12-31");
    }

    @Test
    void daysAfterTodayDoNotCountWhenAnInterventionEndsAhead() {
        LocalDate today = SwedishCalendar.today();
        UUID project = ReportDataset.projectWithOneStay("Framåtprojektet", today.minusDays(20), (c, stay) -> ReportDataset.intervention(c,
                stay, ReportDataset.HEALTH_TYPE, today.minusDays(10).toString(), today.plusDays(3).toString(), "ongoing"));
        refresher.refresh();
        compare(project, today.withDayOfYear(1).toString(), today.withDayOfYear(1).plusYears(1).minusDays(1).toString());
        Map<String, long[]> n = naive(project, today.minusDays(4), today.plusDays(30));
        // From four days ago up to today: five days, all with the intervention running.
        assertArrayEquals(new long[] { 5, 0, 0, 5 }, n.get("participantDays"));
        compare(project, today.minusDays(4).toString(), today.plusDays(30).toString());
    }

    @Test
    void aStayMeasuredThreeTimesComparesItsFirstMeasurementWithItsLatest() {
        // BIP item 1 goes 2 -> 5 -> 1 and well-being 3 -> 4 -> 2: up at the second measurement,
        // down from the first at the latest, which is what counts.
        UUID project = ReportDataset.projectWithOneStay("Tremätningsprojektet", LocalDate.of(2025, 2, 1), (c, stay) -> {
            ReportDataset.bip(c, stay, "2025-02-10", 2, 3, null);
            ReportDataset.bip(c, stay, "2025-04-10", 5, 3, null);
            ReportDataset.bip(c, stay, "2025-07-10", 1, 3, null);
            ReportDataset.wellbeing(c, stay, "2025-02-10", 3, 3);
            ReportDataset.wellbeing(c, stay, "2025-04-10", 4, 4);
            ReportDataset.wellbeing(c, stay, "2025-07-10", 2, 2);
        });
        refresher.refresh();
        Map<String, long[]> n = naive(project, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertArrayEquals(new long[] { 0, 0, 0, 0 }, n.get("indicatorImproved"));
        assertArrayEquals(new long[] { 1, 0, 0, 1 }, n.get("wellbeingMeasured"));
        assertArrayEquals(new long[] { 0, 0, 0, 0 }, n.get("wellbeingImproved"));
        compare(project, "2025-01-01", "2025-12-31");
    }

    private void compare(UUID project, String from, String to) {
        Map<String, long[]> expected = naive(project, LocalDate.parse(from), LocalDate.parse(to));
        // Exact figures straight from the service, so that every project counts, whoever made it.
        ReportContext ctx = new ReportContext(project, null, null, null, ReportContext.Goals.NONE, true, 5, SwedishCalendar.today());
        Period period = new Period(LocalDate.parse(from), LocalDate.parse(to));
        List<String> wrong = new ArrayList<>();
        JsonPath p = json(reports.participantFigures(ctx, period));
        JsonPath o = json(reports.outcomeFigures(ctx, period));
        JsonPath g = json(reports.progressionFigures(ctx, period));
        JsonPath b = json(reports.bipFigures(ctx, period));
        check(wrong, expected, "activeAtEnd", Reports.counts(p, "activeAtEnd"));
        check(wrong, expected, "started", Reports.counts(p, "started"));
        check(wrong, expected, "exited", Reports.counts(p, "exited"));
        check(wrong, expected, "workOrStudiesAtExit", numerators(o, "workOrStudies"));
        check(wrong, expected, "stays", Reports.counts(g, "stays"));
        check(wrong, expected, "stepForward", numerators(g, "stepForward"));
        check(wrong, expected, "indicatorImproved", numerators(g, "indicatorImproved"));
        check(wrong, expected, "wellbeingMeasured", denominators(g, "wellbeingImproved"));
        check(wrong, expected, "wellbeingImproved", numerators(g, "wellbeingImproved"));
        check(wrong, expected, "participantDays", denominators(b, "daysWithoutIntervention"));
        check(wrong, expected, "parallelJobFocusedDays", numerators(b, "parallelJobFocusedDays"));
        check(wrong, expected, "daysWithoutIntervention", numerators(b, "daysWithoutIntervention"));
        assertEquals(List.of(), wrong, "summary vs naive, project " + project + ", " + from + " to " + to);
    }

    private static JsonPath json(Object figures) {
        try {
            return JsonPath.from(MAPPER.writeValueAsString(figures));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mean times n, back to the sum the naive query gives. */
    private static List<Integer> sums(JsonPath j, String path) {
        return Reports.SEXES.stream().map(s -> {
            Number v = j.get(path + "." + s + ".value");
            Integer n = j.get(path + "." + s + ".n");
            return v == null || n == null ? 0 : (int) Math.round(v.doubleValue() * n);
        }).toList();
    }

    private static void check(List<String> wrong, Map<String, long[]> expected, String name, List<Integer> actual) {
        long[] a = actual.stream().mapToLong(v -> v == null ? -1 : v).toArray();
        if (!java.util.Arrays.equals(expected.get(name), a)) {
            wrong.add(name + ": naive " + java.util.Arrays.toString(expected.get(name)) + ", summary " + java.util.Arrays.toString(a));
        }
    }

    private static List<Integer> numerators(JsonPath j, String path) {
        return Reports.SEXES.stream().map(s -> (Integer) j.get(path + "." + s + ".numerator")).toList();
    }

    private static List<Integer> denominators(JsonPath j, String path) {
        return Reports.SEXES.stream().map(s -> (Integer) j.get(path + "." + s + ".denominator")).toList();
    }

    /**
     * Periods with their comparison periods whose edges fall on the dataset's dates: stays starting
     * on the first day (2025-02-01) and exiting on the last (2025-08-01, 2025-09-01), starting the day
     * after the end, exiting on the first day (2025-08-01, 2025-09-01), starting on the last day
     * (2024-10-01, 2025-02-01), crossing both edges, open stays, a sub-goal achieved on the last day
     * (2025-05-01), periods starting and ending mid-month, and periods reaching past today.
     */
    private static final String[][] PERIODS = {
        { "2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31" },
        { "2025-02-01", "2025-08-01", "2024-08-05", "2025-01-31" },
        { "2025-08-02", "2025-09-01", "2025-07-02", "2025-08-01" },
        { "2025-04-15", "2025-05-01", "2025-05-02", "2025-05-18" },
        { "2025-03-17", "2025-07-14", "2024-11-14", "2025-03-16" },
        { "2025-09-02", "2027-03-31", "2024-02-29", "2025-09-01" },
        { "2025-06-01", "2025-06-01", "2025-05-31", "2025-05-31" },
        { "2025-09-01", "2025-10-15", "2025-08-01", "2025-08-31" },
        { "2024-10-01", "2025-02-01", "2024-09-30", "2024-10-01" },
    };

    @Test
    void theSummaryAndItsComparisonPeriodMatchTheNaiveQueries() {
        List<String> wrong = new ArrayList<>();
        for (UUID project : java.util.Arrays.asList(ReportDataset.PROJECT, null)) {
            ReportContext ctx = new ReportContext(project, null, null, null, ReportContext.Goals.NONE, true, 5, SwedishCalendar.today());
            for (String[] p : PERIODS) {
                Period current = new Period(LocalDate.parse(p[0]), LocalDate.parse(p[1]));
                Period comparison = new Period(LocalDate.parse(p[2]), LocalDate.parse(p[3]));
                var figures = reports.summaryFigures(ctx, current, comparison);
                summaryVsNaive(wrong, project, current, json(figures[0]));
                summaryVsNaive(wrong, project, comparison, json(figures[1]));
                // Without a comparison period the period's figures are the same.
                summaryVsNaive(wrong, project, current, json(reports.summaryFigures(ctx, current, null)[0]));
            }
        }
        assertEquals(List.of(), wrong);
    }

    private void summaryVsNaive(List<String> wrong, UUID project, Period p, JsonPath s) {
        Map<String, long[]> expected = naive(project, p.from(), p.to());
        List<String> here = new ArrayList<>();
        check(here, expected, "activeAtEnd", Reports.counts(s, "activeAtEnd"));
        check(here, expected, "started", Reports.counts(s, "started"));
        check(here, expected, "exited", Reports.counts(s, "exited"));
        check(here, expected, "workOrStudiesAtExit", numerators(s, "workOrStudiesAtExit"));
        check(here, expected, "stays", denominators(s, "stepForward"));
        check(here, expected, "stepForward", numerators(s, "stepForward"));
        check(here, expected, "wellbeingMeasured", denominators(s, "wellbeingImproved"));
        check(here, expected, "wellbeingImproved", numerators(s, "wellbeingImproved"));
        here.forEach(w -> wrong.add("project " + project + ", " + p.from() + " to " + p.to() + ": " + w));
    }

    /**
     * The summary's own pass gives, cell for cell (suppression included), what the summary put
     * together from the participants, outcomes and progression reports gives, for every caller's
     * protection, with and without a municipality, and for both periods.
     */
    @Test
    void theSummaryEqualsTheSummaryPutTogetherFromTheReports() {
        List<String> wrong = new ArrayList<>();
        for (UUID project : java.util.Arrays.asList(ReportDataset.PROJECT, null)) {
            for (String municipality : java.util.Arrays.asList(null, ReportDataset.SKOVDE)) {
                for (boolean exact : new boolean[] { true, false }) {
                    for (int minCell : new int[] { 3, 5 }) {
                        ReportContext ctx = new ReportContext(project, null, municipality, null,
                                new ReportContext.Goals(30, 80, 50), exact, minCell, SwedishCalendar.today());
                        for (String[] p : PERIODS) {
                            Period current = new Period(LocalDate.parse(p[0]), LocalDate.parse(p[1]));
                            Period comparison = new Period(LocalDate.parse(p[2]), LocalDate.parse(p[3]));
                            var fast = reports.summaryFigures(ctx, current, comparison);
                            String where = project + "/" + municipality + "/exact " + exact + "/min " + minCell + ": ";
                            same(wrong, where + current, reports.summaryFiguresFromReports(ctx, current), fast[0]);
                            same(wrong, where + comparison, reports.summaryFiguresFromReports(ctx, comparison), fast[1]);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void same(List<String> wrong, String where, Object expected, Object actual) {
        try {
            String e = MAPPER.writeValueAsString(expected);
            String a = MAPPER.writeValueAsString(actual);
            if (!e.equals(a)) {
                wrong.add(where + "\n  reports: " + e + "\n  summary: " + a);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    @Test
    void theNaiveQueriesThemselvesGiveTheHandComputedFigures() {
        Map<String, long[]> n = naive(ReportDataset.PROJECT, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertArrayEquals(new long[] { 6, 3, 0, 9 }, n.get("exited"));
        assertArrayEquals(new long[] { 2, 1, 0, 3 }, n.get("stepForward"));
        assertArrayEquals(new long[] { 1520, 769, 365, 2654 }, n.get("participantDays"));
        assertArrayEquals(new long[] { 31, 0, 0, 31 }, n.get("parallelJobFocusedDays"));
    }
}
