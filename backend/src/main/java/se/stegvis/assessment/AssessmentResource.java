package se.stegvis.assessment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.AssessmentsApi;
import se.stegvis.api.generated.model.Assessment;
import se.stegvis.api.generated.model.AssessmentInput;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class AssessmentResource implements AssessmentsApi {

    @Inject
    AssessmentService service;

    @Inject
    WellbeingService wellbeing;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listAssessments(UUID enrollmentId) {
        return Response.ok(service.list(enrollmentId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createAssessment(UUID enrollmentId, AssessmentInput input) {
        Assessment a = service.create(enrollmentId, input);
        return Versions.created("assessments/" + a.getId(), a, a.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getAssessment(UUID assessmentId) {
        Assessment a = service.get(assessmentId);
        return Versions.ok(a, a.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getWellbeingChange(UUID enrollmentId) {
        return Response.ok(wellbeing.change(enrollmentId)).build();
    }
}
