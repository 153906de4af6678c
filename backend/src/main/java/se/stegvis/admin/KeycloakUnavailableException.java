package se.stegvis.admin;

/**
 * Keycloak cannot be reached, timed out, refused the service account or failed on its side.
 * Answered as 503 {@code unavailable} by {@link AdminProblemMappers}. The message names the
 * operation only, never user data.
 */
public class KeycloakUnavailableException extends RuntimeException {

    public KeycloakUnavailableException(String detail) {
        super(detail, null, false, false);
    }
}
