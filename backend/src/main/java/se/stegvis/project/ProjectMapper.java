package se.stegvis.project;

import java.util.ArrayList;
import java.util.Map;

import se.stegvis.api.generated.model.Budget;
import se.stegvis.api.generated.model.Eligibility;
import se.stegvis.api.generated.model.Project;
import se.stegvis.api.generated.model.ProjectGoals;
import se.stegvis.api.generated.model.ProjectInput;
import se.stegvis.api.generated.model.ProjectMunicipality;

final class ProjectMapper {

    private ProjectMapper() {
    }

    static Project toDto(ProjectEntity e, Map<String, String> municipalityNames, Map<String, Integer> activeCounts) {
        Project p = new Project();
        p.setId(e.id);
        p.setFederationId(e.federationId);
        p.setName(e.name);
        p.setDescription(e.description);
        p.setStartDate(e.startDate);
        p.setEndDate(e.endDate);
        p.setMunicipalities(new ArrayList<>(e.municipalities.stream()
                .sorted(java.util.Comparator.comparing(m -> m.municipalityCode))
                .map(m -> new ProjectMunicipality(m.municipalityCode, m.capacity)
                        .municipalityName(municipalityNames.get(m.municipalityCode))
                        .activeCount(activeCounts.getOrDefault(m.municipalityCode, 0)))
                .toList()));
        p.setEligibility(new Eligibility(e.minAge, e.maxAge, e.minKnownAgencies));
        p.setInstrumentIds(new ArrayList<>(e.instrumentIds));
        p.setAssessmentIntervalMonths(e.assessmentIntervalMonths);
        p.setMaxStayMonths(e.maxStayMonths);
        p.setExtensionMonths(e.extensionMonths);
        p.setGoals(new ProjectGoals()
                .workOrStudiesAtExitPct(e.goalWorkOrStudiesPct)
                .stepForwardPct(e.goalStepForwardPct)
                .wellbeingImprovedPct(e.goalWellbeingImprovedPct));
        p.setBudgets(new ArrayList<>(e.budgets.stream()
                .sorted(java.util.Comparator.comparingInt(b -> b.year))
                .map(b -> new Budget(b.year, b.amountSek).spentSek(b.spentSek)).toList()));
        p.setVersion(e.version);
        return p;
    }

    static void apply(ProjectInput in, ProjectEntity e) {
        e.name = in.getName().trim();
        e.description = in.getDescription();
        e.startDate = in.getStartDate();
        e.endDate = in.getEndDate();
        e.minAge = in.getEligibility().getMinAge();
        e.maxAge = in.getEligibility().getMaxAge();
        e.minKnownAgencies = in.getEligibility().getMinKnownAgencies();
        e.assessmentIntervalMonths = in.getAssessmentIntervalMonths();
        e.maxStayMonths = in.getMaxStayMonths();
        e.extensionMonths = in.getExtensionMonths();
        ProjectGoals goals = in.getGoals();
        e.goalWorkOrStudiesPct = goals.getWorkOrStudiesAtExitPct();
        e.goalStepForwardPct = goals.getStepForwardPct();
        e.goalWellbeingImprovedPct = goals.getWellbeingImprovedPct();
        e.municipalities.clear();
        in.getMunicipalities().forEach(m -> e.municipalities.add(new ProjectEntity.Capacity(m.getMunicipalityCode(), m.getCapacity())));
        e.instrumentIds.clear();
        e.instrumentIds.addAll(in.getInstrumentIds());
        e.budgets.clear();
        in.getBudgets().forEach(b -> e.budgets.add(new ProjectEntity.YearBudget(b.getYear(), b.getAmountSek(), b.getSpentSek())));
    }
}
