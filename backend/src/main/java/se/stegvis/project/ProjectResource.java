package se.stegvis.project;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.ProjectsApi;
import se.stegvis.api.generated.model.Project;
import se.stegvis.api.generated.model.ProjectInput;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class ProjectResource implements ProjectsApi {

    @Inject
    ProjectService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM, Roles.ANALYST, Roles.ADMIN })
    public Response listProjects() {
        return Response.ok(service.list()).build();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response createProject(ProjectInput input) {
        Project p = service.create(input);
        return Response.created(URI.create("projects/" + p.getId())).tag(tag(p)).entity(p).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM, Roles.ANALYST, Roles.ADMIN })
    public Response getProject(UUID projectId) {
        Project p = service.get(projectId);
        return Response.ok(p).tag(tag(p)).build();
    }

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.ADMIN })
    public Response updateProject(UUID projectId, ProjectInput input, String ifMatch) {
        Project p = service.update(projectId, ifMatch, input);
        return Response.ok(p).tag(tag(p)).build();
    }

    private static jakarta.ws.rs.core.EntityTag tag(Project p) {
        return Versions.tag(p.getVersion());
    }
}
