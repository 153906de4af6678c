package se.stegvis.enrollment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.stegvis.api.generated.model.Caseworker;
import se.stegvis.api.generated.model.CoordinatorPeriod;
import se.stegvis.api.generated.model.EmploymentStatus;
import se.stegvis.api.generated.model.Enrollment;
import se.stegvis.api.generated.model.ExitDetails;
import se.stegvis.api.generated.model.ExitOutcome;
import se.stegvis.api.generated.model.Extension;
import se.stegvis.api.generated.model.FollowUp;
import se.stegvis.api.generated.model.FollowUpOutcome;
import se.stegvis.api.generated.model.IncomeSource;
import se.stegvis.api.generated.model.Phase;
import se.stegvis.api.generated.model.PhasePeriod;
import se.stegvis.api.generated.model.SusStatus;
import se.stegvis.api.generated.model.UserRef;

/** Entities to the contract's {@code Enrollment}, and the contract's inputs onto entities. */
final class EnrollmentMapper {

    private EnrollmentMapper() {
    }

    /** Everything an {@code Enrollment} document shows besides the row itself. */
    record Details(String projectName, List<EnrollmentPhaseEntity> phases, List<EnrollmentCoordinatorEntity> coordinators,
            List<EnrollmentExtensionEntity> extensions, Map<UUID, UserRef> users) {

        UserRef user(UUID id) {
            if (id == null) {
                return null;
            }
            UserRef known = users.get(id);
            return known != null ? known : new UserRef(id, "Okänd användare");
        }
    }

    static Enrollment toDto(EnrollmentEntity e, Details d) {
        List<PhasePeriod> phases = new ArrayList<>(d.phases().stream().map(p -> {
            PhasePeriod period = new PhasePeriod(Phase.fromValue(p.phase), p.fromDate);
            period.setChangedBy(p.changedBy == null ? null : d.user(p.changedBy).getName());
            return period;
        }).toList());
        List<CoordinatorPeriod> coordinators = new ArrayList<>(d.coordinators().stream()
                .map(c -> new CoordinatorPeriod(d.user(c.coordinatorId), c.fromDate).toDate(c.toDate))
                .toList());
        List<Extension> extensions = new ArrayList<>(d.extensions().stream()
                .map(x -> new Extension(x.previousPlannedEnd, x.newPlannedEnd, x.decidedOn).reason(x.reason))
                .toList());

        Enrollment dto = new Enrollment(e.id, e.participantId, e.projectId, d.projectName(), e.municipalityCode,
                e.startDate, e.plannedEndDate, Enrollment.StatusEnum.fromValue(e.status), Phase.fromValue(e.phase),
                phases, coordinators, Math.max(0, coordinators.size() - 1), extensions, e.version);
        dto.setCoordinator(d.user(e.coordinatorId));
        if (e.caseworkerName != null) {
            dto.setReferringCaseworker(new Caseworker(e.caseworkerName)
                    .organisationId(e.caseworkerOrganisationId)
                    .email(e.caseworkerEmail)
                    .phone(e.caseworkerPhone));
        }
        dto.setReferralId(e.referralId);
        dto.setCapacityOverrideReason(e.capacityOverrideReason);
        if (e.susEntryEmployment != null) {
            dto.setSusEntry(sus(e.susEntryEmployment, e.susEntryExtentPct, e.susEntryIncomeSources, e.susEntryMonthsSupport));
        }
        if (e.susExitEmployment != null) {
            dto.setSusExit(sus(e.susExitEmployment, e.susExitExtentPct, e.susExitIncomeSources, e.susExitMonthsSupport));
        }
        if (e.exitDate != null && e.exitOutcome != null) {
            dto.setExit(new ExitDetails(e.exitDate, ExitOutcome.fromValue(e.exitOutcome))
                    .workExtentPct(e.exitWorkExtentPct)
                    .wageSubsidy(e.exitWageSubsidy)
                    .summary(e.exitSummary));
        }
        if (e.followUpDate != null && e.followUpOutcome != null) {
            dto.setFollowUp(new FollowUp(e.followUpDate, FollowUpOutcome.fromValue(e.followUpOutcome)).note(e.followUpNote));
        }
        dto.setLastAssessmentOn(e.lastAssessmentOn);
        dto.setNextAssessmentDue(e.isOpen() ? e.nextAssessmentDue : null);
        return dto;
    }

    private static SusStatus sus(String employment, Integer extentPct, List<String> incomeSources, Integer monthsSupport) {
        List<IncomeSource> sources = new ArrayList<>(incomeSources == null ? List.of()
                : incomeSources.stream().map(IncomeSource::fromValue).toList());
        return new SusStatus(EmploymentStatus.fromValue(employment), sources)
                .extentPct(extentPct)
                .monthsOnPublicSupport(monthsSupport);
    }

    static void applyCaseworker(Caseworker c, EnrollmentEntity e) {
        e.caseworkerName = c == null ? null : c.getName().trim();
        e.caseworkerOrganisationId = c == null ? null : c.getOrganisationId();
        e.caseworkerEmail = c == null ? null : c.getEmail();
        e.caseworkerPhone = c == null ? null : c.getPhone();
    }

    static void applySusEntry(SusStatus s, EnrollmentEntity e) {
        e.susEntryEmployment = s == null ? null : s.getEmploymentStatus().toString();
        e.susEntryExtentPct = s == null ? null : s.getExtentPct();
        e.susEntryIncomeSources = s == null ? new ArrayList<>() : incomeCodes(s);
        e.susEntryMonthsSupport = s == null ? null : s.getMonthsOnPublicSupport();
    }

    static void applySusExit(SusStatus s, EnrollmentEntity e) {
        e.susExitEmployment = s.getEmploymentStatus().toString();
        e.susExitExtentPct = s.getExtentPct();
        e.susExitIncomeSources = incomeCodes(s);
        e.susExitMonthsSupport = s.getMonthsOnPublicSupport();
    }

    private static List<String> incomeCodes(SusStatus s) {
        return new ArrayList<>(s.getIncomeSources().stream().map(IncomeSource::toString).distinct().toList());
    }
}
