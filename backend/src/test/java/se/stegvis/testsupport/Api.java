package se.stegvis.testsupport;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the running backend, each response checked against {@code openapi.yaml}: a status
 * code, header or body the contract does not describe fails the test. Requests are not checked,
 * because tests send invalid requests on purpose.
 */
public final class Api {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator
                    .createForSpecificationUrl(Path.of("..", "openapi.yaml").toAbsolutePath().toUri().toString())
                    .withBasePathOverride("/api/v1")
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                            .build())
                    .build());

    private Api() {
    }

    /** A request as the given demo user (see {@link Tokens}). */
    public static RequestSpecification as(String username) {
        return withToken(Tokens.user(username));
    }

    public static RequestSpecification withToken(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** A request without any token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT).contentType(ContentType.JSON).basePath("/api/v1");
    }
}
