package se.stegvis.caseload;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.CaseloadApi;
import se.stegvis.api.generated.model.CaseloadFlag;
import se.stegvis.common.security.Roles;

public class CaseloadResource implements CaseloadApi {

    @Inject
    CaseloadService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getCaseload(UUID projectId, UUID coordinatorId, CaseloadFlag flag) {
        // The JSON as kept by CaseloadAnswers, written by the same ObjectMapper the framework uses.
        return Response.ok(service.caseload(projectId, coordinatorId, flag), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getFollowUpsDue() {
        return Response.ok(service.followUpsDue()).build();
    }
}
