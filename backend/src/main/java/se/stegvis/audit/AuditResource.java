package se.stegvis.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.AuditApi;
import se.stegvis.api.generated.model.AuditAction;
import se.stegvis.common.security.Roles;

public class AuditResource implements AuditApi {

    @Inject
    AuditReviewService service;

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.ADMIN })
    public Response getUnusualAccess(OffsetDateTime from, OffsetDateTime to, Integer threshold) {
        return Response.ok(service.unusualAccess(from, to, threshold == null ? 20 : threshold)).build();
    }

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.ADMIN })
    public Response listAuditEvents(UUID userId, UUID participantId, OffsetDateTime from, OffsetDateTime to,
            AuditAction action, Integer limit, String cursor) {
        var filter = new AuditReviewService.Filter(userId, participantId, from, to, action);
        return Response.ok(service.list(filter, limit == null ? 50 : limit, cursor)).build();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response verifyAuditIntegrity() {
        return Response.ok(service.integrity()).build();
    }
}
