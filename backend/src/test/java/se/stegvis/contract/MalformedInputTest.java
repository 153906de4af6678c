package se.stegvis.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.stegvis.testsupport.Tokens;

/**
 * Every operation of the contract, called by a role that may call it with malformed, wrongly typed,
 * oversized and out-of-range input: the answer is never a 5xx, and every error is problem+json.
 */
@QuarkusTest
class MalformedInputTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String HUGE = "x".repeat(200_000);

    private record Operation(String id, String method, String path, String role, List<String> queryParameters) {
    }

    private static List<Operation> operations;

    @BeforeAll
    static void read() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        JsonNode sharedParameters = spec.path("components").path("parameters");
        operations = new ArrayList<>();
        spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            List<String> query = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                JsonNode parameter = p.has("$ref")
                        ? sharedParameters.path(p.get("$ref").asText().replace("#/components/parameters/", ""))
                        : p;
                if ("query".equals(parameter.path("in").asText())) {
                    query.add(parameter.path("name").asText());
                }
            });
            String role = op.getValue().path("x-stegvis-roles").path(0).asText();
            operations.add(new Operation(op.getValue().get("operationId").asText(), op.getKey(), path.getKey(), role, query));
        }));
    }

    @Test
    void malformedJsonBodiesAnswer4xxProblems() {
        assertNoServerErrors(op -> Set.of("post", "put").contains(op.method()),
                (op, request) -> request.body("{\"broken\": ").request(op.method().toUpperCase(), path(op, UUID.randomUUID().toString())));
    }

    @Test
    void wronglyTypedAndUnknownFieldsAnswer4xxProblems() {
        assertNoServerErrors(op -> Set.of("post", "put").contains(op.method()),
                (op, request) -> request.body("{\"startDate\": 12, \"sex\": \"robot\", \"ratings\": \"many\", \"unknownField\": true,"
                        + " \"identityNumber\": 1912121212, \"purposes\": [1, 2], \"limit\": -1}")
                        .request(op.method().toUpperCase(), path(op, UUID.randomUUID().toString())));
    }

    @Test
    void oversizedBodiesAnswer4xxProblems() {
        assertNoServerErrors(op -> Set.of("post", "put").contains(op.method()),
                (op, request) -> request.body("{\"name\": \"" + HUGE + "\", \"text\": \"" + HUGE + "\", \"reason\": \"" + HUGE
                        + "\", \"title\": \"" + HUGE + "\", \"description\": \"" + HUGE + "\"}")
                        .request(op.method().toUpperCase(), path(op, UUID.randomUUID().toString())));
    }

    @Test
    void identifiersThatAreNotUuidsAnswer4xxProblems() {
        assertNoServerErrors(op -> op.path().contains("{"),
                (op, request) -> request.body(Set.of("post", "put").contains(op.method()) ? "{}" : "")
                        .request(op.method().toUpperCase(), path(op, "not-a-uuid'; DROP TABLE participant; --")));
    }

    /** Over-long values stay below the HTTP layer's 8 KB request line, which refuses longer lines with a bare 414. */
    @Test
    void outOfRangeAndWronglyTypedQueryParametersAnswer4xxProblems() {
        for (String value : List.of("-1", "99999999999999999999", "not-a-value", "2026-13-45", HUGE.substring(0, 501), "%00")) {
            assertNoServerErrors(op -> !op.queryParameters().isEmpty(), (op, request) -> {
                for (String name : op.queryParameters()) {
                    request = request.queryParam(name, value);
                }
                return request.request(op.method().toUpperCase(), path(op, UUID.randomUUID().toString()));
            });
        }
    }

    private interface Call {
        Response send(Operation op, RequestSpecification request);
    }

    private static void assertNoServerErrors(java.util.function.Predicate<Operation> applies, Call call) {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations) {
            if (!applies.test(op)) {
                continue;
            }
            RequestSpecification request = RestAssured.given().auth().oauth2(Tokens.forRole(op.role()))
                    .contentType("application/json").header("If-Match", "\"0\"").urlEncodingEnabled(true);
            Response response = call.send(op, request);
            int status = response.statusCode();
            String type = response.contentType();
            if (status >= 500) {
                wrong.add(op.id() + " answered " + status);
            } else if (status >= 400 && (type == null || !type.startsWith("application/problem+json"))) {
                wrong.add(op.id() + " answered " + status + " as " + type);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String path(Operation op, String id) {
        return "/api/v1" + op.path().replaceAll("\\{[^}]+}", java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
    }
}
