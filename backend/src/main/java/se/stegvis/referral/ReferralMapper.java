package se.stegvis.referral;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import se.stegvis.api.generated.model.Caseworker;
import se.stegvis.api.generated.model.ConsentInput;
import se.stegvis.api.generated.model.ConsentPurpose;
import se.stegvis.api.generated.model.Decision;
import se.stegvis.api.generated.model.DecisionOutcome;
import se.stegvis.api.generated.model.EligibilityResult;
import se.stegvis.api.generated.model.EmploymentStatus;
import se.stegvis.api.generated.model.IncomeSource;
import se.stegvis.api.generated.model.Referral;
import se.stegvis.api.generated.model.ReferralPersonView;
import se.stegvis.api.generated.model.ReferralStatus;
import se.stegvis.api.generated.model.Sex;
import se.stegvis.api.generated.model.SusStatus;
import se.stegvis.project.ProjectEntity;

/** Referral rows to the contract's DTOs, and the eligibility rules computed on every read. */
final class ReferralMapper {

    private ReferralMapper() {
    }

    static Referral toDto(ReferralEntity r, ProjectEntity project, String organisationName,
            List<ReferralEventEntity> history, LocalDate today) {
        ReferralPersonView person = new ReferralPersonView(r.isAnonymous(), Sex.fromValue(r.sex));
        person.setIdentityNumberMasked(r.identityMasked);
        person.setFirstName(r.firstName);
        person.setLastName(r.lastName);
        person.setBirthYear(birthYear(r));
        person.setHomeMunicipalityCode(r.homeMunicipalityCode);

        Caseworker caseworker = caseworker(r);

        ConsentInput consent = new ConsentInput();
        consent.setPurposes(r.consentPurposes.stream().map(ConsentPurpose::fromValue).toList());
        consent.setGivenOn(r.consentGivenOn);
        consent.setOrganisationIds(uuids(r.consentOrganisationIds));
        consent.setFormReference(r.consentFormReference);

        Referral dto = new Referral();
        dto.setId(r.id);
        dto.setProjectId(r.projectId);
        dto.setProjectName(project == null ? "" : project.name);
        dto.setMunicipalityCode(r.municipalityCode);
        dto.setStatus(ReferralStatus.fromValue(r.status));
        dto.setReferringOrganisationId(r.referringOrganisationId);
        dto.setReferringOrganisationName(organisationName);
        dto.setPerson(person);
        dto.setCaseworker(caseworker);
        dto.setReason(r.reason);
        dto.setBackground(r.background);
        dto.setKnownToOrganisationIds(uuids(r.knownTo));
        dto.setSusEntry(susEntry(r));
        dto.setConsent(consent);
        dto.setEligibility(project == null ? List.of() : eligibility(r, project, today));
        dto.setBoardMeetingDate(r.boardMeetingDate);
        if (r.decisionOutcome != null) {
            Decision d = new Decision(DecisionOutcome.fromValue(r.decisionOutcome), r.decidedOn);
            d.setReason(r.decisionReason);
            d.setPlannedStartDate(r.plannedStartDate);
            d.setGroupStartName(r.groupStartName);
            d.setGroupId(r.groupId);
            dto.setDecision(d);
        }
        dto.setEnrollmentId(r.enrollmentId);
        dto.setHistory(history.stream().map(ReferralEventEntity::toDto).toList());
        dto.setCreatedAt(r.createdAt.atOffset(ZoneOffset.UTC));
        dto.setUpdatedAt(r.updatedAt.atOffset(ZoneOffset.UTC));
        dto.setVersion(r.version);
        return dto;
    }

    static Caseworker caseworker(ReferralEntity r) {
        Caseworker c = new Caseworker(r.caseworkerName);
        c.setOrganisationId(r.caseworkerOrganisationId);
        c.setEmail(r.caseworkerEmail);
        c.setPhone(r.caseworkerPhone);
        return c;
    }

    static SusStatus susEntry(ReferralEntity r) {
        if (r.susEntryEmployment == null) {
            return null;
        }
        SusStatus s = new SusStatus(EmploymentStatus.fromValue(r.susEntryEmployment),
                r.susEntryIncomeSources == null ? new ArrayList<>()
                        : new ArrayList<>(r.susEntryIncomeSources.stream().map(IncomeSource::fromValue).toList()));
        s.setExtentPct(r.susEntryExtentPct);
        s.setMonthsOnPublicSupport(r.susEntryMonthsSupport);
        return s;
    }

    static Integer birthYear(ReferralEntity r) {
        return r.birthDate != null ? Integer.valueOf(r.birthDate.getYear()) : r.birthYear;
    }

    /** Age in whole years today: from the birth date where known, else from the birth year. */
    static Integer age(ReferralEntity r, LocalDate today) {
        if (r.birthDate != null) {
            return Period.between(r.birthDate, today).getYears();
        }
        return r.birthYear == null ? null : today.getYear() - r.birthYear;
    }

    /**
     * The project's eligibility rules and whether the referral meets each. The details carry
     * numbers and codes only, never names or identity numbers.
     */
    static List<EligibilityResult> eligibility(ReferralEntity r, ProjectEntity p, LocalDate today) {
        List<EligibilityResult> rules = new ArrayList<>();
        Integer age = age(r, today);
        boolean ageOk = age != null && age >= p.minAge && age <= p.maxAge;
        rules.add(new EligibilityResult(EligibilityResult.RuleEnum.AGE, ageOk, age == null
                ? "Åldern är okänd; projektet tar emot " + p.minAge + "–" + p.maxAge + " år / The age is unknown; the project takes ages "
                        + p.minAge + "–" + p.maxAge
                : "Ålder " + age + " år; projektet tar emot " + p.minAge + "–" + p.maxAge + " år / Age " + age
                        + "; the project takes ages " + p.minAge + "–" + p.maxAge));

        int known = new LinkedHashSet<>(r.knownTo).size();
        rules.add(new EligibilityResult(EligibilityResult.RuleEnum.KNOWN_AGENCIES, known >= p.minKnownAgencies,
                known + " samverkansparter känner personen; projektet kräver minst " + p.minKnownAgencies + " / " + known
                        + " partner agencies know the person; the project asks for at least " + p.minKnownAgencies));

        boolean served = p.capacityIn(r.municipalityCode) >= 0;
        rules.add(new EligibilityResult(EligibilityResult.RuleEnum.MUNICIPALITY_SERVED, served, served
                ? "Kommun " + r.municipalityCode + " ingår i projektet / Municipality " + r.municipalityCode
                        + " is served by the project"
                : "Kommun " + r.municipalityCode + " ingår inte i projektet / Municipality " + r.municipalityCode
                        + " is not served by the project"));

        boolean consent = r.consentPurposes.contains(ConsentPurpose.PARTICIPATION_SHARING.toString());
        rules.add(new EligibilityResult(EligibilityResult.RuleEnum.CONSENT, consent, consent
                ? "Samtycke till deltagande och informationsdelning finns (" + r.consentGivenOn
                        + ") / Consent to participation and sharing is recorded (" + r.consentGivenOn + ")"
                : "Samtycke till deltagande och informationsdelning saknas / Consent to participation and sharing is missing"));
        return rules;
    }

    static List<UUID> uuids(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().map(UUID::fromString).toList());
    }
}
