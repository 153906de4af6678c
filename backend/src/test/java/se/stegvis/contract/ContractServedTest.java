package se.stegvis.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The running backend serves openapi.yaml exactly as written, and a rendered page of it. */
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
    void aRenderedDocumentationPageIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    private static long operations(String yaml) {
        return yaml.lines().filter(l -> l.matches("\\s+operationId: \\w+")).count();
    }
}
