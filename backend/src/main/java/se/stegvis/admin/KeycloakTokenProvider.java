package se.stegvis.admin;

import java.util.concurrent.TimeUnit;

import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

/**
 * The service account's access token (client-credentials grant of {@code stegvis-backend-admin}),
 * cached until 30 seconds before it expires. Thread-safe; one token request at a time.
 */
@ApplicationScoped
public class KeycloakTokenProvider {

    private static final long MARGIN_MILLIS = 30_000;

    @Inject
    KeycloakAdminSettings settings;

    private KeycloakTokenClient client;
    private String token;
    private long expiresAtMillis;

    @PostConstruct
    void init() {
        long timeout = settings.timeout().toMillis();
        client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(settings.realmBase())
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(KeycloakTokenClient.class);
    }

    /** {@code Bearer <token>} for the Authorization header. */
    public synchronized String authorization() {
        if (token == null || System.currentTimeMillis() > expiresAtMillis - MARGIN_MILLIS) {
            fetch();
        }
        return "Bearer " + token;
    }

    /** Forgets the token, e.g. after Keycloak answered 401 to it. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        Response r;
        try {
            r = client.token("client_credentials", settings.clientId(), settings.clientSecret());
        } catch (ProcessingException e) {
            Log.warnf("Keycloak token endpoint unreachable: %s", e.getClass().getSimpleName());
            throw new KeycloakUnavailableException("Keycloak cannot be reached; try again shortly");
        }
        try (r) {
            if (r.getStatus() != 200) {
                Log.warnf("Keycloak refused the admin service account a token: HTTP %d", r.getStatus());
                throw new KeycloakUnavailableException("Keycloak refused the backend's service account");
            }
            KeycloakModel.TokenResponse t = r.readEntity(KeycloakModel.TokenResponse.class);
            token = t.accessToken();
            expiresAtMillis = System.currentTimeMillis() + t.expiresIn() * 1000;
        }
    }
}
