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

    private Caller caller;

    /** Read from the token once per token (see {@link Caller}); computed here only when the token cache is off. */
    private Caller caller() {
        if (caller == null) {
            Caller remembered = identity.getAttribute(Caller.ATTRIBUTE);
            caller = remembered != null ? remembered : Caller.of(token, identity.getRoles());
        }
        return caller;
    }

    public UUID id() {
        return caller().id();
    }

    public String username() {
        return caller().username();
    }

    public String displayName() {
        return caller().displayName();
    }

    public String organisationCode() {
        return caller().organisationCode();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The realm roles, sorted and comma-separated (as the audit log stores them). */
    public String sortedRoles() {
        return caller().sortedRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The client the token was issued to (the SPA, or a partner's machine client). */
    public String clientId() {
        return caller().clientId();
    }
}
