package se.stegvis.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test Keycloak: people through the development-only password-grant
 * client, partner systems through the client-credentials grant. Cached per caller; tokens live
 * five minutes, longer than a test class needs, and are refreshed well before that.
 */
public final class Tokens {

    /** The demo realm's users (password {@code stegvis}) and their fixed Keycloak ids. */
    public static final String ANNA = "anna";
    public static final String ERIK = "erik";
    public static final String MARIA = "maria";
    public static final String LARS = "lars";
    public static final String KARIN = "karin";
    public static final String SARA = "sara";
    public static final String ADMIN = "admin";

    public static final String ANNA_ID = "5e9f1a00-0000-4000-8000-000000000001";
    public static final String ERIK_ID = "5e9f1a00-0000-4000-8000-000000000002";
    public static final String MARIA_ID = "5e9f1a00-0000-4000-8000-000000000003";

    private static final String TOKEN_URL = TestStack.KEYCLOAK_URL + "/realms/stegvis/protocol/openid-connect/token";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long expiresAtMillis) {
    }

    private Tokens() {
    }

    public static String user(String username) {
        return cached("user:" + username, () -> given()
                .formParams(Map.of("grant_type", "password", "client_id", "stegvis-dev-cli",
                        "username", username, "password", "stegvis", "scope", "openid"))
                .post(TOKEN_URL));
    }

    public static String client(String clientId, String secret) {
        return cached("client:" + clientId, () -> given()
                .formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .post(TOKEN_URL));
    }

    /** A token of a demo caller who holds this realm role (the role names of {@code x-stegvis-roles}). */
    public static String forRole(String role) {
        return switch (role) {
            case "coordinator" -> user(ANNA);
            case "project-manager" -> user(MARIA);
            case "partner-caseworker" -> user(LARS);
            case "partner-system" -> partnerAf();
            case "analyst" -> user(SARA);
            case "admin" -> user(ADMIN);
            default -> throw new IllegalArgumentException("no demo caller has the role " + role);
        };
    }

    public static String partnerAf() {
        return client("partner-af", "dev-partner-af-secret");
    }

    public static String partnerFk() {
        return client("partner-fk", "dev-partner-fk-secret");
    }

    private static String cached(String key, java.util.function.Supplier<io.restassured.response.Response> fetch) {
        Cached c = CACHE.get(key);
        if (c != null && c.expiresAtMillis() > System.currentTimeMillis() + 60_000) {
            return c.token();
        }
        io.restassured.response.Response r = fetch.get();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + key + ": " + r.statusCode());
        }
        String token = r.jsonPath().getString("access_token");
        long expiresIn = r.jsonPath().getLong("expires_in");
        CACHE.put(key, new Cached(token, System.currentTimeMillis() + expiresIn * 1000));
        return token;
    }
}
