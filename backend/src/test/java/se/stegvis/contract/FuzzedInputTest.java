package se.stegvis.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import se.stegvis.audit.AuditLog;
import se.stegvis.testsupport.TableFingerprint;
import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

/**
 * Bad input at scale, generated from {@code openapi.yaml}: for every operation that takes input,
 * a bounded number of requests built from the contract's own schemas, each broken in at least one
 * way the contract forbids — a required field missing, a wrong type, a string past its
 * {@code maxLength}, a number out of range, a value outside its enum, a malformed date or UUID,
 * an unknown property, an over-long array, a body that is not JSON or nested thousands deep —
 * plus malformed path, query and header values. Every answer is a 4xx problem+json (never a
 * 5xx, never a 2xx), and afterwards the data is exactly what it was: every table's row count
 * and {@code CHECKSUM TABLE} are unchanged.
 *
 * <p>Deterministic from the seed; {@code -Dstegvis.fuzz.per-operation} (default 35, about two thousand requests) and
 * {@code -Dstegvis.fuzz.seed} set the size (the fuzz drill runs it with many more).
 */
@QuarkusTest
class FuzzedInputTest {

    @Inject
    AuditLog auditLog;

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final int PER_OPERATION = Integer.getInteger("stegvis.fuzz.per-operation", 35);
    private static final long SEED = Long.getLong("stegvis.fuzz.seed", 20260909L);
    /** Written by background jobs of the product (sealing, webhook retries), not by requests. */
    private static final Set<String> BACKGROUND_TABLES = Set.of("audit_event", "audit_seal", "webhook_delivery", "webhook_attempt");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "0", "-1", "00000000-0000-0000-0000-00000000000g",
            "' OR '1'='1", "%00", "..%2F..%2Fetc%2Fpasswd", "x".repeat(300), "ÅÄÖ", "{}", "1e309");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode spec;
    private final Random random = new Random(SEED);

    private record Parameter(String name, String in, JsonNode schema) {
    }

    private record Operation(String id, String method, String path, List<String> roles, List<Parameter> parameters,
            JsonNode body) {
    }

    @Test
    void thousandsOfBrokenRequestsAnswer4xxProblemsAndChangeNothing() throws Exception {
        spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        List<Operation> operations = operations();
        Map<String, String> before = fingerprint();
        // Reads of earlier tests may still be queued for the write-behind writer: store them first.
        auditLog.flush();
        long auditBefore = count("SELECT COUNT(*) FROM audit_event");
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        long deadline = System.nanoTime() + 8 * 60 * 1_000_000_000L;
        for (Operation op : operations) {
            for (int i = 0; i < PER_OPERATION && System.nanoTime() < deadline; i++) {
                Attempt attempt = attempt(op);
                Response r = attempt.send();
                sent++;
                int status = r.statusCode();
                statuses.merge(status, 1, Integer::sum);
                String type = r.contentType();
                if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
                    String line = op.id() + " [" + attempt.broken + "] answered " + status + " " + type;
                    if (wrong.size() < 40) {
                        wrong.add(line + ": " + attempt.describe() + " -> " + abbreviate(r.asString()));
                    }
                }
            }
        }
        Log.infof("Fuzzing sent %d broken requests to %d operations; answers by status: %s", sent, operations.size(), statuses);
        assertTrue(sent >= operations.size(), "the run stopped early at " + sent + " requests");
        assertEquals(List.of(), wrong, "answers that were not a 4xx problem");
        assertEquals(before, fingerprint(), "the data changed");
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_event"), "broken requests were audited as if they read data");
    }

    // ----------------------------------------------------------------------------- the requests

    private final class Attempt {
        final Operation op;
        String broken;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String body;
        String role;

        Attempt(Operation op) {
            this.op = op;
        }

        Response send() {
            RequestSpecification request = RestAssured.given()
                    .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                            .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .auth().oauth2(Tokens.forRole(role))
                    .contentType("application/json").urlEncodingEnabled(true);
            headers.forEach(request::header);
            query.forEach(request::queryParam);
            if (body != null) {
                request.body(body.getBytes(StandardCharsets.UTF_8));
            }
            String path = op.path();
            for (Map.Entry<String, String> e : pathValues.entrySet()) {
                path = path.replace("{" + e.getKey() + "}", java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
            return request.request(op.method().toUpperCase(), "/api/v1" + path);
        }

        String describe() {
            return op.method().toUpperCase() + " " + op.path() + " path=" + pathValues + " query=" + abbreviate(query.toString())
                    + " headers=" + abbreviate(headers.toString()) + " body=" + abbreviate(body);
        }
    }

    /** One request to the operation with at least one thing in it the contract forbids. */
    private Attempt attempt(Operation op) {
        Attempt a = new Attempt(op);
        a.role = op.roles().get(random.nextInt(op.roles().size()));
        List<String> breakable = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            switch (p.in()) {
                case "path" -> a.pathValues.put(p.name(), UUID.randomUUID().toString());
                case "header" -> {
                    if (p.name().equalsIgnoreCase("If-Match")) {
                        a.headers.put(p.name(), "\"0\"");
                    }
                }
                default -> {
                }
            }
            if (breakable(p)) {
                breakable.add(p.in() + ":" + p.name());
            }
        }
        if (op.body() != null) {
            a.body = write(valid(op.body(), 0));
            breakable.add("body");
            breakable.add("body");
            breakable.add("body");
        }
        // Break one to three things; each one alone must make the request invalid.
        int breaks = 1 + random.nextInt(Math.min(3, breakable.size()));
        List<String> done = new ArrayList<>();
        for (int i = 0; i < breaks; i++) {
            String target = breakable.get(random.nextInt(breakable.size()));
            if (target.equals("body")) {
                done.add(breakBody(a, op.body()));
            } else {
                String[] parts = target.split(":", 2);
                Parameter p = op.parameters().stream().filter(x -> x.in().equals(parts[0]) && x.name().equals(parts[1]))
                        .findFirst().orElseThrow();
                done.add(breakParameter(a, p));
            }
        }
        a.broken = String.join(", ", done);
        return a;
    }

    /** Whether a value the contract forbids can be made for the parameter. */
    private boolean breakable(Parameter p) {
        JsonNode schema = resolve(p.schema());
        return switch (p.in()) {
            case "path" -> true;
            case "query" -> invalidScalar(schema, false) != null;
            case "header" -> p.name().equalsIgnoreCase("Idempotency-Key") && (schema.has("maxLength") || schema.has("minLength"));
            default -> false;
        };
    }

    private String breakParameter(Attempt a, Parameter p) {
        switch (p.in()) {
            case "path" -> {
                String bad = BAD_IDS.get(random.nextInt(BAD_IDS.size()));
                a.pathValues.put(p.name(), bad);
                return "path " + p.name();
            }
            case "header" -> {
                JsonNode schema = resolve(p.schema());
                a.headers.put(p.name(), schema.has("maxLength") ? "k".repeat(schema.get("maxLength").asInt() + 1 + random.nextInt(500))
                        : "");
                return "header " + p.name();
            }
            default -> {
                JsonNode bad = invalidScalar(resolve(p.schema()), false);
                String text = bad.isTextual() ? bad.asText() : bad.toString();
                // The HTTP layer refuses request lines over 8 KB with a bare 414 before the API sees them.
                a.query.put(p.name(), text.length() > 3000 ? text.substring(0, 3000) : text);
                return "query " + p.name();
            }
        }
    }

    /** Replaces the body with a broken one: a whole-body fault, or one broken field. */
    private String breakBody(Attempt a, JsonNode schema) {
        int kind = random.nextInt(10);
        switch (kind) {
            case 0 -> {
                a.body = List.of("{\"broken\": ", "", "null", "[]", "\"text\"", "42", "{\"a\":1}}", "\u0000\u0001",
                        "{'single': 'quotes'}").get(random.nextInt(9));
                return "body not an object";
            }
            case 1 -> {
                int depth = 2000 + random.nextInt(3000);
                a.body = "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
                return "body nested " + depth + " deep";
            }
            default -> {
                JsonNode body;
                try {
                    body = JSON.readTree(a.body);
                } catch (Exception e) {
                    return "body already broken";
                }
                if (!body.isObject()) {
                    a.body = "{\"broken\": ";
                    return "body not an object";
                }
                String where = breakField((ObjectNode) body, resolve(schema), "", 0);
                a.body = write(body);
                return where;
            }
        }
    }

    /** Breaks one field of the object somewhere in its tree; answers its path. */
    private String breakField(ObjectNode object, JsonNode schema, String prefix, int depth) {
        JsonNode properties = schema.path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty() || random.nextInt(8) == 0) {
            object.put("zzUnknownProperty" + random.nextInt(100), random.nextBoolean() ? "x" : "1");
            return prefix + "unknown property";
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode fieldSchema = resolve(properties.get(name));
        boolean required = false;
        for (JsonNode r : schema.path("required")) {
            required |= r.asText().equals(name);
        }
        JsonNode current = object.get(name);
        // Go deeper into a nested object now and then.
        if (depth < 3 && current != null && current.isObject() && random.nextBoolean()) {
            return breakField((ObjectNode) current, fieldSchema, prefix + name + ".", depth + 1);
        }
        if (required && random.nextInt(4) == 0) {
            object.remove(name);
            return prefix + name + " missing";
        }
        JsonNode bad = invalid(fieldSchema, required);
        if (bad == null) {
            object.put("zzUnknownProperty", true);
            return prefix + name + " (no invalid value; unknown property)";
        }
        object.set(name, bad);
        return prefix + name + " = " + abbreviate(bad.toString());
    }

    /**
     * A value the schema does not allow; null when none can be made. Null itself only for a
     * required field: an optional one set to null is the same as one left out.
     */
    private JsonNode invalid(JsonNode schema, boolean required) {
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        List<Supplier<JsonNode>> options = new ArrayList<>();
        if (required && !schema.path("nullable").asBoolean(false)) {
            options.add(NODES::nullNode);
        }
        switch (type) {
            case "object" -> {
                options.add(() -> NODES.textNode("not an object"));
                options.add(() -> NODES.arrayNode().add(1));
                options.add(() -> NODES.numberNode(7));
            }
            case "array" -> {
                options.add(() -> NODES.textNode("not a list"));
                options.add(() -> NODES.objectNode().put("a", 1));
                JsonNode items = resolve(schema.path("items"));
                if (schema.has("maxItems") && schema.get("maxItems").asInt() < 400) {
                    options.add(() -> {
                        ArrayNode many = NODES.arrayNode();
                        for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                            many.add(valid(items, 1));
                        }
                        return many;
                    });
                }
                options.add(() -> {
                    JsonNode badItem = invalid(items, false);
                    return badItem == null ? NODES.textNode("x") : NODES.arrayNode().add(badItem);
                });
                if (schema.path("minItems").asInt(0) > 0) {
                    options.add(NODES::arrayNode);
                }
            }
            case "integer", "number", "string", "boolean" -> {
                JsonNode scalar = invalidScalar(schema);
                if (scalar != null) {
                    options.add(() -> scalar);
                    options.add(() -> invalidScalar(schema));
                    options.add(() -> invalidScalar(schema));
                }
            }
            default -> {
                return null;
            }
        }
        return options.isEmpty() ? null : options.get(random.nextInt(options.size())).get();
    }

    /** A JSON scalar the schema does not allow, or null when any value of its type is fine. */
    private JsonNode invalidScalar(JsonNode schema) {
        return invalidScalar(schema, true);
    }

    /**
     * A value the schema does not allow, or null when any value of its type is fine; outside JSON
     * (a query parameter) every value is text, so a wrong JSON type proves nothing there.
     */
    private JsonNode invalidScalar(JsonNode schema, boolean inJson) {
        String type = schema.path("type").asText("");
        List<Supplier<JsonNode>> options = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                options.add(() -> NODES.textNode("many"));
                options.add(() -> NODES.objectNode());
                if (schema.has("minimum")) {
                    options.add(() -> NODES.numberNode(schema.get("minimum").asLong() - 1 - random.nextInt(1000)));
                }
                if (schema.has("maximum")) {
                    options.add(() -> NODES.numberNode(schema.get("maximum").asLong() + 1 + random.nextInt(1000)));
                }
                if (type.equals("integer")) {
                    options.add(() -> NODES.textNode("99999999999999999999999"));
                    options.add(() -> NODES.textNode("1e400"));
                }
            }
            case "boolean" -> {
                options.add(() -> NODES.textNode("perhaps"));
                options.add(() -> NODES.objectNode());
            }
            case "string" -> {
                if (inJson) {
                    options.add(() -> NODES.arrayNode().add("x"));
                }
                if (schema.has("maxLength")) {
                    options.add(() -> NODES.textNode("Ö".repeat(schema.get("maxLength").asInt() + 1 + random.nextInt(50))));
                }
                if (schema.path("minLength").asInt(0) > 0) {
                    options.add(() -> NODES.textNode(""));
                }
                if (schema.has("enum")) {
                    options.add(() -> NODES.textNode("not_one_of_them"));
                    options.add(() -> NODES.textNode(schema.get("enum").get(0).asText().toUpperCase() + " "));
                }
                switch (schema.path("format").asText("")) {
                    case "date" -> {
                        options.add(() -> NODES.textNode("2026-02-30"));
                        options.add(() -> NODES.textNode("12/01/2026"));
                        options.add(() -> NODES.textNode("2026-13-01"));
                    }
                    case "date-time" -> options.add(() -> NODES.textNode("yesterday at noon"));
                    case "uuid" -> {
                        options.add(() -> NODES.textNode(BAD_IDS.get(random.nextInt(BAD_IDS.size()))));
                        options.add(() -> NODES.numberNode(12345));
                    }
                    case "email" -> options.add(() -> NODES.textNode("not an address"));
                    default -> {
                    }
                }
                if (schema.has("pattern")) {
                    options.add(() -> NODES.textNode("\u202e<script>alert(1)</script>"));
                }
            }
            default -> {
            }
        }
        return options.isEmpty() ? null : options.get(random.nextInt(options.size())).get();
    }

    /** A value the schema allows: its example, else one built from its properties. */
    private JsonNode valid(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example").deepCopy();
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                if (depth < 6) {
                    for (JsonNode r : schema.path("required")) {
                        o.set(r.asText(), valid(schema.path("properties").path(r.asText()), depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (schema.path("minItems").asInt(0) > 0 && depth < 6) {
                    a.add(valid(schema.path("items"), depth + 1));
                }
                return a;
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "string" -> {
                if (schema.has("enum")) {
                    return schema.get("enum").get(0).deepCopy();
                }
                return switch (schema.path("format").asText("")) {
                    case "date" -> NODES.textNode("2026-01-12");
                    case "date-time" -> NODES.textNode("2026-01-12T10:00:00Z");
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "email" -> NODES.textNode("a@example.se");
                    default -> NODES.textNode("x".repeat(Math.max(1, schema.path("minLength").asInt(1))));
                };
            }
            default -> {
                return NODES.textNode("x");
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            schema = spec.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    // --------------------------------------------------------------------------- the contract

    private List<Operation> operations() {
        List<Operation> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> entry = ops.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                op.path("parameters").forEach(declared::add);
                for (JsonNode p : declared) {
                    JsonNode resolved = resolve(p);
                    parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                            resolved.path("schema")));
                }
                JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
                List<String> roles = new ArrayList<>();
                op.path("x-stegvis-roles").forEach(r -> roles.add(r.asText()));
                boolean takesInput = !body.isMissingNode() || parameters.stream().anyMatch(this::breakable);
                if (takesInput && !roles.isEmpty()) {
                    result.add(new Operation(op.path("operationId").asText(), entry.getKey(), path.getKey(), roles, parameters,
                            body.isMissingNode() ? null : body));
                }
            }
        }
        return result;
    }

    // ------------------------------------------------------------------------------- the data

    /** Table → "rows checksum", for every table requests can write. */
    static Map<String, String> fingerprint() throws SQLException {
        try (Connection c = connect()) {
            return TableFingerprint.of(c, BACKGROUND_TABLES);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + TestStack.MARIADB_PORT + "/" + TestStack.DATABASE,
                "root", "");
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s;
    }
}
