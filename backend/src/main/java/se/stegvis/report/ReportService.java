package se.stegvis.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.BipSignalFigures;
import se.stegvis.api.generated.model.BipSignalsReport;
import se.stegvis.api.generated.model.BudgetReport;
import se.stegvis.api.generated.model.BudgetRow;
import se.stegvis.api.generated.model.ChangeBucket;
import se.stegvis.api.generated.model.CountBySex;
import se.stegvis.api.generated.model.DeclineReasonRow;
import se.stegvis.api.generated.model.EmploymentStatus;
import se.stegvis.api.generated.model.ExitOutcome;
import se.stegvis.api.generated.model.ExitOutcomeRow;
import se.stegvis.api.generated.model.FollowUpFigures;
import se.stegvis.api.generated.model.FollowUpOutcome;
import se.stegvis.api.generated.model.FollowUpOutcomeRow;
import se.stegvis.api.generated.model.IncomeSource;
import se.stegvis.api.generated.model.IndicatorChange;
import se.stegvis.api.generated.model.MunicipalityParticipants;
import se.stegvis.api.generated.model.OutcomeFigures;
import se.stegvis.api.generated.model.OutcomesReport;
import se.stegvis.api.generated.model.ParticipantFigures;
import se.stegvis.api.generated.model.ParticipantsReport;
import se.stegvis.api.generated.model.PeriodSummary;
import se.stegvis.api.generated.model.PeriodSummaryFigures;
import se.stegvis.api.generated.model.ProgressionFigures;
import se.stegvis.api.generated.model.ProgressionReport;
import se.stegvis.api.generated.model.ReferralFigures;
import se.stegvis.api.generated.model.ReferralFunnelRow;
import se.stegvis.api.generated.model.ReferralsReport;
import se.stegvis.api.generated.model.ReportAttendanceAndSip;
import se.stegvis.api.generated.model.ReportScope;
import se.stegvis.api.generated.model.ShareBySex;
import se.stegvis.api.generated.model.ShareCell;
import se.stegvis.api.generated.model.SusEmploymentRow;
import se.stegvis.api.generated.model.SusIncomeRow;
import se.stegvis.api.generated.model.SusVariableFigures;
import se.stegvis.api.generated.model.SusVariablesReport;
import se.stegvis.api.generated.model.WorkAtExit;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Sql;

/**
 * The figures of issue #7, aggregated in SQL over the summary tables ({@link ReportRefresher}) and
 * protected by {@link Suppression}. Definitions are in the contract's descriptions and the README.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    private static final String FACTS = " FROM report_enrollment_fact f WHERE ";
    private static final String ACTIVE_IN_PERIOD = " AND f.start_date <= :to AND (f.exit_date IS NULL OR f.exit_date >= :from)";
    private static final String EXITED_IN_PERIOD = " AND f.exit_date BETWEEN :from AND :to";

    @Inject
    FactQueries q;

    @Inject
    ReportScopes scopes;

    @Inject
    ReportRefresher refresher;

    // ------------------------------------------------------------------------------ the reports

    public ParticipantsReport participants(UUID projectId, String municipality, LocalDate from, LocalDate to,
            LocalDate compareFrom, LocalDate compareTo) {
        return compared(projectId, municipality, from, to, compareFrom, compareTo, this::participantFigures,
                (ctx, scope, current, comparison) -> new ParticipantsReport().scope(scope).current(current).comparison(comparison));
    }

    public ReferralsReport referrals(UUID projectId, String municipality, LocalDate from, LocalDate to,
            LocalDate compareFrom, LocalDate compareTo) {
        return compared(projectId, municipality, from, to, compareFrom, compareTo, this::referralFigures,
                (ctx, scope, current, comparison) -> new ReferralsReport().scope(scope).current(current).comparison(comparison));
    }

    public OutcomesReport outcomes(UUID projectId, String municipality, LocalDate from, LocalDate to,
            LocalDate compareFrom, LocalDate compareTo) {
        return compared(projectId, municipality, from, to, compareFrom, compareTo, this::outcomeFigures,
                (ctx, scope, current, comparison) -> new OutcomesReport().scope(scope).current(current).comparison(comparison));
    }

    public ProgressionReport progression(UUID projectId, String municipality, LocalDate from, LocalDate to,
            LocalDate compareFrom, LocalDate compareTo) {
        return compared(projectId, municipality, from, to, compareFrom, compareTo, this::progressionFigures,
                (ctx, scope, current, comparison) -> new ProgressionReport().scope(scope).current(current).comparison(comparison));
    }

    public BipSignalsReport bipSignals(UUID projectId, String municipality, LocalDate from, LocalDate to,
            LocalDate compareFrom, LocalDate compareTo) {
        return compared(projectId, municipality, from, to, compareFrom, compareTo, this::bipFigures,
                (ctx, scope, current, comparison) -> new BipSignalsReport().scope(scope).current(current).comparison(comparison));
    }

    public SusVariablesReport susVariables(UUID projectId, String municipality, LocalDate from, LocalDate to,
            LocalDate compareFrom, LocalDate compareTo) {
        return compared(projectId, municipality, from, to, compareFrom, compareTo, this::susFigures,
                (ctx, scope, current, comparison) -> new SusVariablesReport().scope(scope).current(current).comparison(comparison));
    }

    public BudgetReport budget(UUID projectId, LocalDate from, LocalDate to) {
        List<Period> periods = scopes.periods(from, to, null, null);
        ReportContext ctx = scopes.resolve(projectId, null);
        return new BudgetReport().scope(scope(ctx, periods)).rows(budgetRows(ctx, periods.get(0)));
    }

    /**
     * The period summary reads only what it shows, for the period and the comparison period in the
     * same statements ({@link #summaryFigures(ReportContext, Period, Period)}); its figures equal
     * those of the participants, outcomes and progression reports (SummaryEqualsNaiveTest).
     */
    public PeriodSummary summary(UUID projectId, String municipality, LocalDate from, LocalDate to,
            LocalDate compareFrom, LocalDate compareTo) {
        List<Period> periods = scopes.periods(from, to, compareFrom, compareTo);
        ReportContext ctx = scopes.resolve(projectId, municipality);
        PeriodSummaryFigures[] figures = summaryFigures(ctx, periods.get(0), periods.get(1));
        return new PeriodSummary().scope(scope(ctx, periods)).current(figures[0]).comparison(figures[1])
                .budget(budgetRows(ctx, periods.get(0)));
    }

    /** Puts a report together from its figures for the period and, when asked for, the comparison period. */
    private interface Assembly<F, R> {
        R of(ReportContext ctx, ReportScope scope, F current, F comparison);
    }

    private <F, R> R compared(UUID projectId, String municipality, LocalDate from, LocalDate to, LocalDate compareFrom,
            LocalDate compareTo, java.util.function.BiFunction<ReportContext, Period, F> figures, Assembly<F, R> assembly) {
        List<Period> periods = scopes.periods(from, to, compareFrom, compareTo);
        ReportContext ctx = scopes.resolve(projectId, municipality);
        return assembly.of(ctx, scope(ctx, periods), figures.apply(ctx, periods.get(0)),
                periods.get(1) == null ? null : figures.apply(ctx, periods.get(1)));
    }

    ReportScope scope(ReportContext ctx, List<Period> periods) {
        Period current = periods.get(0);
        Period comparison = periods.size() > 1 ? periods.get(1) : null;
        java.time.Instant asOf = refresher.refreshedAt();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new ReportScope().projectId(ctx.projectId()).projectName(ctx.projectName())
                .municipalityCode(ctx.municipalityCode()).municipalityName(ctx.municipalityName())
                .from(current.from()).to(current.to())
                .compareFrom(comparison == null ? null : comparison.from()).compareTo(comparison == null ? null : comparison.to())
                .minCell(ctx.configuredMinCell()).exact(ctx.exact()).generatedAt(now)
                .dataAsOf(asOf == null ? now : asOf.atOffset(ZoneOffset.UTC));
    }

    // --------------------------------------------------------------------------- participants

    ParticipantFigures participantFigures(ReportContext ctx, Period p) {
        int min = ctx.minCell();
        Map<String, Object> params = params(p, ctx);
        long[][] v = q.bySex("SELECT f.sex, SUM(f.start_date <= :end AND (f.exit_date IS NULL OR f.exit_date > :end)),"
                + " SUM(f.start_date BETWEEN :from AND :to), SUM(f.exit_date BETWEEN :from AND :to)"
                + FACTS + ctx.filter("f") + " GROUP BY f.sex", ctx, params, 3);
        long[] active = v[0];

        // Capacity per municipality: the municipality rows add up to the active total, so they
        // are protected together with it.
        List<Object[]> places = q.rows("""
                SELECT pm.project_id, pr.name, pm.municipality_code, m.name, pm.capacity
                FROM project_municipality pm JOIN project pr ON pr.id = pm.project_id JOIN municipality m ON m.code = pm.municipality_code
                WHERE """ + " " + ctx.filter("pm") + " ORDER BY pr.name, m.name", ctx, Map.of());
        Map<String, long[][]> activeByPlace = q.bySexKeyed("SELECT CONCAT(f.project_id, '/', f.municipality_code), f.sex,"
                + " COUNT(*)" + FACTS + ctx.filter("f")
                + " AND f.start_date <= :end AND (f.exit_date IS NULL OR f.exit_date > :end) GROUP BY 1, 2", ctx, params, 1);
        List<long[]> rows = new ArrayList<>();
        for (Object[] pl : places) {
            long[][] a = activeByPlace.get(Sql.uuid(pl[0]) + "/" + pl[2]);
            rows.add(a == null ? FactQueries.zero() : a[0]);
        }
        rows.add(active);
        boolean[][] hidden = Suppression.protect(rows, rows.size() - 1, min);
        List<MunicipalityParticipants> municipalities = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Object[] pl = places.get(i);
            int capacity = ((Number) pl[4]).intValue();
            long[] a = rows.get(i);
            municipalities.add(new MunicipalityParticipants().projectId(Sql.uuid(pl[0])).projectName((String) pl[1])
                    .municipalityCode((String) pl[2]).municipalityName((String) pl[3]).capacity(capacity)
                    .activeAtEnd(Cells.counts(a, hidden[i]))
                    .occupancy(Cells.share(a[3], capacity, hidden[i][3])));
        }

        // Median days over the stays that ended in the period, by sex and in total (MariaDB's MEDIAN is
        // the interpolated 50th percentile).
        Double[] median = new Double[4];
        long[] n = new long[4];
        for (Object[] r : q.rows("SELECT DISTINCT f.sex, MEDIAN(DATEDIFF(f.exit_date, f.start_date)) OVER (PARTITION BY f.sex),"
                + " COUNT(*) OVER (PARTITION BY f.sex)" + FACTS + ctx.filter("f") + EXITED_IN_PERIOD, ctx, params)) {
            int s = FactQueries.sexIndex((String) r[0]);
            median[s] = ((Number) r[1]).doubleValue();
            n[s] = ((Number) r[2]).longValue();
        }
        for (Object[] r : q.rows("SELECT MEDIAN(DATEDIFF(f.exit_date, f.start_date)) OVER (), COUNT(*) OVER ()" + FACTS
                + ctx.filter("f") + EXITED_IN_PERIOD + " LIMIT 1", ctx, params)) {
            median[3] = ((Number) r[0]).doubleValue();
            n[3] = ((Number) r[1]).longValue();
        }
        return new ParticipantFigures().period(p.dto())
                .activeAtEnd(Cells.counts(active, hidden[rows.size() - 1]))
                .started(Cells.counts(v[1], min)).exited(Cells.counts(v[2], min))
                .medianDaysInProject(Cells.numbers(median, n, min, 1))
                .municipalities(municipalities);
    }

    // ------------------------------------------------------------------------------ referrals

    /** Referral stages as SQL over alias {@code r}; a referral counts in every stage it has passed. */
    static final String FUNNEL_COLUMNS = """
            COUNT(*),
            SUM(r.screened_by IS NOT NULL OR r.status IN ('screened', 'accepted', 'declined', 'on_hold', 'enrolled')),
            SUM(r.decision_outcome = 'accepted' OR r.status IN ('accepted', 'enrolled')),
            SUM(r.status = 'declined'),
            SUM(r.status = 'withdrawn'),
            SUM(r.status = 'enrolled' OR r.enrollment_id IS NOT NULL)""";
    static final String REFERRALS_IN_PERIOD = " r.created_at >= :fromTs AND r.created_at < :toTs AND ";

    ReferralFigures referralFigures(ReportContext ctx, Period p) {
        int min = ctx.minCell();
        Map<String, Object> params = params(p, ctx);
        List<Object[]> agencies = q.rows("SELECT DISTINCT o.id, o.name FROM referral r JOIN organisation o ON o.id = r.referring_organisation_id"
                + " WHERE " + REFERRALS_IN_PERIOD + ctx.filter("r") + " ORDER BY o.name, o.id", ctx, params);
        Map<String, long[][]> byAgency = q.bySexKeyed("SELECT r.referring_organisation_id, r.sex, " + FUNNEL_COLUMNS
                + " FROM referral r WHERE " + REFERRALS_IN_PERIOD + ctx.filter("r") + " GROUP BY 1, 2", ctx, params, 6);
        long[][] total = new long[6][4];
        byAgency.values().forEach(a -> {
            for (int s = 0; s < 6; s++) {
                for (int c = 0; c < 4; c++) {
                    total[s][c] += a[s][c];
                }
            }
        });
        // Each stage is a column of agencies adding up to the total row: protect each stage's table.
        int k = agencies.size();
        CountBySex[][] cells = new CountBySex[k + 1][6];
        for (int s = 0; s < 6; s++) {
            List<long[]> rows = new ArrayList<>();
            for (Object[] ag : agencies) {
                long[][] a = byAgency.get(String.valueOf(Sql.uuid(ag[0])));
                rows.add(a == null ? FactQueries.zero() : a[s]);
            }
            rows.add(total[s]);
            boolean[][] hidden = Suppression.protect(rows, k, min);
            for (int i = 0; i <= k; i++) {
                cells[i][s] = Cells.counts(rows.get(i), hidden[i]);
            }
        }
        List<ReferralFunnelRow> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            rows.add(funnel(Sql.uuid(agencies.get(i)[0]), (String) agencies.get(i)[1], cells[i]));
        }

        // Reasons as the board wrote them; for protected callers, reasons given fewer times than the
        // threshold are merged, since free text about one person can itself identify them.
        Map<String, long[][]> reasons = q.bySexKeyed("SELECT COALESCE(NULLIF(TRIM(r.decision_reason), ''), '-'), r.sex, COUNT(*)"
                + " FROM referral r WHERE " + REFERRALS_IN_PERIOD + ctx.filter("r") + " AND r.status = 'declined'"
                + " GROUP BY 1, 2 ORDER BY 1", ctx, params, 1);
        Map<String, long[]> merged = new LinkedHashMap<>();
        long[] rest = FactQueries.zero();
        for (Map.Entry<String, long[][]> e : reasons.entrySet()) {
            long[] row = e.getValue()[0];
            if (min > 1 && row[3] < min) {
                for (int c = 0; c < 4; c++) {
                    rest[c] += row[c];
                }
            } else {
                merged.put(e.getKey(), row);
            }
        }
        if (rest[3] > 0) {
            merged.put("Övriga skäl (färre än " + min + " var)", rest);
        }
        List<long[]> reasonRows = new ArrayList<>(merged.values());
        reasonRows.add(total[3]);
        boolean[][] hiddenReasons = Suppression.protect(reasonRows, reasonRows.size() - 1, min);
        List<DeclineReasonRow> declineReasons = new ArrayList<>();
        int i = 0;
        for (String reason : merged.keySet()) {
            declineReasons.add(new DeclineReasonRow().reason(reason).count(Cells.counts(reasonRows.get(i), hiddenReasons[i])));
            i++;
        }
        return new ReferralFigures().period(p.dto()).total(funnel(null, null, cells[k])).byAgency(rows)
                .declineReasons(declineReasons);
    }

    private static ReferralFunnelRow funnel(UUID id, String name, CountBySex[] c) {
        return new ReferralFunnelRow().organisationId(id).organisationName(name).received(c[0]).screened(c[1])
                .accepted(c[2]).declined(c[3]).withdrawn(c[4]).enrolled(c[5]);
    }

    // ------------------------------------------------------------------------------- outcomes

    static final List<ExitOutcome> REPORTED_OUTCOMES = java.util.Arrays.stream(ExitOutcome.values())
            .filter(o -> o != ExitOutcome.REGISTERED_IN_ERROR).toList();

    OutcomeFigures outcomeFigures(ReportContext ctx, Period p) {
        int min = ctx.minCell();
        Map<String, Object> params = params(p, ctx);
        Map<String, long[][]> byOutcome = q.bySexKeyed("SELECT f.exit_outcome, f.sex, COUNT(*)" + FACTS + ctx.filter("f")
                + EXITED_IN_PERIOD + " GROUP BY 1, 2", ctx, params, 1);
        List<long[]> rows = new ArrayList<>();
        for (ExitOutcome o : REPORTED_OUTCOMES) {
            long[][] v = byOutcome.get(o.toString());
            rows.add(v == null ? FactQueries.zero() : v[0]);
        }
        long[] exited = FactQueries.sum(rows);
        rows.add(exited);
        int m = rows.size() - 1;
        boolean[][] hidden = Suppression.protect(rows, m, min);
        List<ExitOutcomeRow> outcomes = new ArrayList<>();
        for (int i = 0; i < REPORTED_OUTCOMES.size(); i++) {
            outcomes.add(new ExitOutcomeRow().outcome(REPORTED_OUTCOMES.get(i)).count(Cells.counts(rows.get(i), hidden[i]))
                    .share(Cells.shares(rows.get(i), exited, or(hidden[i], hidden[m]), min)));
        }
        int work = REPORTED_OUTCOMES.indexOf(ExitOutcome.WORK);
        int studies = REPORTED_OUTCOMES.indexOf(ExitOutcome.STUDIES);
        long[] workOrStudies = FactQueries.sum(List.of(rows.get(work), rows.get(studies)));
        ShareBySex wos = Cells.shares(workOrStudies, exited, hidden[m], min);

        long[][] w = q.bySex("SELECT f.sex, SUM(f.exit_wage_subsidy = TRUE), SUM(f.exit_wage_subsidy = FALSE),"
                + " SUM(f.exit_work_extent_pct >= 100), SUM(f.exit_work_extent_pct < 100), SUM(f.exit_work_extent_pct),"
                + " COUNT(f.exit_work_extent_pct)" + FACTS + ctx.filter("f") + EXITED_IN_PERIOD
                + " AND f.exit_outcome = 'work' GROUP BY f.sex", ctx, params, 6);
        CountBySex[] workCells = new CountBySex[4];
        for (int i = 0; i < 4; i++) {
            boolean[] h = Suppression.protectRow(w[i], min);
            h = or(h, hidden[work]);
            Suppression.extendLine(w[i], h);
            workCells[i] = Cells.counts(w[i], h);
        }
        Double[] meanExtent = new Double[4];
        for (int c = 0; c < 4; c++) {
            meanExtent[c] = w[5][c] == 0 ? null : (double) w[4][c] / w[5][c];
        }
        WorkAtExit workAtExit = new WorkAtExit().withWageSubsidy(workCells[0]).withoutWageSubsidy(workCells[1])
                .fullTime(workCells[2]).partTime(workCells[3]).meanExtentPct(Cells.numbers(meanExtent, w[5], min, 1));

        Map<String, long[][]> byFollowUp = q.bySexKeyed("SELECT f.follow_up_outcome, f.sex, COUNT(*)" + FACTS + ctx.filter("f")
                + " AND f.follow_up_date BETWEEN :from AND :to GROUP BY 1, 2", ctx, params, 1);
        List<long[]> fRows = new ArrayList<>();
        for (FollowUpOutcome o : FollowUpOutcome.values()) {
            long[][] v = byFollowUp.get(o.toString());
            fRows.add(v == null ? FactQueries.zero() : v[0]);
        }
        long[] followedUp = FactQueries.sum(fRows);
        fRows.add(followedUp);
        int fm = fRows.size() - 1;
        boolean[][] fHidden = Suppression.protect(fRows, fm, min);
        List<FollowUpOutcomeRow> fOutcomes = new ArrayList<>();
        for (int i = 0; i < FollowUpOutcome.values().length; i++) {
            fOutcomes.add(new FollowUpOutcomeRow().outcome(FollowUpOutcome.values()[i]).count(Cells.counts(fRows.get(i), fHidden[i]))
                    .share(Cells.shares(fRows.get(i), followedUp, or(fHidden[i], fHidden[fm]), min)));
        }
        long[] fWos = FactQueries.sum(List.of(fRows.get(FollowUpOutcome.WORK.ordinal()), fRows.get(FollowUpOutcome.STUDIES.ordinal())));
        FollowUpFigures followUp = new FollowUpFigures().followedUp(Cells.counts(followedUp, fHidden[fm])).outcomes(fOutcomes)
                .workOrStudies(Cells.shares(fWos, followedUp, fHidden[fm], min));

        return new OutcomeFigures().period(p.dto()).exited(Cells.counts(exited, hidden[m])).outcomes(outcomes)
                .work(workAtExit).workOrStudies(wos).goal(Cells.goal(ctx.goals().workOrStudiesAtExitPct(), wos.getTotal()))
                .followUp(followUp);
    }

    // ---------------------------------------------------------------------------- progression

    ProgressionFigures progressionFigures(ReportContext ctx, Period p) {
        int min = ctx.minCell();
        Map<String, Object> params = params(p, ctx);
        long[][] v = q.bySex("""
                SELECT f.sex, COUNT(*),
                  SUM(f.first_sub_goal_achieved_on <= :to OR f.improved_items > 0),
                  SUM(f.first_sub_goal_achieved_on <= :to),
                  SUM(f.improved_items > 0),
                  SUM(f.wellbeing_first_mean IS NOT NULL),
                  SUM(f.wellbeing_last_mean > f.wellbeing_first_mean)""" + FACTS + ctx.filter("f") + ACTIVE_IN_PERIOD
                + " GROUP BY f.sex", ctx, params, 6);
        boolean[] staysHidden = Suppression.protectRow(v[0], min);
        ShareBySex stepForward = Cells.shares(v[1], v[0], staysHidden, min);
        ShareBySex wellbeing = Cells.shares(v[5], v[4], null, min);

        // Per item: improved, unchanged and worsened add up to the stays measured on it. The items
        // shown are those with a measured stay in byItem; the item list itself is small, so it is read
        // whole rather than by a second join of the indicator facts.
        List<Object[]> items = q.rows("""
                SELECT it.id, it.instrument_id, it.item_key, it.label_sv, it.label_en
                FROM instrument_item it JOIN instrument ins ON ins.id = it.instrument_id
                ORDER BY ins.code, ins.version, it.position""", null, Map.of());
        Map<String, long[][]> byItem = q.bySexKeyed("""
                SELECT i.item_id, f.sex, SUM(i.latest_value > i.first_value), SUM(i.latest_value = i.first_value),
                  SUM(i.latest_value < i.first_value), COUNT(*), SUM(i.latest_value - i.first_value)
                FROM report_indicator_fact i JOIN report_enrollment_fact f ON f.enrollment_id = i.enrollment_id
                WHERE """ + " " + ctx.filter("f") + ACTIVE_IN_PERIOD + " GROUP BY 1, 2", ctx, params, 5);
        List<IndicatorChange> indicators = new ArrayList<>();
        for (Object[] it : items) {
            long[][] d = byItem.get(String.valueOf(Sql.uuid(it[0])));
            if (d == null) {
                continue;
            }
            List<long[]> rows = List.of(d[0], d[1], d[2], d[3]);
            boolean[][] h = Suppression.protect(rows, 3, min);
            Double[] mean = new Double[4];
            for (int c = 0; c < 4; c++) {
                mean[c] = d[3][c] == 0 ? null : (double) d[4][c] / d[3][c];
            }
            indicators.add(new IndicatorChange().instrumentId(Sql.uuid(it[1])).itemKey((String) it[2]).label((String) it[3])
                    .labelEn((String) it[4]).improved(Cells.counts(d[0], h[0])).unchanged(Cells.counts(d[1], h[1]))
                    .worsened(Cells.counts(d[2], h[2])).measured(Cells.counts(d[3], h[3]))
                    .meanChange(Cells.numbers(mean, d[3], min, 2)));
        }

        // The distribution of each stay's mean change, from the largest fall to the largest rise.
        int span = 0;
        for (Object[] r : q.rows("SELECT MAX(scale_max - scale_min), COUNT(*) FROM instrument WHERE purpose = 'progression'", null, Map.of())) {
            span = r[0] == null ? 0 : ((Number) r[0]).intValue();
        }
        Map<String, long[][]> byBucket = q.bySexKeyed("SELECT f.change_bucket, f.sex, COUNT(*)" + FACTS + ctx.filter("f")
                + ACTIVE_IN_PERIOD + " AND f.change_bucket IS NOT NULL GROUP BY 1, 2", ctx, params, 1);
        List<long[]> bRows = new ArrayList<>();
        for (int b = -span; b <= span; b++) {
            long[][] d = byBucket.get(String.valueOf(b));
            bRows.add(d == null ? FactQueries.zero() : d[0]);
        }
        bRows.add(FactQueries.sum(bRows));
        boolean[][] bHidden = Suppression.protect(bRows, bRows.size() - 1, min);
        List<ChangeBucket> distribution = new ArrayList<>();
        for (int b = -span; b <= span; b++) {
            distribution.add(new ChangeBucket().change(b).count(Cells.counts(bRows.get(b + span), bHidden[b + span])));
        }

        return new ProgressionFigures().period(p.dto()).stays(Cells.counts(v[0], staysHidden)).stepForward(stepForward)
                .subGoalAchieved(Cells.shares(v[2], v[0], staysHidden, min))
                .indicatorImproved(Cells.shares(v[3], v[0], staysHidden, min))
                .stepForwardGoal(Cells.goal(ctx.goals().stepForwardPct(), stepForward.getTotal()))
                .indicators(indicators).changeDistribution(distribution)
                .wellbeingImproved(wellbeing).wellbeingGoal(Cells.goal(ctx.goals().wellbeingImprovedPct(), wellbeing.getTotal()));
    }

    // ---------------------------------------------------------------------------- BIP signals

    BipSignalFigures bipFigures(ReportContext ctx, Period p) {
        int min = ctx.minCell();
        Map<String, Object> params = params(p, ctx);
        long[][] v = q.bySex("SELECT f.sex, COUNT(*), SUM(f.coordinator_changes)" + FACTS + ctx.filter("f") + ACTIVE_IN_PERIOD
                + " GROUP BY f.sex", ctx, params, 2);
        // Days after today have not happened yet, even inside a span (an intervention ending ahead cuts one there).
        long[][] days = q.bySex("""
                SELECT f.sex, SUM(d.days), SUM(CASE WHEN d.job_focused >= 1 AND d.running >= 2 THEN d.days ELSE 0 END),
                  SUM(CASE WHEN d.running = 0 THEN d.days ELSE 0 END)
                FROM (SELECT s.enrollment_id, s.running, s.job_focused,
                        GREATEST(0, DATEDIFF(LEAST(COALESCE(s.span_to, :today), :today, :to), GREATEST(s.span_from, :from)) + 1) AS days
                      FROM report_day_span s
                      WHERE s.span_from <= :to AND (s.span_to IS NULL OR s.span_to >= :from)) d
                JOIN report_enrollment_fact f ON f.enrollment_id = d.enrollment_id
                WHERE """ + " " + ctx.filter("f") + " GROUP BY f.sex", ctx, params, 3);
        long[][] overdue = q.bySex("SELECT f.sex, COUNT(*)" + FACTS + ctx.filter("f")
                + " AND f.start_date <= :end AND (f.exit_date IS NULL OR f.exit_date > :end) AND f.next_assessment_due < :end"
                + " GROUP BY f.sex", ctx, params, 1);
        boolean[] staysHidden = Suppression.protectRow(v[0], min);
        Double[] meanChanges = new Double[4];
        for (int c = 0; c < 4; c++) {
            meanChanges[c] = v[0][c] == 0 ? null : (double) v[1][c] / v[0][c];
        }
        return new BipSignalFigures().period(p.dto()).stays(Cells.counts(v[0], staysHidden))
                .parallelJobFocusedDays(dayShares(days[1], days[0], staysHidden))
                .daysWithoutIntervention(dayShares(days[2], days[0], staysHidden))
                .coordinatorChangesPerParticipant(Cells.numbers(meanChanges, v[0], min, 2))
                .assessmentsOverdue(Cells.counts(overdue[0], min));
    }

    /** Shares of participant-days, protected by the number of people behind them, not the days. */
    private static ShareBySex dayShares(long[] num, long[] den, boolean[] peopleHidden) {
        return new ShareBySex().female(Cells.share(num[0], den[0], peopleHidden[0])).male(Cells.share(num[1], den[1], peopleHidden[1]))
                .other(Cells.share(num[2], den[2], peopleHidden[2])).total(Cells.share(num[3], den[3], peopleHidden[3]));
    }

    // -------------------------------------------------------------------------- SUS variables

    SusVariableFigures susFigures(ReportContext ctx, Period p) {
        int min = ctx.minCell();
        Map<String, Object> params = params(p, ctx);
        Map<String, long[][]> entry = q.bySexKeyed("SELECT f.sus_entry_employment, f.sex, COUNT(*)" + FACTS + ctx.filter("f")
                + EXITED_IN_PERIOD + " GROUP BY 1, 2", ctx, params, 1);
        Map<String, long[][]> exit = q.bySexKeyed("SELECT f.sus_exit_employment, f.sex, COUNT(*)" + FACTS + ctx.filter("f")
                + EXITED_IN_PERIOD + " GROUP BY 1, 2", ctx, params, 1);
        EmploymentStatus[] statuses = EmploymentStatus.values();
        List<long[]> entryRows = employmentRows(entry, statuses);
        List<long[]> exitRows = employmentRows(exit, statuses);
        long[] exited = FactQueries.sum(entryRows);
        entryRows.add(exited);
        exitRows.add(exited);
        int m = entryRows.size() - 1;
        boolean[][] hEntry = Suppression.protect(entryRows, m, min);
        boolean[][] hExit = Suppression.protect(exitRows, m, min);
        List<SusEmploymentRow> employment = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            employment.add(new SusEmploymentRow().status(statuses[i]).atEntry(Cells.counts(entryRows.get(i), hEntry[i]))
                    .atExit(Cells.counts(exitRows.get(i), hExit[i])));
        }
        int notRecorded = statuses.length;

        Map<String, long[][]> entryIncome = q.bySexKeyed("SELECT j.src, f.sex, COUNT(DISTINCT f.enrollment_id)"
                + " FROM report_enrollment_fact f JOIN JSON_TABLE(f.sus_entry_income_sources, '$[*]' COLUMNS (src VARCHAR(40) PATH '$')) j"
                + " WHERE " + ctx.filter("f") + EXITED_IN_PERIOD + " GROUP BY 1, 2", ctx, params, 1);
        Map<String, long[][]> exitIncome = q.bySexKeyed("SELECT j.src, f.sex, COUNT(DISTINCT f.enrollment_id)"
                + " FROM report_enrollment_fact f JOIN JSON_TABLE(f.sus_exit_income_sources, '$[*]' COLUMNS (src VARCHAR(40) PATH '$')) j"
                + " WHERE " + ctx.filter("f") + EXITED_IN_PERIOD + " GROUP BY 1, 2", ctx, params, 1);
        List<SusIncomeRow> income = new ArrayList<>();
        for (IncomeSource s : IncomeSource.values()) {
            long[][] a = entryIncome.get(s.toString());
            long[][] b = exitIncome.get(s.toString());
            income.add(new SusIncomeRow().source(s).atEntry(Cells.counts(a == null ? FactQueries.zero() : a[0], min))
                    .atExit(Cells.counts(b == null ? FactQueries.zero() : b[0], min)));
        }
        boolean[] exitedHidden = or(hEntry[m], hExit[m]);
        return new SusVariableFigures().period(p.dto()).exited(Cells.counts(exited, exitedHidden))
                .entryNotRecorded(Cells.counts(entryRows.get(notRecorded), hEntry[notRecorded]))
                .exitNotRecorded(Cells.counts(exitRows.get(notRecorded), hExit[notRecorded]))
                .employment(employment).incomeSources(income);
    }

    /** One row per status, then the row of stays with none recorded. */
    private static List<long[]> employmentRows(Map<String, long[][]> by, EmploymentStatus[] statuses) {
        List<long[]> rows = new ArrayList<>();
        for (EmploymentStatus s : statuses) {
            long[][] v = by.get(s.toString());
            rows.add(v == null ? FactQueries.zero() : v[0]);
        }
        long[][] none = by.get(null);
        rows.add(none == null ? FactQueries.zero() : none[0]);
        return rows;
    }

    // --------------------------------------------------------------------------------- budget

    List<BudgetRow> budgetRows(ReportContext ctx, Period p) {
        List<BudgetRow> rows = new ArrayList<>();
        for (Object[] r : q.rows("""
                SELECT pb.project_id, pr.name, pb.budget_year, pb.amount_sek, pb.spent_sek
                FROM project_budget pb JOIN project pr ON pr.id = pb.project_id
                WHERE pb.budget_year BETWEEN :fromYear AND :toYear""" + (ctx.projectId() == null ? "" : " AND pb.project_id = :rProject")
                + " ORDER BY pr.name, pb.budget_year", null, budgetParams(ctx, p))) {
            Long budget = r[3] == null ? null : ((Number) r[3]).longValue();
            Long spent = r[4] == null ? null : ((Number) r[4]).longValue();
            BigDecimal used = budget == null || spent == null || budget == 0 ? null
                    : BigDecimal.valueOf(spent * 100.0 / budget).setScale(1, RoundingMode.HALF_UP);
            rows.add(new BudgetRow().projectId(Sql.uuid(r[0])).projectName((String) r[1]).year(((Number) r[2]).intValue())
                    .budgetSek(budget).spentSek(spent).usedPct(used));
        }
        return rows;
    }

    private static Map<String, Object> budgetParams(ReportContext ctx, Period p) {
        Map<String, Object> m = new HashMap<>();
        m.put("fromYear", p.from().getYear());
        m.put("toYear", p.to().getYear());
        if (ctx.projectId() != null) {
            m.put("rProject", ctx.projectId());
        }
        return m;
    }

    // -------------------------------------------------------------------------------- summary

    /**
     * The figures of the summary for the period and (when not null) the comparison period: one pass
     * over the stays for everything counted by sex (grouped by exit outcome too, as the outcomes
     * table is protected by its rows), one for the stays active at the end per municipality (the
     * capacity rows the active total is protected with), one over the referrals, one each over
     * attendance and SIP meetings. Every condition is the one of the report the figure comes from.
     */
    PeriodSummaryFigures[] summaryFigures(ReportContext ctx, Period current, Period comparison) {
        List<Period> ps = comparison == null ? List.of(current) : List.of(current, comparison);
        int min = ctx.minCell();
        Map<String, Object> params = new HashMap<>();
        // The value columns of each part, per period.
        StringBuilder stays = new StringBuilder();
        StringBuilder places = new StringBuilder();
        StringBuilder referrals = new StringBuilder();
        for (int k = 0; k < ps.size(); k++) {
            Map<String, Object> pk = params(ps.get(k), ctx);
            for (Map.Entry<String, Object> e : pk.entrySet()) {
                params.put(e.getKey() + k, e.getValue());
            }
            String from = ":from" + k;
            String to = ":to" + k;
            String end = ":end" + k;
            String activeAtEnd = "f.start_date <= " + end + " AND (f.exit_date IS NULL OR f.exit_date > " + end + ")";
            String active = "f.start_date <= " + to + " AND (f.exit_date IS NULL OR f.exit_date >= " + from + ")";
            stays.append(", SUM(").append(activeAtEnd).append(")")
                    .append(", SUM(f.start_date BETWEEN ").append(from).append(" AND ").append(to).append(")")
                    .append(", SUM(f.exit_date BETWEEN ").append(from).append(" AND ").append(to).append(")")
                    .append(", SUM(").append(active).append(")")
                    .append(", SUM(").append(active).append(" AND (f.first_sub_goal_achieved_on <= ").append(to)
                    .append(" OR f.improved_items > 0))")
                    .append(", SUM(").append(active).append(" AND f.wellbeing_first_mean IS NOT NULL)")
                    .append(", SUM(").append(active).append(" AND f.wellbeing_last_mean > f.wellbeing_first_mean)");
            places.append(", SUM(").append(activeAtEnd).append(")");
            referrals.append(", SUM(r.created_at >= :fromTs").append(k).append(" AND r.created_at < :toTs").append(k).append(")");
        }
        // One statement for the counts (a round trip costs as much as a project's whole pass): each
        // part is keyed by what it counts and padded to the widest part's columns.
        int width = STAY_VALUES * ps.size();
        String attendance = attendanceSql(ctx, ps, "'a'", width);
        String sip = sipSql(ctx, ps, "'s'", width);
        Map<String, long[][]> counts = q.bySexKeyed("(SELECT CONCAT('o:', COALESCE(f.exit_outcome, '')), f.sex"
                + stays + FACTS + ctx.filter("f") + " GROUP BY 1, 2)"
                // Grouped by the index's own columns, so the federation's pass needs no temporary table.
                + " UNION ALL (SELECT CONCAT('p:', f.project_id, '/', f.municipality_code), f.sex"
                + places + pad(ps.size(), width) + FACTS + ctx.filter("f")
                + " GROUP BY f.project_id, f.municipality_code, f.sex)"
                + " UNION ALL (SELECT 'r', r.sex" + referrals + pad(ps.size(), width)
                + " FROM referral r WHERE " + ctx.filter("r") + " GROUP BY r.sex)"
                + " UNION ALL (" + attendance + ") UNION ALL (" + sip + ")", ctx, params, width);
        Map<String, long[][]> byOutcome = new HashMap<>();
        Map<String, long[][]> activeByPlace = new HashMap<>();
        counts.forEach((key, v) -> {
            if (key.startsWith("o:")) {
                byOutcome.put(key.length() == 2 ? null : key.substring(2), v);
            } else if (key.startsWith("p:")) {
                activeByPlace.put(key.substring(2), v);
            }
        });
        long[][] received = counts.getOrDefault("r", new long[width][4]);
        List<Object[]> placeRows = q.rows("""
                SELECT pm.project_id, pm.municipality_code
                FROM project_municipality pm JOIN project pr ON pr.id = pm.project_id JOIN municipality m ON m.code = pm.municipality_code
                WHERE """ + " " + ctx.filter("pm") + " ORDER BY pr.name, m.name", ctx, Map.of());
        ReportAttendanceAndSip[] attendanceAndSip = attendanceAndSip(ps, counts.getOrDefault("a", new long[width][4]),
                counts.getOrDefault("s", new long[width][4]), min);

        PeriodSummaryFigures[] out = new PeriodSummaryFigures[2];
        for (int k = 0; k < ps.size(); k++) {
            Period p = ps.get(k);
            int base = STAY_VALUES * k;
            long[][] v = new long[STAY_VALUES][4];
            for (long[][] o : byOutcome.values()) {
                for (int i = 0; i < STAY_VALUES; i++) {
                    for (int c = 0; c < 4; c++) {
                        v[i][c] += o[base + i][c];
                    }
                }
            }
            // Participants: the active total is protected together with the municipality rows.
            List<long[]> rows = new ArrayList<>();
            for (Object[] pl : placeRows) {
                long[][] a = activeByPlace.get(Sql.uuid(pl[0]) + "/" + pl[1]);
                rows.add(a == null ? FactQueries.zero() : a[k]);
            }
            rows.add(v[0]);
            boolean[][] hidden = Suppression.protect(rows, rows.size() - 1, min);

            // Outcomes: the exited total is the margin of the outcome rows.
            List<long[]> outcomeRows = new ArrayList<>();
            for (ExitOutcome o : REPORTED_OUTCOMES) {
                long[][] a = byOutcome.get(o.toString());
                outcomeRows.add(a == null ? FactQueries.zero() : a[base + 2]);
            }
            long[] exited = FactQueries.sum(outcomeRows);
            outcomeRows.add(exited);
            int m = outcomeRows.size() - 1;
            boolean[][] oHidden = Suppression.protect(outcomeRows, m, min);
            long[] workOrStudies = FactQueries.sum(List.of(outcomeRows.get(REPORTED_OUTCOMES.indexOf(ExitOutcome.WORK)),
                    outcomeRows.get(REPORTED_OUTCOMES.indexOf(ExitOutcome.STUDIES))));
            ShareBySex wos = Cells.shares(workOrStudies, exited, oHidden[m], min);

            // Progression: shares of the stays active in the period.
            boolean[] staysHidden = Suppression.protectRow(v[3], min);
            ShareBySex stepForward = Cells.shares(v[4], v[3], staysHidden, min);
            ShareBySex wellbeing = Cells.shares(v[6], v[5], null, min);

            out[k] = new PeriodSummaryFigures().period(p.dto()).activeAtEnd(Cells.counts(v[0], hidden[rows.size() - 1]))
                    .started(Cells.counts(v[1], min)).exited(Cells.counts(v[2], min))
                    .referralsReceived(Cells.counts(received[k], min))
                    .workOrStudiesAtExit(wos).workOrStudiesGoal(Cells.goal(ctx.goals().workOrStudiesAtExitPct(), wos.getTotal()))
                    .stepForward(stepForward).stepForwardGoal(Cells.goal(ctx.goals().stepForwardPct(), stepForward.getTotal()))
                    .wellbeingImproved(wellbeing).wellbeingGoal(Cells.goal(ctx.goals().wellbeingImprovedPct(), wellbeing.getTotal()))
                    .attendanceAndSip(attendanceAndSip[k]);
        }
        return out;
    }

    /** Values per period in the summary's pass over the stays (see {@link #summaryFigures(ReportContext, Period, Period)}). */
    private static final int STAY_VALUES = 7;

    /** The summary's figures put together from the full reports, one period at a time: what the summary is held to in tests. */
    PeriodSummaryFigures summaryFiguresFromReports(ReportContext ctx, Period p) {
        ParticipantFigures participants = participantFigures(ctx, p);
        OutcomeFigures outcomes = outcomeFigures(ctx, p);
        ProgressionFigures progression = progressionFigures(ctx, p);
        int min = ctx.minCell();
        long[][] received = q.bySex("SELECT r.sex, COUNT(*) FROM referral r WHERE " + REFERRALS_IN_PERIOD + ctx.filter("r")
                + " GROUP BY r.sex", ctx, params(p, ctx), 1);
        return new PeriodSummaryFigures().period(p.dto()).activeAtEnd(participants.getActiveAtEnd())
                .started(participants.getStarted()).exited(participants.getExited())
                .referralsReceived(Cells.counts(received[0], min))
                .workOrStudiesAtExit(outcomes.getWorkOrStudies()).workOrStudiesGoal(outcomes.getGoal())
                .stepForward(progression.getStepForward()).stepForwardGoal(progression.getStepForwardGoal())
                .wellbeingImproved(progression.getWellbeingImproved()).wellbeingGoal(progression.getWellbeingGoal())
                .attendanceAndSip(attendanceAndSip(ctx, p));
    }

    // ------------------------------------------------------------------- attendance and SIP

    /** Stays in the report's scope, on the raw tables (alias {@code e}, participant {@code p}). */
    private static final String STAYS = " JOIN enrollment e ON e.id = gm.enrollment_id JOIN participant p ON p.id = e.participant_id";

    /**
     * Read straight from the attendance and SIP tables: they hold a row per member and session and
     * per meeting, small beside the assessments, so no summary table is needed. The rate is the
     * one of {@code se.stegvis.group.Figures} (and of the participant page): sessions not
     * cancelled, every recorded status in the base.
     */
    ReportAttendanceAndSip attendanceAndSip(ReportContext ctx, Period p) {
        return attendanceAndSip(ctx, List.of(p))[0];
    }

    /** For one or two periods in the same statements (a period's rows picked by CASE, so nothing is counted twice). */
    ReportAttendanceAndSip[] attendanceAndSip(ReportContext ctx, List<Period> ps) {
        Map<String, Object> params = new HashMap<>();
        for (int k = 0; k < ps.size(); k++) {
            params.put("from" + k, ps.get(k).from());
            params.put("to" + k, ps.get(k).to());
        }
        long[][] a = q.bySexKeyed(attendanceSql(ctx, ps, "'a'", 3 * ps.size()), ctx, params, 3 * ps.size())
                .getOrDefault("a", new long[3 * ps.size()][4]);
        long[][] s = q.bySexKeyed(sipSql(ctx, ps, "'s'", ps.size()), ctx, params, ps.size())
                .getOrDefault("s", new long[ps.size()][4]);
        return attendanceAndSip(ps, a, s, ctx.minCell());
    }

    /**
     * {@code key, sex}, then per period k present, recorded, people (of member-sessions in sessions dated
     * in the period), padded with zeros to {@code width} values; parameters {@code :fromK, :toK}.
     */
    private static String attendanceSql(ReportContext ctx, List<Period> ps, String key, int width) {
        StringBuilder att = new StringBuilder("SELECT " + key + ", p.sex");
        StringBuilder days = new StringBuilder();
        for (int k = 0; k < ps.size(); k++) {
            String inS = "s.session_date BETWEEN :from" + k + " AND :to" + k;
            att.append(", SUM(").append(inS).append(" AND a.status = 'present'), SUM(").append(inS)
                    .append("), COUNT(DISTINCT CASE WHEN ").append(inS).append(" THEN e.participant_id END)");
            days.append(k == 0 ? "" : " OR ").append(inS);
        }
        return att + pad(3 * ps.size(), width)
                + " FROM group_attendance a JOIN group_session s ON s.id = a.session_id"
                + " JOIN group_member gm ON gm.id = a.member_id" + STAYS + " WHERE s.status = 'scheduled' AND (" + days + ")"
                + " AND a.status IN ('present', 'absent_with_notice', 'absent') AND " + ReportRefresher.INCLUDED + " AND "
                + ctx.filter("e") + " GROUP BY p.sex";
    }

    /** {@code key, sex}, then per period k the people with a SIP meeting dated in it, padded to {@code width}. */
    private static String sipSql(ReportContext ctx, List<Period> ps, String key, int width) {
        StringBuilder sip = new StringBuilder("SELECT " + key + ", p.sex");
        StringBuilder days = new StringBuilder();
        for (int k = 0; k < ps.size(); k++) {
            String inM = "m.meeting_date BETWEEN :from" + k + " AND :to" + k;
            sip.append(", COUNT(DISTINCT CASE WHEN ").append(inM).append(" THEN e.participant_id END)");
            days.append(k == 0 ? "" : " OR ").append(inM);
        }
        return sip + pad(ps.size(), width) + " FROM sip_meeting m"
                + " JOIN enrollment e ON e.id = m.enrollment_id JOIN participant p ON p.id = e.participant_id"
                + " WHERE (" + days + ") AND " + ReportRefresher.INCLUDED + " AND " + ctx.filter("e") + " GROUP BY p.sex";
    }

    private static ReportAttendanceAndSip[] attendanceAndSip(List<Period> ps, long[][] a, long[][] s, int min) {
        ReportAttendanceAndSip[] out = new ReportAttendanceAndSip[ps.size()];
        for (int k = 0; k < ps.size(); k++) {
            // The records are member-sessions: protect by the people behind them, as the day shares do.
            boolean[] peopleHidden = Suppression.protectRow(a[3 * k + 2], min);
            out[k] = new ReportAttendanceAndSip().attendance(dayShares(a[3 * k], a[3 * k + 1], peopleHidden))
                    .participantsWithSip(Cells.counts(s[k], min));
        }
        return out;
    }

    /** Zero columns from {@code have} up to {@code width} values, so that the parts of a UNION line up. */
    private static String pad(int have, int width) {
        return ", 0".repeat(width - have);
    }

    // -------------------------------------------------------------------------------- helpers

    static Map<String, Object> params(Period p, ReportContext ctx) {
        Map<String, Object> m = new HashMap<>();
        m.put("from", p.from());
        m.put("to", p.to());
        m.put("end", p.end(ctx.today()));
        m.put("today", ctx.today());
        // created_at is a UTC timestamp; the period's days are Swedish days.
        m.put("fromTs", java.sql.Timestamp.from(p.from().atStartOfDay(SwedishCalendar.ZONE).toInstant()));
        m.put("toTs", java.sql.Timestamp.from(p.to().plusDays(1).atStartOfDay(SwedishCalendar.ZONE).toInstant()));
        return m;
    }

    static boolean[] or(boolean[] a, boolean[] b) {
        boolean[] r = new boolean[4];
        for (int c = 0; c < 4; c++) {
            r[c] = a[c] || b[c];
        }
        return r;
    }

    static ShareCell totalOf(ShareBySex s) {
        return s.getTotal();
    }
}
