package se.stegvis.common.ratelimit;

import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.model.Problem;
import se.stegvis.common.error.ProblemMappers;
import se.stegvis.common.security.Roles;

/**
 * Limits the requests of partner callers (roles {@code partner-system} and
 * {@code partner-caseworker}, without any staff role): machine clients per client id
 * ({@code azp}), caseworkers per user. A caller whose bucket is empty gets 429 with
 * {@code Retry-After}. Staff and callers without a (valid) token pass untouched; the normal
 * security checks answer them.
 */
public class PartnerRateLimitFilter {

    private static final Set<String> STAFF = Set.of(Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST, Roles.ADMIN);

    @Inject
    RateLimitConfig config;

    @Inject
    PartnerRateLimiter limiter;

    /** Authentication is lazy ({@code quarkus.http.auth.proactive=false}): resolve the identity without blocking. */
    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> limitPartners(ContainerRequestContext request) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                // A rejected token is answered 401 by the security check after this filter.
                .onFailure().recoverWithNull()
                .map(identity -> {
                    String key = callerKey(identity);
                    if (key == null) {
                        return null;
                    }
                    OptionalLong retryAfter = limiter.tryAcquire(key);
                    return retryAfter.isPresent() ? tooManyRequests(retryAfter.getAsLong(), request) : null;
                });
    }

    /** The bucket a caller draws from, or null when the caller is not limited. */
    static String callerKey(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Set<String> roles = identity.getRoles();
        if (roles.stream().anyMatch(STAFF::contains)) {
            return null;
        }
        if (roles.contains(Roles.PARTNER_SYSTEM)) {
            String client = token.getClaim("azp");
            return "client:" + (client != null ? client : token.getSubject());
        }
        if (roles.contains(Roles.PARTNER_CASEWORKER)) {
            return "user:" + token.getSubject();
        }
        return null;
    }

    private static Response tooManyRequests(long retryAfterSeconds, ContainerRequestContext request) {
        Problem problem = new Problem("https://stegvis.se/problems/rate-limited", "För många förfrågningar", 429);
        problem.setDetail("This client has sent more requests than its limit allows; retry after the seconds in Retry-After");
        problem.setInstance(request.getUriInfo().getRequestUri().getRawPath());
        return Response.status(429).type(ProblemMappers.PROBLEM_JSON).header("Retry-After", retryAfterSeconds)
                .entity(problem).build();
    }
}
