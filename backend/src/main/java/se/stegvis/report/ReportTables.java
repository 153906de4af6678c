package se.stegvis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.BipSignalFigures;
import se.stegvis.api.generated.model.BudgetRow;
import se.stegvis.api.generated.model.ChangeBucket;
import se.stegvis.api.generated.model.CountBySex;
import se.stegvis.api.generated.model.CountCell;
import se.stegvis.api.generated.model.DeclineReasonRow;
import se.stegvis.api.generated.model.ExitOutcomeRow;
import se.stegvis.api.generated.model.FollowUpOutcomeRow;
import se.stegvis.api.generated.model.IndicatorChange;
import se.stegvis.api.generated.model.MunicipalityParticipants;
import se.stegvis.api.generated.model.OutcomeFigures;
import se.stegvis.api.generated.model.ParticipantFigures;
import se.stegvis.api.generated.model.ProgressionFigures;
import se.stegvis.api.generated.model.ReferralFunnelRow;
import se.stegvis.api.generated.model.ReportAttendanceAndSip;
import se.stegvis.api.generated.model.ReportTable;
import se.stegvis.api.generated.model.ShareBySex;
import se.stegvis.api.generated.model.ShareCell;
import se.stegvis.api.generated.model.SusEmploymentRow;
import se.stegvis.api.generated.model.SusIncomeRow;
import se.stegvis.api.generated.model.SusVariableFigures;
import se.stegvis.api.generated.model.WorkAtExit;

/**
 * Every report table as rows for export, built from the very figures (and so the very suppression)
 * the JSON endpoints answer with.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportTables {

    @Inject
    ReportService reports;

    @Inject
    ReportScopes scopes;

    public ExportTable table(ReportTable table, UUID projectId, String municipality, java.time.LocalDate from, java.time.LocalDate to) {
        Period p = scopes.periods(from, to, null, null).get(0);
        ReportContext ctx = scopes.resolve(projectId, table == ReportTable.BUDGET ? null : municipality);
        List<List<Object>> rows = new ArrayList<>();
        String name = table.toString();
        switch (table) {
            case PARTICIPANTS -> {
                ParticipantFigures f = reports.participantFigures(ctx, p);
                rows.add(ExportTable.row(List.of("Aktiva vid periodens slut"), f.getActiveAtEnd(), null));
                rows.add(ExportTable.row(List.of("Började"), f.getStarted(), null));
                rows.add(ExportTable.row(List.of("Avslutade"), f.getExited(), null));
                rows.add(ExportTable.row(List.of("Mediantid i projektet (dagar)"), f.getMedianDaysInProject(), true));
                return new ExportTable(name, ExportTable.headers(List.of("Mått"), true), rows);
            }
            case MUNICIPALITIES -> {
                for (MunicipalityParticipants m : reports.participantFigures(ctx, p).getMunicipalities()) {
                    List<Object> r = ExportTable.row(List.of(m.getProjectName(), m.getMunicipalityName(), m.getCapacity()), m.getActiveAtEnd());
                    r.add(m.getOccupancy().getSuppressed() ? ExportTable.SUPPRESSED : m.getOccupancy().getPct());
                    rows.add(r);
                }
                List<String> h = ExportTable.headers(List.of("Projekt", "Kommun", "Platser"), false);
                h.add("Beläggning %");
                return new ExportTable(name, h, rows);
            }
            case REFERRAL_FUNNEL -> {
                var f = reports.referralFigures(ctx, p);
                List<ReferralFunnelRow> all = new ArrayList<>(f.getByAgency());
                all.add(f.getTotal());
                for (ReferralFunnelRow r : all) {
                    String agency = r.getOrganisationName() == null ? "Totalt" : r.getOrganisationName();
                    rows.add(ExportTable.row(List.of(agency, "Inkomna"), r.getReceived()));
                    rows.add(ExportTable.row(List.of(agency, "Förberedda"), r.getScreened()));
                    rows.add(ExportTable.row(List.of(agency, "Beviljade"), r.getAccepted()));
                    rows.add(ExportTable.row(List.of(agency, "Avslagna"), r.getDeclined()));
                    rows.add(ExportTable.row(List.of(agency, "Återtagna"), r.getWithdrawn()));
                    rows.add(ExportTable.row(List.of(agency, "Inskrivna"), r.getEnrolled()));
                }
                return new ExportTable(name, ExportTable.headers(List.of("Remittent", "Steg"), false), rows);
            }
            case DECLINE_REASONS -> {
                for (DeclineReasonRow r : reports.referralFigures(ctx, p).getDeclineReasons()) {
                    rows.add(ExportTable.row(List.of(r.getReason()), r.getCount()));
                }
                return new ExportTable(name, ExportTable.headers(List.of("Skäl"), false), rows);
            }
            case EXIT_OUTCOMES -> {
                OutcomeFigures f = reports.outcomeFigures(ctx, p);
                for (ExitOutcomeRow r : f.getOutcomes()) {
                    rows.add(ExportTable.row(List.of(r.getOutcome().toString()), r.getCount(), r.getShare()));
                }
                rows.add(ExportTable.row(List.of("work_or_studies"), f.getWorkOrStudies()));
                rows.add(ExportTable.row(List.of("exited"), f.getExited(), null));
                return new ExportTable(name, ExportTable.headers(List.of("Utfall"), true), rows);
            }
            case WORK_AT_EXIT -> {
                WorkAtExit w = reports.outcomeFigures(ctx, p).getWork();
                rows.add(ExportTable.row(List.of("with_wage_subsidy"), w.getWithWageSubsidy()));
                rows.add(ExportTable.row(List.of("without_wage_subsidy"), w.getWithoutWageSubsidy()));
                rows.add(ExportTable.row(List.of("full_time"), w.getFullTime()));
                rows.add(ExportTable.row(List.of("part_time"), w.getPartTime()));
                rows.add(ExportTable.row(List.of("mean_extent_pct"), w.getMeanExtentPct(), false));
                return new ExportTable(name, ExportTable.headers(List.of("Mått"), false), rows);
            }
            case FOLLOW_UP_OUTCOMES -> {
                var f = reports.outcomeFigures(ctx, p).getFollowUp();
                for (FollowUpOutcomeRow r : f.getOutcomes()) {
                    rows.add(ExportTable.row(List.of(r.getOutcome().toString()), r.getCount(), r.getShare()));
                }
                rows.add(ExportTable.row(List.of("work_or_studies"), f.getWorkOrStudies()));
                rows.add(ExportTable.row(List.of("followed_up"), f.getFollowedUp(), null));
                return new ExportTable(name, ExportTable.headers(List.of("Utfall"), true), rows);
            }
            case STEPS_FORWARD -> {
                ProgressionFigures f = reports.progressionFigures(ctx, p);
                rows.add(ExportTable.row(List.of("stays"), f.getStays(), null));
                rows.add(ExportTable.row(List.of("step_forward"), f.getStepForward()));
                rows.add(ExportTable.row(List.of("sub_goal_achieved"), f.getSubGoalAchieved()));
                rows.add(ExportTable.row(List.of("indicator_improved"), f.getIndicatorImproved()));
                rows.add(ExportTable.row(List.of("wellbeing_improved"), f.getWellbeingImproved()));
                return new ExportTable(name, ExportTable.headers(List.of("Mått"), true), rows);
            }
            case INDICATOR_CHANGES -> {
                for (IndicatorChange c : reports.progressionFigures(ctx, p).getIndicators()) {
                    rows.add(ExportTable.row(List.of(c.getItemKey(), c.getLabel(), "measured"), c.getMeasured()));
                    rows.add(ExportTable.row(List.of(c.getItemKey(), c.getLabel(), "improved"), c.getImproved()));
                    rows.add(ExportTable.row(List.of(c.getItemKey(), c.getLabel(), "unchanged"), c.getUnchanged()));
                    rows.add(ExportTable.row(List.of(c.getItemKey(), c.getLabel(), "worsened"), c.getWorsened()));
                    rows.add(ExportTable.row(List.of(c.getItemKey(), c.getLabel(), "mean_change"), c.getMeanChange(), false));
                }
                return new ExportTable(name, ExportTable.headers(List.of("Indikator", "Benämning", "Mått"), false), rows);
            }
            case CHANGE_DISTRIBUTION -> {
                for (ChangeBucket b : reports.progressionFigures(ctx, p).getChangeDistribution()) {
                    rows.add(ExportTable.row(List.of(b.getChange()), b.getCount()));
                }
                return new ExportTable(name, ExportTable.headers(List.of("Förändring (steg)"), false), rows);
            }
            case BIP_SIGNALS -> {
                BipSignalFigures f = reports.bipFigures(ctx, p);
                rows.add(ExportTable.row(List.of("stays"), f.getStays(), null));
                rows.add(ExportTable.row(List.of("parallel_job_focused_days"), f.getParallelJobFocusedDays()));
                rows.add(ExportTable.row(List.of("days_without_intervention"), f.getDaysWithoutIntervention()));
                rows.add(ExportTable.row(List.of("coordinator_changes_per_participant"), f.getCoordinatorChangesPerParticipant(), true));
                rows.add(ExportTable.row(List.of("assessments_overdue"), f.getAssessmentsOverdue(), null));
                return new ExportTable(name, ExportTable.headers(List.of("Mått"), true), rows);
            }
            case SUS_EMPLOYMENT -> {
                SusVariableFigures f = reports.susFigures(ctx, p);
                for (SusEmploymentRow r : f.getEmployment()) {
                    rows.add(ExportTable.row(List.of(r.getStatus().toString(), "entry"), r.getAtEntry()));
                    rows.add(ExportTable.row(List.of(r.getStatus().toString(), "exit"), r.getAtExit()));
                }
                rows.add(ExportTable.row(List.of("not_recorded", "entry"), f.getEntryNotRecorded()));
                rows.add(ExportTable.row(List.of("not_recorded", "exit"), f.getExitNotRecorded()));
                rows.add(ExportTable.row(List.of("exited", ""), f.getExited()));
                return new ExportTable(name, ExportTable.headers(List.of("Sysselsättning", "Tidpunkt"), false), rows);
            }
            case SUS_INCOME_SOURCES -> {
                for (SusIncomeRow r : reports.susFigures(ctx, p).getIncomeSources()) {
                    rows.add(ExportTable.row(List.of(r.getSource().toString(), "entry"), r.getAtEntry()));
                    rows.add(ExportTable.row(List.of(r.getSource().toString(), "exit"), r.getAtExit()));
                }
                return new ExportTable(name, ExportTable.headers(List.of("Försörjning", "Tidpunkt"), false), rows);
            }
            case BUDGET -> {
                for (BudgetRow b : reports.budgetRows(ctx, p)) {
                    List<Object> r = new ArrayList<>();
                    r.add(b.getProjectName());
                    r.add(b.getYear());
                    r.add(b.getBudgetSek());
                    r.add(b.getSpentSek());
                    r.add(b.getUsedPct());
                    rows.add(r);
                }
                return new ExportTable(name, List.of("Projekt", "År", "Budget (kr)", "Utfall (kr)", "Förbrukat %"), rows);
            }
            case ATTENDANCE_AND_SIP -> {
                ReportAttendanceAndSip f = reports.attendanceAndSip(ctx, p);
                ShareBySex a = f.getAttendance();
                // The share row carries the present records; the base (records taken) gets a row of its own.
                rows.add(ExportTable.row(List.of("attendance_present"), a));
                rows.add(ExportTable.row(List.of("attendance_recorded"), new CountBySex().female(base(a.getFemale()))
                        .male(base(a.getMale())).other(base(a.getOther())).total(base(a.getTotal())), null));
                rows.add(ExportTable.row(List.of("participants_with_sip"), f.getParticipantsWithSip(), null));
                return new ExportTable(name, ExportTable.headers(List.of("Mått"), true), rows);
            }
            default -> throw new IllegalArgumentException(table.toString());
        }
    }

    private static CountCell base(ShareCell c) {
        return Cells.count(c.getSuppressed() ? 0 : c.getDenominator(), c.getSuppressed());
    }
}
