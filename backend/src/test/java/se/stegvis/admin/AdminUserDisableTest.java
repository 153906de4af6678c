package se.stegvis.admin;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

/**
 * Disabling a user ends their sessions: new logins and token refreshes fail at once. An access
 * token issued before stays valid until it expires (5 minutes in the realm), by the nature of
 * bearer tokens; that is the documented limit.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class AdminUserDisableTest {

    @Test
    void disabledUserCannotLogInOrRefreshAndShowsAsDisabled() {
        String username = KeycloakTestUsers.uniqueUsername("gone");
        String id = Api.as(Tokens.ADMIN)
                .body(KeycloakTestUsers.userInput(username, List.of("coordinator"), "fsk",
                        List.of(Map.of("projectId", AdminUserCreateTest.CRESCO, "municipalityCodes", List.of("1499")))))
                .post("/admin/users").then().statusCode(201).extract().path("id");
        KeycloakTestUsers.setPassword(id, "stegvis-test");
        ExtractableResponse<Response> login = KeycloakTestUsers.passwordGrant(username, "stegvis-test").then()
                .statusCode(200).extract();
        String refresh = login.path("refresh_token");
        Api.withToken(login.path("access_token")).get("/me").then().statusCode(200);

        Api.as(Tokens.ADMIN)
                .body(Map.of("enabled", false, "organisationCode", "fsk", "roles", List.of("coordinator"),
                        "assignments", List.of(Map.of("projectId", AdminUserCreateTest.CRESCO, "municipalityCodes", List.of("1499")))))
                .put("/admin/users/" + id)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));

        KeycloakTestUsers.passwordGrant(username, "stegvis-test").then().statusCode(400);
        // The sessions were ended (proactive logout): the refresh token no longer works either.
        KeycloakTestUsers.refreshGrant(refresh).then().statusCode(400);
        Api.as(Tokens.ADMIN).get("/admin/users/" + id).then()
                .statusCode(200)
                .body("enabled", equalTo(false));

        // Enabling again lets the user back in.
        Api.as(Tokens.ADMIN)
                .body(Map.of("enabled", true, "organisationCode", "fsk", "roles", List.of("coordinator"),
                        "assignments", List.of()))
                .put("/admin/users/" + id)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true));
        KeycloakTestUsers.passwordGrant(username, "stegvis-test").then().statusCode(200);
    }

    @Test
    void adminCannotDisableThemself() {
        Api.as(Tokens.ADMIN)
                .body(Map.of("enabled", false, "organisationCode", "fsk", "roles", List.of("admin"), "assignments", List.of()))
                .put("/admin/users/5e9f1a00-0000-4000-8000-000000000007")
                .then()
                .statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("enabled"));
    }
}
