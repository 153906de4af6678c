package se.stegvis.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.Project;
import se.stegvis.api.generated.model.ProjectInput;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

@ApplicationScoped
@Transactional
public class ProjectService {

    @Inject
    ProjectRepository projects;

    @Inject
    AccessScope scope;

    @Inject
    CurrentUser user;

    /**
     * Staff see the projects they are assigned to; partners, analysts and admins see every
     * project (its settings hold no personal data).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> list() {
        Map<String, String> names = projects.municipalityNames();
        boolean staff = scope.worksWithParticipants();
        Set<UUID> mine = staff ? scope.projectIds() : Set.of();
        Map<UUID, Map<String, Integer>> counts = projects.activeCountsByProject();
        return projects.allByName().stream()
                .filter(p -> !staff || mine.contains(p.id))
                .map(p -> ProjectMapper.toDto(p, names, counts.getOrDefault(p.id, Map.of())))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Project get(UUID id) {
        return ProjectMapper.toDto(visible(id), projects.municipalityNames(), projects.activeCounts(id));
    }

    public Project create(ProjectInput input) {
        validate(input);
        ProjectEntity e = new ProjectEntity();
        e.id = UUID.randomUUID();
        ProjectMapper.apply(input, e);
        projects.persist(e);
        projects.flush();
        return ProjectMapper.toDto(e, projects.municipalityNames(), Map.of());
    }

    public Project update(UUID id, String ifMatch, ProjectInput input) {
        ProjectEntity e = visible(id);
        if (!user.hasRole(Roles.ADMIN) && !scope.managesProject(id)) {
            throw ApiException.forbidden("Only the project's manager or an admin may change its settings");
        }
        Versions.requireCurrent(ifMatch, e.version);
        validate(input);
        ProjectMapper.apply(input, e);
        projects.flush();
        return ProjectMapper.toDto(e, projects.municipalityNames(), projects.activeCounts(id));
    }

    private ProjectEntity visible(UUID id) {
        ProjectEntity e = projects.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Project"));
        if (scope.worksWithParticipants() && !user.hasRole(Roles.ADMIN) && !scope.coversProject(id)) {
            throw ApiException.notFound("Project");
        }
        return e;
    }

    private void validate(ProjectInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.getName() == null || in.getName().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (in.getEndDate() != null && in.getEndDate().isBefore(in.getStartDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        if (in.getEligibility().getMinAge() > in.getEligibility().getMaxAge()) {
            errors.add(new FieldError("eligibility.minAge", "must not be above maxAge"));
        }
        Set<String> known = projects.municipalityNames().keySet();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.getMunicipalities().size(); i++) {
            String code = in.getMunicipalities().get(i).getMunicipalityCode();
            if (!known.contains(code)) {
                errors.add(new FieldError("municipalities[" + i + "].municipalityCode", "is not a Swedish municipality code"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("municipalities[" + i + "].municipalityCode", "is listed twice"));
            }
        }
        Set<UUID> instruments = new HashSet<>(in.getInstrumentIds());
        long found = instruments.isEmpty() ? 0 : ((Number) projects.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM instrument WHERE id IN (:ids)")
                .setParameter("ids", instruments).getSingleResult()).longValue();
        if (found != instruments.size()) {
            errors.add(new FieldError("instrumentIds", "names an unknown instrument"));
        }
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < in.getBudgets().size(); i++) {
            if (!years.add(in.getBudgets().get(i).getYear())) {
                errors.add(new FieldError("budgets[" + i + "].year", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
