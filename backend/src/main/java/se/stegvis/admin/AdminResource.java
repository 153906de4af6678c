package se.stegvis.admin;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.AdminApi;
import se.stegvis.api.generated.model.LegalHoldInput;
import se.stegvis.api.generated.model.RetentionRunInput;
import se.stegvis.api.generated.model.UserCreated;
import se.stegvis.api.generated.model.UserInput;
import se.stegvis.api.generated.model.UserUpdate;
import se.stegvis.common.security.Roles;
import se.stegvis.retention.RetentionEndpoints;

/**
 * The generated {@link AdminApi} can be implemented once only: users are served here, the
 * retention operations (gallring, legal hold) are delegated one line each to
 * {@link RetentionEndpoints}, which owns them.
 */
public class AdminResource implements AdminApi {

    @Inject
    UserAdminService users;

    @Inject
    RetentionEndpoints retention;

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response listUsers(String q) {
        return Response.ok(users.list(q)).build();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response getUser(UUID userId) {
        return Response.ok(users.get(userId)).build();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response createUser(UserInput userInput) {
        UserCreated created = users.create(userInput);
        return Response.created(URI.create("admin/users/" + created.getId())).entity(created).build();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response updateUser(UUID userId, UserUpdate userUpdate) {
        return Response.ok(users.update(userId, userUpdate)).build();
    }

    // --- Retention (gallring): se.stegvis.retention -----------------------------------------

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response listRetentionRuns() {
        return retention.listRetentionRuns();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response runRetention(RetentionRunInput retentionRunInput) {
        return retention.runRetention(retentionRunInput);
    }

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.ADMIN })
    public Response setLegalHold(UUID participantId, LegalHoldInput legalHoldInput) {
        return retention.setLegalHold(participantId, legalHoldInput);
    }
}
