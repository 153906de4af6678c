package se.stegvis.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.stegvis.api.generated.model.Problem;

/** Keycloak trouble leaves the API as 503 problem details ({@code Unavailable}), never as a 500. */
public class AdminProblemMappers {

    @ServerExceptionMapper
    public Response keycloakUnavailable(KeycloakUnavailableException e, UriInfo uri) {
        Problem p = new Problem("https://stegvis.se/problems/unavailable", "Tjänsten är tillfälligt otillgänglig", 503);
        p.setDetail(e.getMessage());
        p.setInstance(uri == null ? null : uri.getRequestUri().getRawPath());
        return Response.status(503).type("application/problem+json").header("Retry-After", "10").entity(p).build();
    }
}
