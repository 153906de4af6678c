package se.stegvis.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The running backend serves openapi.yaml as written, but for the token URLs, which name the deployment's own
 * Keycloak; and a rendered page of it.
 */
@QuarkusTest
class ContractServedTest {

    @Test
    void theContractIsServedAsWritten() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String written = Files.readString(Path.of("..", "openapi.yaml"));
        assertEquals(operations(written), operations(served), "operations in the served contract");
        org.hamcrest.MatcherAssert.assertThat(served, containsString("title: Stegvis API"));
    }

    @Test
    void theServedContractNamesTheDeploymentsKeycloakForTokens() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String served = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonPath flows = JsonPath.from(served).setRootPath("components.securitySchemes.oauth2.flows");
        assertEquals(realm + "/protocol/openid-connect/token", flows.getString("clientCredentials.tokenUrl"));
        assertEquals(realm + "/protocol/openid-connect/token", flows.getString("authorizationCode.tokenUrl"));
        assertEquals(realm + "/protocol/openid-connect/auth", flows.getString("authorizationCode.authorizationUrl"));
    }

    @Test
    void aRenderedDocumentationPageIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    private static long operations(String yaml) {
        return yaml.lines().filter(l -> l.matches("\\s+operationId: \\w+")).count();
    }
}
