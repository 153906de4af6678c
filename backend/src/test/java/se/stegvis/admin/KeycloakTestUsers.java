package se.stegvis.admin;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.stegvis.testsupport.TestStack;

/**
 * What a test needs to do to the test Keycloak directly, outside the API: a temporary password
 * forces the UPDATE_PASSWORD required action, so the password grant refuses it; tests set a known,
 * non-temporary password through the Admin REST API with the backend's own service account, and
 * then log in as the new user. Users are uniquely named and never deleted (Keycloak is shared).
 */
final class KeycloakTestUsers {

    static final String REALM_URL = TestStack.KEYCLOAK_URL + "/realms/stegvis";
    static final String TOKEN_URL = REALM_URL + "/protocol/openid-connect/token";
    static final String ADMIN_URL = TestStack.KEYCLOAK_URL + "/admin/realms/stegvis";

    private KeycloakTestUsers() {
    }

    /** A username no other run has used: {@code <prefix>-<millis>-<random>}. */
    static String uniqueUsername(String prefix) {
        return prefix + "-" + System.currentTimeMillis() + "-" + (int) (Math.random() * 1000);
    }

    static void setPassword(String userId, String password) {
        given().auth().oauth2(serviceAccountToken()).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(ADMIN_URL + "/users/" + userId + "/reset-password")
                .then().statusCode(204);
    }

    static Response passwordGrant(String username, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "stegvis-dev-cli",
                "username", username, "password", password, "scope", "openid")).post(TOKEN_URL);
    }

    static Response refreshGrant(String refreshToken) {
        return given().formParams(Map.of("grant_type", "refresh_token", "client_id", "stegvis-dev-cli",
                "refresh_token", refreshToken)).post(TOKEN_URL);
    }

    static Map<String, Object> userInput(String username, List<String> roles, String org, List<Map<String, Object>> assignments) {
        return Map.of("username", username, "firstName", "Test", "lastName", "Användare",
                "email", username + "@example.se", "organisationCode", org, "roles", roles, "assignments", assignments);
    }

    private static String serviceAccountToken() {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", "stegvis-backend-admin",
                "client_secret", "dev-backend-admin-secret")).post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }
}
