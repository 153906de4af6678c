package se.stegvis.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.participant.People;
import se.stegvis.referral.Referrals;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Every updatable operation of the contract (each PUT or PATCH, and each POST that takes
 * {@code If-Match}), called by two clients at the same moment with the same ETag: exactly one
 * wins, the other gets 412 problem+json, and the resource afterwards is exactly the winner's
 * write (its version moved by one, its ETag is the one the winner was given).
 *
 * <p>The list of operations comes from {@code openapi.yaml}; {@link #TARGETS} says how to build a
 * fresh resource for each. A new updatable operation without a row there fails
 * {@link #everyUpdatableOperationOfTheContractIsExercised()} with its name, so it cannot slip by.
 */
@QuarkusTest
class ConcurrentEditsTest {

    private static final Set<String> METHODS = Set.of("put", "patch", "post");
    private static final int ROUNDS = 2;

    /** One update to race: who sends it, where, with which bodies, and where to read the version back. */
    record Target(String user, String method, String path, String etag, String bodyA, String bodyB, String readAs,
            String readPath) {
    }

    /**
     * How to build a fresh resource for each updatable operation. Operations added on other
     * branches (groups, reports, …) need a row here after the merge.
     */
    private static final Map<String, Supplier<Target>> TARGETS = new HashMap<>();

    /** PUTs that are not versioned, each with the reason why a lost update cannot happen there. */
    private static final Map<String, String> NOT_VERSIONED = Map.of(
            "updateUser", "users live in Keycloak, which has no version to compare; the call sets the whole user",
            "setLegalHold", "sets an on/off flag to an absolute value; two equal writes are the same write");

    static {
        TARGETS.put("updateProject", () -> {
            Map<String, Object> body = projectBody("Drill " + UUID.randomUUID());
            Response created = Api.as(Tokens.ADMIN).body(body).post("/projects");
            created.then().statusCode(201);
            String id = created.path("id");
            Map<String, Object> b = new HashMap<>(body);
            b.put("description", "Andra klientens text");
            return new Target(Tokens.ADMIN, "put", "/projects/" + id, created.header("ETag"), json(body), json(b),
                    Tokens.ADMIN, "/projects/" + id);
        });
        TARGETS.put("updateParticipant", () -> {
            UUID id = People.createAnonymous(Tokens.ANNA, "Kim", People.uniqueName("Race"));
            return new Target(Tokens.ANNA, "put", "/participants/" + id, "\"0\"",
                    "{\"sex\":\"male\",\"birthYear\":1990}", "{\"sex\":\"female\",\"birthYear\":1991}",
                    Tokens.ANNA, "/participants/" + id);
        });
        TARGETS.put("updateEnrollment", () -> enrollmentTarget("put", "", e -> """
                {"municipalityCode":"1496","startDate":"%s","plannedEndDate":"%s"}""".formatted(start(), start().plusMonths(5)),
                e -> """
                        {"municipalityCode":"1496","startDate":"%s","plannedEndDate":"%s"}""".formatted(start(),
                        start().plusMonths(4))));
        TARGETS.put("changeEnrollmentPhase", () -> enrollmentTarget("post", "/phase",
                e -> "{\"phase\":\"activity\",\"fromDate\":\"%s\"}".formatted(start().plusDays(5)),
                e -> "{\"phase\":\"activity\",\"fromDate\":\"%s\"}".formatted(start().plusDays(6))));
        TARGETS.put("changeEnrollmentCoordinator", () -> enrollmentTarget("post", "/coordinator",
                e -> "{\"coordinatorUserId\":\"%s\",\"fromDate\":\"%s\"}".formatted(Tokens.MARIA_ID, start().plusDays(5)),
                e -> "{\"coordinatorUserId\":\"%s\",\"fromDate\":\"%s\"}".formatted(Tokens.MARIA_ID, start().plusDays(6))));
        TARGETS.put("extendEnrollment", () -> enrollmentTarget("post", "/extensions",
                e -> "{\"newPlannedEndDate\":\"%s\",\"decidedOn\":\"%s\",\"reason\":\"A\"}".formatted(
                        start().plusMonths(15), today()),
                e -> "{\"newPlannedEndDate\":\"%s\",\"decidedOn\":\"%s\",\"reason\":\"B\"}".formatted(
                        start().plusMonths(16), today())));
        TARGETS.put("exitEnrollment", () -> enrollmentTarget("post", "/exit",
                e -> exitBody("studies"), e -> exitBody("moved")));
        TARGETS.put("recordFollowUp", () -> {
            TestEnrollments.Enrollment e = TestEnrollments.exited(SwedishCalendar.today().minusMonths(6));
            return new Target(Tokens.ANNA, "put", "/enrollments/" + e + "/follow-up", etag(Tokens.ANNA, "/enrollments/" + e),
                    "{\"followUpDate\":\"%s\",\"outcome\":\"work\",\"note\":\"A\"}".formatted(today()),
                    "{\"followUpDate\":\"%s\",\"outcome\":\"studies\",\"note\":\"B\"}".formatted(today()),
                    Tokens.ANNA, "/enrollments/" + e);
        });
        TARGETS.put("updateIntervention", () -> {
            TestEnrollments.Enrollment e = TestEnrollments.open(start());
            Response created = Api.as(Tokens.ANNA).body(intervention("ongoing", "15"))
                    .post("/enrollments/" + e + "/interventions");
            created.then().statusCode(201);
            String id = created.path("id");
            return new Target(Tokens.ANNA, "put", "/interventions/" + id, created.header("ETag"),
                    intervention("paused", "10"), intervention("ongoing", "20"), Tokens.ANNA, "/interventions/" + id);
        });
        TARGETS.put("updateGoal", () -> {
            String goal = goal(TestEnrollments.open(start()));
            return new Target(Tokens.ANNA, "put", "/goals/" + goal, "\"0\"", "{\"title\":\"Arbete i butik\"}",
                    "{\"title\":\"Arbete på lager\"}", Tokens.ANNA, null);
        });
        TARGETS.put("updateSubGoal", () -> {
            String goal = goal(TestEnrollments.open(start()));
            String sub = Api.as(Tokens.ANNA).body("{\"description\":\"Besöka AF\",\"status\":\"open\"}")
                    .post("/goals/" + goal + "/sub-goals").then().statusCode(201).extract().path("id");
            return new Target(Tokens.ANNA, "put", "/sub-goals/" + sub, "\"0\"",
                    "{\"description\":\"Besöka AF\",\"status\":\"achieved\",\"achievedOn\":\"%s\"}".formatted(today()),
                    "{\"description\":\"Besöka AF två gånger\",\"status\":\"open\"}", Tokens.ANNA, null);
        });
        TARGETS.put("withdrawReferral", () -> {
            Response r = Referrals.submit(Api.as(Tokens.LARS), Referrals.body(Referrals.uniqueReason()));
            String id = r.path("id");
            return new Target(Tokens.LARS, "post", "/referrals/" + id + "/withdrawal", r.header("ETag"),
                    "{\"reason\":\"Personen har fått arbete.\"}", "{\"reason\":\"Flyttat.\"}", Tokens.MARIA,
                    "/referrals/" + id);
        });
        TARGETS.put("screenReferral", () -> {
            Response r = Referrals.submit(Api.as(Tokens.LARS), Referrals.body(Referrals.uniqueReason()));
            String id = r.path("id");
            return new Target(Tokens.MARIA, "post", "/referrals/" + id + "/screening", r.header("ETag"),
                    json(Map.of("boardMeetingDate", today().toString(), "note", "A")),
                    json(Map.of("boardMeetingDate", today().toString(), "note", "B")), Tokens.MARIA, "/referrals/" + id);
        });
        TARGETS.put("decideReferral", () -> {
            Response r = Referrals.submit(Api.as(Tokens.LARS), Referrals.body(Referrals.uniqueReason()));
            String id = r.path("id");
            Response screened = Referrals.screen(Api.as(Tokens.MARIA), id, r.header("ETag"));
            return new Target(Tokens.MARIA, "post", "/referrals/" + id + "/decision", screened.header("ETag"),
                    json(Referrals.accepted()),
                    json(Map.of("outcome", "declined", "decidedOn", today().toString(), "reason", "Uppfyller inte kriterierna.")),
                    Tokens.MARIA, "/referrals/" + id);
        });
        TARGETS.put("enrollFromReferral", () -> {
            Response r = Referrals.submit(Api.as(Tokens.LARS), Referrals.body(Referrals.uniqueReason()));
            String id = r.path("id");
            Response screened = Referrals.screen(Api.as(Tokens.MARIA), id, r.header("ETag"));
            Response decided = Referrals.decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), Referrals.accepted());
            String body = json(Map.of("startDate", today().toString(), "coordinatorUserId", Tokens.ANNA_ID));
            return new Target(Tokens.MARIA, "post", "/referrals/" + id + "/enrollment", decided.header("ETag"), body, body,
                    Tokens.MARIA, "/referrals/" + id);
        });
    }

    private static final String MAC = TestEnrollments.MAC;
    private static final String GROUP_START = "2026-01-05";

    static {
        TARGETS.put("updateGroup", () -> {
            String group = macGroup();
            return new Target(Tokens.ANNA, "put", "/groups/" + group, "\"0\"",
                    "{\"name\":\"MAC vårstart A\",\"startDate\":\"2026-01-05\"}",
                    "{\"name\":\"MAC vårstart B\",\"startDate\":\"2026-01-05\"}", Tokens.ANNA, "/groups/" + group);
        });
        TARGETS.put("leaveGroup", () -> {
            String member = Api.as(Tokens.ANNA).body("{\"enrollmentId\":\"" + macEnrollment().id() + "\",\"joinedOn\":\""
                    + GROUP_START + "\"}").post("/groups/" + macGroup() + "/members").then().statusCode(201).extract().path("id");
            return new Target(Tokens.ANNA, "post", "/group-members/" + member + "/leave", "\"0\"",
                    "{\"leftOn\":\"2026-03-01\",\"reason\":\"Flyttat\"}", "{\"leftOn\":\"2026-03-02\",\"reason\":\"Arbete\"}",
                    Tokens.ANNA, "/group-members/" + member);
        });
        TARGETS.put("updateGroupSession", () -> {
            String session = session(macGroup());
            return new Target(Tokens.ANNA, "put", "/group-sessions/" + session, "\"0\"",
                    "{\"sessionDate\":\"2026-02-03\",\"partOfDay\":\"afternoon\",\"topic\":\"CV\"}",
                    "{\"sessionDate\":\"2026-02-03\",\"partOfDay\":\"full_day\",\"topic\":\"Intervjuträning\"}",
                    Tokens.ANNA, "/group-sessions/" + session);
        });
        TARGETS.put("recordSessionAttendance", () -> {
            String group = macGroup();
            TestEnrollments.Enrollment member = macEnrollment();
            Api.as(Tokens.ANNA).body("{\"enrollmentId\":\"" + member.id() + "\",\"joinedOn\":\"" + GROUP_START + "\"}")
                    .post("/groups/" + group + "/members").then().statusCode(201);
            String session = session(group);
            String path = "/group-sessions/" + session + "/attendance";
            return new Target(Tokens.ANNA, "put", path, etag(Tokens.ANNA, path),
                    "{\"entries\":[{\"enrollmentId\":\"" + member.id() + "\",\"status\":\"present\"}]}",
                    "{\"entries\":[{\"enrollmentId\":\"" + member.id() + "\",\"status\":\"absent\"}]}", Tokens.ANNA, path);
        });
        TARGETS.put("updateSipMeeting", () -> {
            TestEnrollments.Enrollment e = macEnrollment();
            Api.as(Tokens.ANNA).body("{\"purpose\":\"sip\",\"givenOn\":\"2026-03-01\"}")
                    .post("/participants/" + e.participantId() + "/consents").then().statusCode(201);
            String meeting = "{\"meetingDate\":\"2026-03-20\",\"participants\":[{\"organisationName\":\"Vårdcentralen\","
                    + "\"role\":\"Fast vårdkontakt\"}],\"agreed\":\"%s\",\"actionItems\":[]}";
            String id = Api.as(Tokens.ANNA).body(meeting.formatted("Vården utreder.")).post("/enrollments/" + e + "/sip-meetings")
                    .then().statusCode(201).extract().path("id");
            return new Target(Tokens.ANNA, "put", "/sip-meetings/" + id, "\"0\"", meeting.formatted("A"),
                    meeting.formatted("B"), Tokens.ANNA, "/sip-meetings/" + id);
        });
    }

    private static String macGroup() {
        return Api.as(Tokens.ANNA).body("{\"name\":\"MAC vårstart\",\"startDate\":\"" + GROUP_START + "\"}")
                .post("/projects/" + MAC + "/groups").then().statusCode(201).extract().path("id");
    }

    private static TestEnrollments.Enrollment macEnrollment() {
        return TestEnrollments.open(MAC, TestEnrollments.SKOVDE, LocalDate.parse(GROUP_START));
    }

    private static String session(String group) {
        return Api.as(Tokens.ANNA).body("{\"sessionDate\":\"2026-02-03\",\"partOfDay\":\"morning\"}")
                .post("/groups/" + group + "/sessions").then().statusCode(201).extract().path("id");
    }

    private record Operation(String id, String method, String path, boolean takesIfMatch) {
    }

    /** The updatable operations of the contract: every PUT and PATCH, and every POST taking If-Match. */
    static List<Operation> updatableOperations() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        List<Operation> result = new ArrayList<>();
        spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            boolean ifMatch = false;
            List<JsonNode> parameters = new ArrayList<>();
            op.getValue().path("parameters").forEach(parameters::add);
            path.getValue().path("parameters").forEach(parameters::add);
            for (JsonNode p : parameters) {
                String ref = p.path("$ref").asText("");
                JsonNode resolved = ref.isEmpty() ? p
                        : spec.at(ref.substring(1));
                if ("header".equals(resolved.path("in").asText()) && "If-Match".equalsIgnoreCase(resolved.path("name").asText())) {
                    ifMatch = true;
                }
            }
            if (!op.getKey().equals("post") || ifMatch) {
                result.add(new Operation(op.getValue().path("operationId").asText(), op.getKey(), path.getKey(), ifMatch));
            }
        }));
        return result;
    }

    @Test
    void everyUpdatableOperationOfTheContractIsExercised() throws Exception {
        Set<String> missing = new TreeSet<>();
        Set<String> versionedButExempt = new TreeSet<>();
        for (Operation op : updatableOperations()) {
            if (op.takesIfMatch() && NOT_VERSIONED.containsKey(op.id())) {
                versionedButExempt.add(op.id());
            }
            if (!TARGETS.containsKey(op.id()) && !NOT_VERSIONED.containsKey(op.id())) {
                missing.add(op.id() + " (" + op.method().toUpperCase() + " " + op.path() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "These updatable operations of openapi.yaml are not raced by ConcurrentEditsTest: "
                + missing + ". Add a row to ConcurrentEditsTest.TARGETS that builds a fresh resource for each"
                + " (or, for a PUT without If-Match, a reason in NOT_VERSIONED).");
        assertTrue(versionedButExempt.isEmpty(), "These operations take If-Match but are listed as not versioned: " + versionedButExempt);
    }

    @TestFactory
    Stream<DynamicTest> twoClientsWithTheSameEtagMakeOneWinnerAndOne412() throws Exception {
        return updatableOperations().stream().filter(op -> TARGETS.containsKey(op.id()))
                .map(op -> DynamicTest.dynamicTest(op.id(), () -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        race(op, TARGETS.get(op.id()).get());
                    }
                }));
    }

    private static void race(Operation op, Target t) throws Exception {
        assertTrue(t.etag() != null && !t.etag().isBlank(), op.id() + ": the resource was built without an ETag");
        String before = t.readPath() == null ? t.etag() : etag(t.readAs(), t.readPath());
        String token = Tokens.user(t.user());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (String body : List.of(t.bodyA(), t.bodyB())) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return Api.withToken(token).header("If-Match", t.etag()).body(body).request(t.method().toUpperCase(), t.path());
                }));
            }
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : calls) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
            Response winner = responses.stream().filter(r -> r.statusCode() / 100 == 2).findFirst().orElse(null);
            Response loser = responses.stream().filter(r -> r.statusCode() == 412).findFirst().orElse(null);
            if (winner == null || loser == null) {
                fail(op.id() + ": expected one 2xx and one 412, got " + statuses + ": "
                        + responses.stream().map(r -> r.asString()).toList());
            }
            assertTrue(loser.contentType().startsWith("application/problem+json"), op.id() + ": the 412 is not problem+json");
            long was = version(before);
            String after = t.readPath() == null ? winner.header("ETag") : etag(t.readAs(), t.readPath());
            assertEquals(was + 1, version(after), op.id() + ": the resource moved by more (or less) than the winner's one write");
            // A 201 answers with the new resource (an enrollment made from a referral), not the raced one.
            if (winner.statusCode() != 201 && winner.header("ETag") != null) {
                assertEquals(after, winner.header("ETag"), op.id() + ": the stored version is not the one the winner was given");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }

    private static String etag(String user, String path) {
        return Api.as(user).get(path).then().statusCode(200).extract().header("ETag");
    }

    private interface Body {
        String of(TestEnrollments.Enrollment e);
    }

    private static Target enrollmentTarget(String method, String suffix, Body a, Body b) {
        TestEnrollments.Enrollment e = TestEnrollments.open(start());
        String path = "/enrollments/" + e;
        return new Target(Tokens.ANNA, method, path + suffix, etag(Tokens.ANNA, path), a.of(e), b.of(e), Tokens.ANNA, path);
    }

    private static LocalDate today() {
        return SwedishCalendar.today();
    }

    /** Enrollments start a month ago, so that changes dated after the start are in the past. */
    private static LocalDate start() {
        return today().minusMonths(1);
    }

    private static String exitBody(String outcome) {
        return """
                {"exitDate":"%s","outcome":"%s","susExit":{"employmentStatus":"none","extentPct":0,"incomeSources":["none"],"monthsOnPublicSupport":30}}"""
                .formatted(today(), outcome);
    }

    private static String intervention(String status, String hours) {
        return "{\"typeId\":\"10000000-0000-0000-0000-000000000002\",\"startDate\":\"%s\",\"status\":\"%s\",\"hoursPerWeek\":%s}"
                .formatted(start().plusDays(1), status, hours);
    }

    private static String goal(TestEnrollments.Enrollment e) {
        return Api.as(Tokens.ANNA).body("{\"title\":\"Arbete\"}").post("/enrollments/" + e + "/plan/goals").then()
                .statusCode(201).extract().path("id");
    }

    private static Map<String, Object> projectBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("startDate", "2025-01-01");
        body.put("municipalities", List.of(Map.of("municipalityCode", "1783", "capacity", 17)));
        body.put("eligibility", Map.of("minAge", 18, "maxAge", 64, "minKnownAgencies", 2));
        body.put("instrumentIds", List.of("20000000-0000-0000-0000-000000000001"));
        body.put("assessmentIntervalMonths", 3);
        body.put("maxStayMonths", 12);
        body.put("extensionMonths", 6);
        body.put("goals", Map.of("workOrStudiesAtExitPct", 30, "stepForwardPct", 80));
        body.put("budgets", List.of(Map.of("year", 2026, "amountSek", 4200000)));
        return body;
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
