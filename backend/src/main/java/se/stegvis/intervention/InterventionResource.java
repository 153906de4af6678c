package se.stegvis.intervention;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.InterventionsApi;
import se.stegvis.api.generated.model.Intervention;
import se.stegvis.api.generated.model.InterventionInput;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class InterventionResource implements InterventionsApi {

    @Inject
    InterventionService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listInterventions(UUID enrollmentId) {
        return Response.ok(service.list(enrollmentId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createIntervention(UUID enrollmentId, InterventionInput input) {
        Intervention i = service.create(enrollmentId, input);
        return Versions.created("interventions/" + i.getId(), i, i.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getIntervention(UUID interventionId) {
        Intervention i = service.get(interventionId);
        return Versions.ok(i, i.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateIntervention(UUID interventionId, InterventionInput input, String ifMatch) {
        Intervention i = service.update(interventionId, ifMatch, input);
        return Versions.ok(i, i.getVersion());
    }
}
