package se.stegvis.retention;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.model.LegalHoldInput;
import se.stegvis.api.generated.model.RetentionRunInput;
import se.stegvis.common.security.CurrentUser;

/**
 * The retention operations of the contract's {@code Admin} tag, with exactly the signatures of the
 * generated {@code AdminApi}. That interface can be implemented by one resource only
 * ({@code se.stegvis.admin.AdminResource}, which also serves the users), so this is not a resource:
 * {@code AdminResource} keeps the {@code @RolesAllowed} and delegates each of the three methods
 * here in one line, e.g. {@code return retention.runRetention(retentionRunInput);}.
 */
@ApplicationScoped
public class RetentionEndpoints {

    private static final int RUNS_LISTED = 50;

    @Inject
    RetentionService retention;

    @Inject
    LegalHoldService holds;

    @Inject
    CurrentUser user;

    /** listRetentionRuns (admin). */
    public Response listRetentionRuns() {
        return Response.ok(retention.latest(RUNS_LISTED)).build();
    }

    /** runRetention (admin). */
    public Response runRetention(RetentionRunInput retentionRunInput) {
        boolean dryRun = retentionRunInput != null && Boolean.TRUE.equals(retentionRunInput.getDryRun());
        return Response.ok(retention.run(dryRun, user.username())).build();
    }

    /** setLegalHold (project-manager, admin). */
    public Response setLegalHold(UUID participantId, LegalHoldInput legalHoldInput) {
        return Response.ok(holds.set(participantId, legalHoldInput)).build();
    }
}
