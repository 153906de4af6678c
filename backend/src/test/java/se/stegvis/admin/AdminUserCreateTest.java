package se.stegvis.admin;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

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

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class AdminUserCreateTest {

    static final String CRESCO = "30000000-0000-0000-0000-000000000001";
    static final String SKOVDE = "1496";

    @Test
    void createdCoordinatorCanLogInAndSeesExactlyTheirAssignments() {
        String username = KeycloakTestUsers.uniqueUsername("coord");
        ExtractableResponse<Response> created = Api.as(Tokens.ADMIN)
                .body(KeycloakTestUsers.userInput(username, List.of("coordinator"), "fsk",
                        List.of(Map.of("projectId", CRESCO, "municipalityCodes", List.of(SKOVDE)))))
                .post("/admin/users")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/admin/users/[0-9a-f-]{36}"))
                .body("username", equalTo(username))
                .body("enabled", equalTo(true))
                .body("organisationCode", equalTo("fsk"))
                .body("roles", contains("coordinator"))
                .body("assignments", hasSize(1))
                .body("assignments[0].projectName", equalTo("Cresco+"))
                .body("assignments[0].municipalityCodes", contains(SKOVDE))
                .body("temporaryPassword", matchesPattern("[A-Za-z0-9]{16}"))
                .extract();
        String id = created.path("id");
        String temporary = created.path("temporaryPassword");

        // The temporary password is real but must be changed first: the password grant refuses it.
        KeycloakTestUsers.passwordGrant(username, temporary).then().statusCode(400);

        // Test-only step: a known, permanent password, set directly in Keycloak (see KeycloakTestUsers).
        KeycloakTestUsers.setPassword(id, "stegvis-test");
        String token = KeycloakTestUsers.passwordGrant(username, "stegvis-test").then().statusCode(200)
                .extract().path("access_token");

        Api.withToken(token).get("/me").then()
                .statusCode(200)
                .body("userId", equalTo(id))
                .body("organisationCode", equalTo("fsk"))
                .body("roles", contains("coordinator"))
                .body("assignments", hasSize(1))
                .body("assignments[0].projectId", equalTo(CRESCO))
                .body("assignments[0].municipalityCodes", contains(SKOVDE));
        Api.withToken(token).get("/caseload").then().statusCode(200);

        // The list finds the user; the temporary password is shown only once.
        Api.as(Tokens.ADMIN).queryParam("q", username).get("/admin/users").then()
                .statusCode(200)
                .body("username", contains(username))
                .body("[0].temporaryPassword", org.hamcrest.Matchers.nullValue())
                .body("[0].lastLoginAt", notNullValue());
        Api.as(Tokens.ADMIN).get("/admin/users/" + id).then()
                .statusCode(200)
                .body("firstName", equalTo("Test"))
                .body("lastName", equalTo("Användare"))
                .body("email", equalTo(username + "@example.se"));
    }

    @Test
    void listShowsTheDemoUsersWithRolesAndAssignments() {
        Api.as(Tokens.ADMIN).get("/admin/users").then()
                .statusCode(200)
                .body("username", hasItem("anna"))
                .body("find { it.username == 'anna' }.roles", contains("coordinator"))
                .body("find { it.username == 'anna' }.organisationCode", equalTo("fsk"))
                .body("find { it.username == 'anna' }.assignments", hasSize(2));
    }

    @Test
    void updateReplacesRolesOrganisationAndAssignments() {
        String username = KeycloakTestUsers.uniqueUsername("pm");
        String id = Api.as(Tokens.ADMIN)
                .body(KeycloakTestUsers.userInput(username, List.of("coordinator"), "fsk",
                        List.of(Map.of("projectId", CRESCO, "municipalityCodes", List.of(SKOVDE)))))
                .post("/admin/users").then().statusCode(201).extract().path("id");

        Api.as(Tokens.ADMIN)
                .body(Map.of("enabled", true, "organisationCode", "skovde-soc", "roles", List.of("project-manager", "analyst"),
                        "assignments", List.of(Map.of("projectId", "30000000-0000-0000-0000-000000000002", "municipalityCodes", List.of()))))
                .put("/admin/users/" + id)
                .then()
                .statusCode(200)
                .body("organisationCode", equalTo("skovde-soc"))
                .body("roles", contains("project-manager", "analyst"))
                .body("assignments", hasSize(1))
                .body("assignments[0].projectName", equalTo("MAC"))
                .body("assignments[0].municipalityCodes", hasSize(0));

        KeycloakTestUsers.setPassword(id, "stegvis-test");
        String token = KeycloakTestUsers.passwordGrant(username, "stegvis-test").then().statusCode(200)
                .extract().path("access_token");
        Api.withToken(token).get("/me").then()
                .statusCode(200)
                .body("organisationCode", equalTo("skovde-soc"))
                .body("roles", contains("project-manager", "analyst"))
                .body("assignments[0].projectName", equalTo("MAC"));
    }
}
