package se.stegvis.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.stegvis.referral.Referrals;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Drives webhooks as a partner's system would: a client-credentials token, a receiver of its own
 * (here on 127.0.0.1), an idempotent submission, and the signed event — first refused with 500,
 * then retried and acknowledged.
 */
@QuarkusTest
@TestProfile(FastRetries.class)
class WebhookDeliveryTest {

    record Received(String eventId, String timestamp, String signature, String body) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/events", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Stegvis-Event-Id"),
                    exchange.getRequestHeaders().getFirst("Stegvis-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Stegvis-Signature"), new String(body, StandardCharsets.UTF_8)));
            // The partner is down the first time.
            int status = calls.incrementAndGet() == 1 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void signedEventIsRetriedUntilThePartnerAcknowledgesIt() throws Exception {
        String token = Tokens.partnerAf();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events";
        Response created = register(token, url);
        created.then().statusCode(201)
                .body("url", equalTo(url))
                .body("secret", matchesPattern("[0-9a-f]{64}"));
        String subscription = created.path("id");
        String secret = created.path("secret");
        Api.withToken(token).get("/webhook-subscriptions").then().statusCode(200)
                .body("id", hasItem(subscription))
                .body("[0].secret", nullValue());

        // Submitted twice with one key (a retry after a lost answer): one referral, one event.
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Referrals.body(Referrals.uniqueReason());
        String referral = Api.withToken(token).header("Idempotency-Key", key).body(body).post("/referrals")
                .then().statusCode(201).extract().path("id");
        Api.withToken(token).header("Idempotency-Key", key).body(body).post("/referrals")
                .then().statusCode(201).body("id", equalTo(referral));

        // First attempt answered 500, the retry (after about a second) 204.
        long deadline = System.currentTimeMillis() + 30_000;
        while (received.size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(2, received.size(), "expected the first attempt and one retry");
        Received first = received.get(0);
        Received retry = received.get(1);
        assertEquals(first.eventId(), retry.eventId());

        for (Received r : received) {
            String expected = "v1=" + hmac(secret, r.timestamp() + "." + r.body());
            assertEquals(expected, r.signature());
            long age = System.currentTimeMillis() / 1000 - Long.parseLong(r.timestamp());
            assertTrue(age >= 0 && age < 300, "timestamp within five minutes");
            JsonNode event = new ObjectMapper().readTree(r.body());
            assertEquals("referral.submitted", event.get("type").asText());
            assertEquals(referral, event.get("referralId").asText());
            assertEquals("submitted", event.get("status").asText());
            assertEquals(r.eventId(), event.get("id").asText());
            assertEquals("partner system partner-af", event.get("actor").asText());
        }

        // The delivery with both attempts, as the partner sees it.
        deadline = System.currentTimeMillis() + 10_000;
        Response deliveries;
        do {
            deliveries = Api.withToken(token).get("/webhook-subscriptions/" + subscription + "/deliveries");
            deliveries.then().statusCode(200);
            if ("delivered".equals(deliveries.path("[0].state"))) {
                break;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        deliveries.then()
                .body("size()", equalTo(1))
                .body("[0].event.id", equalTo(first.eventId()))
                .body("[0].event.type", equalTo("referral.submitted"))
                .body("[0].state", equalTo("delivered"))
                .body("[0].attempts.statusCode", contains(500, 204))
                .body("[0].attempts[0].at", notNullValue());

        // Another agency's system knows nothing of this subscription.
        Api.withToken(Tokens.partnerFk()).get("/webhook-subscriptions/" + subscription + "/deliveries").then().statusCode(404);
        Api.withToken(Tokens.partnerFk()).get("/webhook-subscriptions").then().statusCode(200)
                .body("id", not(hasItem(subscription)));

        Api.withToken(token).delete("/webhook-subscriptions/" + subscription).then().statusCode(204);
        Api.withToken(token).get("/webhook-subscriptions").then().statusCode(200).body("id", not(hasItem(subscription)));
    }

    @Test
    void everyStatusChangeUpToTheExitIsDelivered() throws Exception {
        String token = Tokens.partnerAf();
        Response registered = register(token, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events");
        String secret = registered.path("secret");
        Response submitted = Referrals.submit(Api.withToken(token), Referrals.body(Referrals.uniqueReason()));
        String id = submitted.path("id");
        Response screened = Referrals.screen(Api.as(Tokens.MARIA), id, submitted.header("ETag"));
        Response decided = Referrals.decide(Api.as(Tokens.MARIA), id, screened.header("ETag"), Referrals.accepted());
        String enrollment = Api.as(Tokens.MARIA).header("If-Match", decided.header("ETag"))
                .body(Map.of("startDate", Referrals.today().toString(), "coordinatorUserId", Tokens.ANNA_ID))
                .post("/referrals/" + id + "/enrollment").then().statusCode(201).extract().path("id");
        String etag = Api.as(Tokens.MARIA).get("/enrollments/" + enrollment).header("ETag");
        Api.as(Tokens.MARIA).header("If-Match", etag)
                .body(Map.of("exitDate", Referrals.today().toString(), "outcome", "moved",
                        "susExit", Map.of("employmentStatus", "none", "incomeSources", List.of("none"))))
                .post("/enrollments/" + enrollment + "/exit").then().statusCode(200);

        Set<String> expected = Set.of("referral.submitted", "referral.screened", "referral.accepted", "referral.enrolled",
                "referral.exited");
        ObjectMapper mapper = new ObjectMapper();
        long deadline = System.currentTimeMillis() + 30_000;
        Set<String> types = new HashSet<>();
        while (!types.containsAll(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            types.clear();
            for (Received r : received) {
                JsonNode event = mapper.readTree(r.body());
                if (event.get("referralId").asText().equals(id)) {
                    assertEquals("v1=" + hmac(secret, r.timestamp() + "." + r.body()), r.signature());
                    types.add(event.get("type").asText());
                }
            }
        }
        assertEquals(expected, types);
        Api.withToken(token).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("enrolled"))
                .body("history.type", contains("referral.submitted", "referral.screened", "referral.accepted",
                        "referral.enrolled", "referral.exited"));
        Api.withToken(token).get("/referrals/" + id + "/exit-summary").then().statusCode(200)
                .body("outcome", equalTo("moved"));
        Api.withToken(token).delete("/webhook-subscriptions/" + registered.path("id")).then().statusCode(204);
    }

    @Test
    void plainHttpIsAcceptedOnlyToLoopback() {
        String token = Tokens.partnerAf();
        register(token, "http://partner.example.se/events").then().statusCode(422).body("errors.field", contains("url"));
        register(token, "ftp://partner.example.se/events").then().statusCode(422).body("errors.field", contains("url"));
        register(token, "http://localhost.example.se/events").then().statusCode(422).body("errors.field", contains("url"));
        String id = register(token, "https://partner.example.se/events").then().statusCode(201).extract().path("id");
        Api.withToken(token).delete("/webhook-subscriptions/" + id).then().statusCode(204);
    }

    /**
     * createWebhookSubscription without the contract filter: the filter checks each part of the
     * response's {@code allOf} with additionalProperties forbidden, so it refuses the {@code secret}
     * that the second part adds (a contract issue, reported). The body is checked here instead.
     */
    private static Response register(String token, String url) {
        Response r = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).basePath("/api/v1")
                .body(Map.of("url", url)).post("/webhook-subscriptions");
        if (r.statusCode() == 201) {
            r.then().header("Location", containsString("/api/v1/webhook-subscriptions/"))
                    .body("id", notNullValue()).body("createdAt", notNullValue()).body("url", equalTo(url));
        }
        return r;
    }

    private static String hmac(String secret, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
