package se.stegvis.me;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class MeTest {

    @Test
    void coordinatorSeesTheirNameRolesAndAssignments() {
        Api.as(Tokens.ANNA).get("/me").then()
                .statusCode(200)
                .body("userId", equalTo(Tokens.ANNA_ID))
                .body("name", equalTo("Anna Lindqvist"))
                .body("organisationCode", equalTo("fsk"))
                .body("roles", contains("coordinator"))
                .body("assignments", hasSize(2))
                .body("assignments.find { it.projectName == 'Cresco+' }.municipalityCodes", containsInAnyOrder("1496", "1499"))
                .body("assignments.find { it.projectName == 'MAC' }.municipalityCodes", hasSize(0));
    }

    @Test
    void partnerMachineClientIsAcceptedWithItsOrganisation() {
        Api.withToken(Tokens.partnerAf()).get("/me").then()
                .statusCode(200)
                .body("organisationCode", equalTo("af"))
                .body("roles", contains("partner-system"))
                .body("assignments", hasSize(0));
    }

    @Test
    void requestWithoutTokenIsRefusedWithProblemDetails() {
        Api.anonymous().get("/me").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void forgedTokenIsRefused() {
        String token = Tokens.user(Tokens.ANNA);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        Api.withToken(tampered).get("/me").then().statusCode(401);
    }
}
