package se.stegvis.common.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers a request whose bearer token {@link VerifiedTokenCache} remembers, before the OIDC
 * mechanism sees it; any other request (no token, an unknown, changed or expired one) this
 * mechanism leaves alone and the OIDC mechanism verifies it in full, as before.
 *
 * <p>Why a mechanism and not only the cache's identity provider: the OIDC mechanism decodes the
 * token's JSON payload to tell a JWT from an opaque token before any provider runs (about a fifth
 * of an authenticated trivial request's CPU after the cache was reached at all). A remembered token
 * was decoded and verified when it was first seen.
 */
@ApplicationScoped
public class RememberedTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    VerifiedTokenCache cache;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().headers().get(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity identity = cache.remembered(header.substring(BEARER.length()).trim(), context);
        return identity == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(identity);
    }

    /** The OIDC mechanism answers the challenge (401 with {@code WWW-Authenticate: Bearer}). */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Before the OIDC mechanism (the default priority). */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
