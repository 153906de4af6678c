package se.stegvis.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.stegvis.testsupport.Tokens;

/**
 * Every operation of the contract, called with a real token of every role and with none: a caller
 * without a token gets 401, a role the matrix does not allow gets 403, and an allowed role is never
 * refused. The matrix ({@code access-matrix.tsv}) must have a row for every operation and agree with
 * the contract's {@code x-stegvis-roles}, so a new operation cannot arrive without a decision on who
 * may call it. Which rows each caller sees is tested per feature.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final List<String> ROLES = List.of("coordinator", "project-manager", "partner-caseworker",
            "partner-system", "analyst", "admin");

    private record Operation(String id, String method, String path, Set<String> roles) {
    }

    private static Map<String, Operation> contract;
    private static Map<String, Set<String>> matrix;

    @BeforeAll
    static void read() throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        contract = new TreeMap<>();
        spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                Set<String> roles = new TreeSet<>();
                op.getValue().path("x-stegvis-roles").forEach(r -> roles.add(r.asText()));
                String id = op.getValue().get("operationId").asText();
                contract.put(id, new Operation(id, op.getKey(), path.getKey(), roles));
            }
        }));
        matrix = new TreeMap<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("operation\t")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Set<String> allowed = new TreeSet<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    if ("x".equals(cells[i + 1].trim())) {
                        allowed.add(ROLES.get(i));
                    }
                }
                matrix.put(cells[0].trim(), allowed);
            }
        }
    }

    @Test
    void matrixHasARowForEveryOperationAndAgreesWithTheContract() {
        assertEquals(contract.keySet(), matrix.keySet(), "operations in the contract vs rows in access-matrix.tsv");
        List<String> disagreements = new ArrayList<>();
        contract.values().forEach(op -> {
            if (!op.roles().equals(matrix.get(op.id()))) {
                disagreements.add(op.id() + ": contract " + op.roles() + ", matrix " + matrix.get(op.id()));
            }
        });
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyOperationRefusesCallersWithoutAToken() {
        List<String> wrong = new ArrayList<>();
        contract.values().forEach(op -> {
            Response r = call(RestAssured.given(), op);
            if (r.statusCode() != 401) {
                wrong.add(op.id() + " answered " + r.statusCode());
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyOperationRefusesTheRolesTheMatrixDoesNotAllowAndAdmitsTheOthers() {
        List<String> wrong = new ArrayList<>();
        for (String role : ROLES) {
            String token = Tokens.forRole(role); // a demo user holding the role, or the Arbetsförmedlingen machine client
            for (Operation op : contract.values()) {
                int status = call(RestAssured.given().auth().oauth2(token), op).statusCode();
                boolean allowed = matrix.getOrDefault(op.id(), Set.of()).contains(role);
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(role + " " + op.id() + " should be admitted but got " + status);
                }
                if (!allowed && status != 403) {
                    wrong.add(role + " " + op.id() + " should get 403 but got " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Calls the operation with unknown ids and an empty body: enough to reach (or be stopped by) security. */
    private static Response call(RequestSpecification request, Operation op) {
        String path = "/api/v1" + op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        request = request.contentType(ContentType.JSON).header("If-Match", "\"0\"");
        if (Set.of("post", "put", "patch").contains(op.method())) {
            request = request.body("{}");
        }
        return request.request(op.method().toUpperCase(), path);
    }
}
