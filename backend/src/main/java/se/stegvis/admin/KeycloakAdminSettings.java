package se.stegvis.admin;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak's Admin REST API is and how the backend signs in to it. Without
 * {@code stegvis.keycloak.admin.url} the URL follows {@code quarkus.oidc.auth-server-url}
 * ({@code …/realms/stegvis} → {@code …/admin/realms/stegvis}), so the API and the admin page
 * always talk to the same realm (tests included).
 */
@ApplicationScoped
public class KeycloakAdminSettings {

    @ConfigProperty(name = "stegvis.keycloak.admin.url")
    Optional<String> adminUrl;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @ConfigProperty(name = "stegvis.keycloak.admin.client-id", defaultValue = "stegvis-backend-admin")
    String clientId;

    @ConfigProperty(name = "stegvis.keycloak.admin.client-secret")
    Optional<String> clientSecret;

    @ConfigProperty(name = "stegvis.keycloak.admin.timeout", defaultValue = "5s")
    Duration timeout;

    /** {@code <keycloak>/admin/realms/<realm>} */
    public URI adminBase() {
        String url = adminUrl.filter(s -> !s.isBlank()).orElseGet(() -> strip(realmUrl).replaceFirst("/realms/", "/admin/realms/"));
        return URI.create(strip(url));
    }

    /** {@code <keycloak>/realms/<realm>}, the token endpoint's base. */
    public URI realmBase() {
        return URI.create(strip(adminBase().toString()).replaceFirst("/admin/realms/", "/realms/"));
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret.orElse("");
    }

    public Duration timeout() {
        return timeout;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
