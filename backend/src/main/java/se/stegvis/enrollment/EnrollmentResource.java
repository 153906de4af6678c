package se.stegvis.enrollment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.EnrollmentsApi;
import se.stegvis.api.generated.model.CoordinatorChange;
import se.stegvis.api.generated.model.Enrollment;
import se.stegvis.api.generated.model.EnrollmentCreate;
import se.stegvis.api.generated.model.EnrollmentUpdate;
import se.stegvis.api.generated.model.ExitInput;
import se.stegvis.api.generated.model.ExtensionInput;
import se.stegvis.api.generated.model.FollowUpInput;
import se.stegvis.api.generated.model.PhaseChange;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class EnrollmentResource implements EnrollmentsApi {

    @Inject
    EnrollmentService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listParticipantEnrollments(UUID participantId) {
        return Response.ok(service.listForParticipant(participantId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createEnrollment(EnrollmentCreate input) {
        Enrollment e = service.create(input);
        return Versions.created("enrollments/" + e.getId(), e, e.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getEnrollment(UUID enrollmentId) {
        return ok(service.get(enrollmentId));
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateEnrollment(UUID enrollmentId, EnrollmentUpdate input, String ifMatch) {
        return ok(service.update(enrollmentId, ifMatch, input));
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response changeEnrollmentPhase(UUID enrollmentId, PhaseChange input, String ifMatch) {
        return ok(service.changePhase(enrollmentId, ifMatch, input));
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response changeEnrollmentCoordinator(UUID enrollmentId, CoordinatorChange input, String ifMatch) {
        return ok(service.changeCoordinator(enrollmentId, ifMatch, input));
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response extendEnrollment(UUID enrollmentId, ExtensionInput input, String ifMatch) {
        return ok(service.extend(enrollmentId, ifMatch, input));
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response exitEnrollment(UUID enrollmentId, ExitInput input, String ifMatch) {
        return ok(service.exit(enrollmentId, ifMatch, input));
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response recordFollowUp(UUID enrollmentId, FollowUpInput input, String ifMatch) {
        return ok(service.recordFollowUp(enrollmentId, ifMatch, input));
    }

    private static Response ok(Enrollment e) {
        return Versions.ok(e, e.getVersion());
    }
}
