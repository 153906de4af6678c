package se.stegvis.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import se.stegvis.referral.Referrals;
import se.stegvis.testsupport.Tokens;

/**
 * A partner system that repeats a submission — fifty at once, or after giving up waiting — with
 * the same Idempotency-Key makes exactly one referral.
 */
@QuarkusTest
class RetriedSubmissionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void fiftyConcurrentSubmissionsWithOneKeyMakeOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String reason = Referrals.uniqueReason();
        String body = JSON.writeValueAsString(Referrals.body(reason));
        String token = Tokens.partnerAf();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.send(submission(token, key, body, Duration.ofSeconds(60)), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get(90, TimeUnit.SECONDS);
                assertEquals(201, r.statusCode(), r.body());
                ids.add(JSON.readTree(r.body()).get("id").asText());
            }
            assertEquals(1, ids.size(), "all fifty answers name the same referral");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Referrals.count("SELECT COUNT(*) FROM referral WHERE reason = ?", reason));
        assertEquals(1, Referrals.count("SELECT COUNT(*) FROM referral_event e JOIN referral r ON r.id = e.referral_id"
                + " WHERE r.reason = ?", reason), "one referral.submitted event, so one webhook");
    }

    @Test
    void aClientThatTimesOutAndRetriesMakesNoDuplicate() throws Exception {
        String token = Tokens.partnerAf();
        int timedOut = 0;
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            String reason = Referrals.uniqueReason();
            String body = JSON.writeValueAsString(Referrals.body(reason));
            // The first attempt gives up long before the server answers; the server goes on with it.
            try {
                http.send(submission(token, key, body, Duration.ofMillis(1)), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException expected) {
                timedOut++;
            }
            // Retries, as a partner system would: once right away (possibly while the first is
            // still running), once after the first has certainly finished.
            HttpResponse<String> retry = resend(submission(token, key, body, Duration.ofSeconds(60)));
            assertEquals(201, retry.statusCode(), retry.body());
            Thread.sleep(300);
            HttpResponse<String> again = resend(submission(token, key, body, Duration.ofSeconds(60)));
            assertEquals(201, again.statusCode(), again.body());
            assertEquals(JSON.readTree(retry.body()).get("id"), JSON.readTree(again.body()).get("id"));
            assertEquals(1, Referrals.count("SELECT COUNT(*) FROM referral WHERE reason = ?", reason));
        }
        assertTrue(timedOut > 0, "at least one first attempt should have timed out on the client");
    }

    /**
     * Sends again when the connection breaks, as a retrying client does: the pooled connection the
     * timed-out attempt left behind may be closed under it ("EOF reached while reading").
     */
    private HttpResponse<String> resend(HttpRequest request) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                if (e instanceof HttpTimeoutException || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static HttpRequest submission(String token, String key, String body, Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/referrals"))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
