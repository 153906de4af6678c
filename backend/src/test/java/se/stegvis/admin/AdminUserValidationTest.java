package se.stegvis.admin;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class AdminUserValidationTest {

    private static final List<Map<String, Object>> SKOVDE = List.of(
            Map.of("projectId", AdminUserCreateTest.CRESCO, "municipalityCodes", List.of("1496")));

    @Test
    void takenUsernameIsAConflict() {
        Api.as(Tokens.ADMIN)
                .body(KeycloakTestUsers.userInput("anna", List.of("coordinator"), "fsk", SKOVDE))
                .post("/admin/users")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://stegvis.se/problems/username-taken"));
    }

    @Test
    void unknownOrganisationIsUnprocessable() {
        Api.as(Tokens.ADMIN)
                .body(KeycloakTestUsers.userInput(KeycloakTestUsers.uniqueUsername("val"), List.of("coordinator"), "no-such-org", SKOVDE))
                .post("/admin/users")
                .then()
                .statusCode(422)
                .body("errors.field", contains("organisationCode"));
    }

    @Test
    void unknownProjectIsUnprocessable() {
        Api.as(Tokens.ADMIN)
                .body(KeycloakTestUsers.userInput(KeycloakTestUsers.uniqueUsername("val"), List.of("coordinator"), "fsk",
                        List.of(Map.of("projectId", "30000000-0000-0000-0000-0000000000ff", "municipalityCodes", List.of()))))
                .post("/admin/users")
                .then()
                .statusCode(422)
                .body("errors.field", contains("assignments[0].projectId"));
    }

    @Test
    void municipalityTheProjectDoesNotServeIsUnprocessable() {
        // Hagfors (1783) belongs to REBUS, not to Cresco+.
        Api.as(Tokens.ADMIN)
                .body(KeycloakTestUsers.userInput(KeycloakTestUsers.uniqueUsername("val"), List.of("coordinator"), "fsk",
                        List.of(Map.of("projectId", AdminUserCreateTest.CRESCO, "municipalityCodes", List.of("1496", "1783")))))
                .post("/admin/users")
                .then()
                .statusCode(422)
                .body("errors.field", contains("assignments[0].municipalityCodes[1]"));
    }

    @Test
    void nothingIsCreatedWhenValidationFails() {
        String username = KeycloakTestUsers.uniqueUsername("val");
        Api.as(Tokens.ADMIN)
                .body(KeycloakTestUsers.userInput(username, List.of("coordinator"), "no-such-org", SKOVDE))
                .post("/admin/users").then().statusCode(422);
        Api.as(Tokens.ADMIN).queryParam("q", username).get("/admin/users").then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void unknownUserIsNotFound() {
        Api.as(Tokens.ADMIN).get("/admin/users/00000000-0000-4000-8000-000000000999").then().statusCode(404);
    }

    @Test
    void coordinatorAndAnalystMayNotManageUsers() {
        for (String who : List.of(Tokens.ANNA, Tokens.SARA)) {
            Api.as(who).get("/admin/users").then().statusCode(403);
            Api.as(who).body(KeycloakTestUsers.userInput(KeycloakTestUsers.uniqueUsername("val"), List.of("admin"), "fsk", List.of()))
                    .post("/admin/users").then().statusCode(403);
            Api.as(who).get("/admin/users/" + Tokens.ANNA_ID).then().statusCode(403);
        }
    }
}
