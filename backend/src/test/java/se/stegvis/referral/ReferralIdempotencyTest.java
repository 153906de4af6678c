package se.stegvis.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.stegvis.referral.Referrals.body;
import static se.stegvis.referral.Referrals.count;
import static se.stegvis.referral.Referrals.submit;
import static se.stegvis.referral.Referrals.uniqueReason;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class ReferralIdempotencyTest {

    @Test
    void sameKeyAndBodyTwiceReturnsTheFirstReferral() {
        String key = UUID.randomUUID().toString();
        String reason = uniqueReason();
        Map<String, Object> body = body(reason);
        String first = Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(body).post("/referrals")
                .then().statusCode(201).extract().path("id");
        String second = Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(body).post("/referrals")
                .then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        assertEquals(1, count("SELECT COUNT(*) FROM referral WHERE reason = ?", reason));
        assertEquals(1, count("SELECT COUNT(*) FROM referral_event WHERE referral_id = ?", first));
    }

    @Test
    void theSameBodyWithItsPropertiesInAnotherOrderIsTheSameRequest() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(uniqueReason());
        Map<String, Object> reordered = new java.util.LinkedHashMap<>();
        body.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach(k -> reordered.put(k, body.get(k)));
        String first = Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(body).post("/referrals")
                .then().statusCode(201).extract().path("id");
        Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(reordered).post("/referrals")
                .then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo(first));
    }

    @Test
    void theSameIdentityNumberWrittenWithoutItsDashIsTheSameRequest() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(uniqueReason());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = new java.util.HashMap<>((Map<String, Object>) body.get("person"));
        Map<String, Object> undashed = new java.util.HashMap<>(body);
        person.put("identityNumber", ((String) person.get("identityNumber")).replace("-", ""));
        undashed.put("person", person);
        String first = Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(body).post("/referrals")
                .then().statusCode(201).extract().path("id");
        Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(undashed).post("/referrals")
                .then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo(first));
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(uniqueReason());
        Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(body).post("/referrals")
                .then().statusCode(201);
        Map<String, Object> other = body(uniqueReason());
        Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(other).post("/referrals")
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.contains("Idempotency-Key"));
        assertEquals(0, count("SELECT COUNT(*) FROM referral WHERE reason = ?", (String) other.get("reason")));
    }

    @Test
    void keysAreScopedToTheOrganisation() {
        String key = UUID.randomUUID().toString();
        String af = Api.withToken(Tokens.partnerAf()).header("Idempotency-Key", key).body(body(uniqueReason()))
                .post("/referrals").then().statusCode(201).extract().path("id");
        String fk = Api.withToken(Tokens.partnerFk()).header("Idempotency-Key", key).body(body(uniqueReason()))
                .post("/referrals").then().statusCode(201).extract().path("id");
        assertEquals(false, af.equals(fk));
    }

    @Test
    void twentyParallelSubmissionsWithOneKeyMakeExactlyOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String reason = uniqueReason();
        String json = new ObjectMapper().writeValueAsString(body(reason));
        String token = Tokens.partnerAf();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/referrals");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            ObjectMapper mapper = new ObjectMapper();
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertEquals(201, r.statusCode(), r.body());
                JsonNode node = mapper.readTree(r.body());
                ids.add(node.get("id").asText());
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM referral WHERE reason = ?", reason));
    }
}
