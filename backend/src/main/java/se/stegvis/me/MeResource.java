package se.stegvis.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.MeApi;
import se.stegvis.common.security.Roles;

public class MeResource implements MeApi {

    @Inject
    MeService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM, Roles.ANALYST, Roles.ADMIN })
    public Response getMe() {
        return Response.ok(service.me()).build();
    }
}
