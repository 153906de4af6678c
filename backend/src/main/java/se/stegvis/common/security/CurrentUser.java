package se.stegvis.common.security;

import java.util.Set;
import java.util.UUID;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read from the validated access token: Keycloak's subject
 * (a UUID), names, realm roles and the {@code org} claim naming the caller's organisation.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public UUID id() {
        return UUID.fromString(token.getSubject());
    }

    public String username() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : token.getSubject();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    public String organisationCode() {
        return token.getClaim("org");
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The client the token was issued to (the SPA, or a partner's machine client). */
    public String clientId() {
        return token.getClaim("azp");
    }
}
