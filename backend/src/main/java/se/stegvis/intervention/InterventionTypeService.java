package se.stegvis.intervention;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.InterventionCategory;
import se.stegvis.api.generated.model.InterventionType;
import se.stegvis.api.generated.model.InterventionTypeInput;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.Roles;
import se.stegvis.project.ProjectRepository;

@ApplicationScoped
@Transactional
public class InterventionTypeService {

    @Inject
    InterventionTypeRepository types;

    @Inject
    ProjectRepository projects;

    @Inject
    AccessScope scope;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InterventionType> catalogue(UUID projectId) {
        return types.catalogue(projectId).stream().map(InterventionTypeService::toDto).toList();
    }

    public InterventionType create(InterventionTypeInput in) {
        if (projects.findByIdOptional(in.getProjectId()).isEmpty()
                || (!user.hasRole(Roles.ADMIN) && !scope.coversProject(in.getProjectId()))) {
            throw ApiException.notFound("Project");
        }
        if (!user.hasRole(Roles.ADMIN) && !scope.managesProject(in.getProjectId())) {
            throw ApiException.forbidden("Only the project's manager may extend its catalogue");
        }
        if (types.codeExists(in.getCode())) {
            throw ApiException.conflict("duplicate-code", "An intervention type with this code exists already");
        }
        InterventionTypeEntity e = new InterventionTypeEntity();
        e.id = UUID.randomUUID();
        e.code = in.getCode();
        e.nameSv = in.getName().trim();
        e.nameEn = in.getNameEn().trim();
        e.category = in.getCategory().toString();
        e.projectId = in.getProjectId();
        e.active = true;
        types.persist(e);
        return toDto(e);
    }

    public static InterventionType toDto(InterventionTypeEntity e) {
        InterventionType t = new InterventionType(e.id, e.code, e.nameSv, e.nameEn,
                InterventionCategory.fromValue(e.category), e.active);
        t.setProjectId(e.projectId);
        return t;
    }
}
