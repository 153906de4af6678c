package se.stegvis.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The few calls of Keycloak's Admin REST API ({@code <keycloak>/admin/realms/<realm>}) that the
 * admin page needs. Built by {@link KeycloakAdmin} with its base URL, timeouts and without the
 * default exception mapper: every method answers a {@link Response} whose status the caller
 * inspects. Every call carries the service account's bearer token ({@code Authorization}).
 *
 * <p>The service account ({@code stegvis-backend-admin}) holds only {@code manage-users},
 * {@code view-users} and {@code query-users}: {@code GET /roles/{name}} and the admin events are
 * forbidden to it, so role representations come from a user's
 * {@code role-mappings/realm/available}, and the last login from {@code app_user.last_seen_at}.
 */
@RegisterRestClient(configKey = "keycloak-admin")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakAdminClient {

    @GET
    @Path("/users")
    Response users(@HeaderParam("Authorization") String auth, @QueryParam("search") String search,
            @QueryParam("first") int first, @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean briefRepresentation);

    @GET
    @Path("/users")
    Response usersByUsername(@HeaderParam("Authorization") String auth, @QueryParam("username") String username,
            @QueryParam("exact") boolean exact);

    @GET
    @Path("/users/{id}")
    Response user(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createUser(@HeaderParam("Authorization") String auth, KeycloakModel.UserRepresentation user);

    @PUT
    @Path("/users/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateUser(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            KeycloakModel.UserRepresentation user);

    @DELETE
    @Path("/users/{id}")
    Response deleteUser(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    @GET
    @Path("/users/{id}/role-mappings/realm")
    Response realmRoles(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    @GET
    @Path("/users/{id}/role-mappings/realm/available")
    Response availableRealmRoles(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    @POST
    @Path("/users/{id}/role-mappings/realm")
    @Consumes(MediaType.APPLICATION_JSON)
    Response addRealmRoles(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            List<KeycloakModel.RoleRepresentation> roles);

    @DELETE
    @Path("/users/{id}/role-mappings/realm")
    @Consumes(MediaType.APPLICATION_JSON)
    Response removeRealmRoles(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            List<KeycloakModel.RoleRepresentation> roles);

    /** Ends every session of the user (refresh tokens stop working; issued access tokens live on until expiry). */
    @POST
    @Path("/users/{id}/logout")
    Response logout(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    /** Sets a password; with {@code temporary} the user must change it at the next login. */
    @PUT
    @Path("/users/{id}/reset-password")
    @Consumes(MediaType.APPLICATION_JSON)
    Response resetPassword(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            KeycloakModel.Credential credential);

    /** Keycloak e-mails the user a link to perform the actions; fails (5xx) when the realm has no working SMTP. */
    @PUT
    @Path("/users/{id}/execute-actions-email")
    @Consumes(MediaType.APPLICATION_JSON)
    Response executeActionsEmail(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            @QueryParam("lifespan") int lifespanSeconds, List<String> actions);
}
