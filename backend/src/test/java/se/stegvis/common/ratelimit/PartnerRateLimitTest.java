package se.stegvis.common.ratelimit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Partner callers draw from a bucket of their own (machine clients per client id, caseworkers per
 * user); an empty bucket answers 429 with Retry-After. Staff are never limited.
 */
@QuarkusTest
@TestProfile(PartnerRateLimitTest.SmallBuckets.class)
class PartnerRateLimitTest {

    public static class SmallBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stegvis.rate-limit.enabled", "true",
                    "stegvis.rate-limit.partner.capacity", "5",
                    "stegvis.rate-limit.partner.refill-per-minute", "1");
        }
    }

    @Test
    void aPartnerClientGetsTooManyRequestsAfterItsCapacityAndAnotherClientIsNotAffected() {
        String af = Tokens.partnerAf();
        for (int i = 0; i < 5; i++) {
            Api.withToken(af).get("/projects").then().statusCode(200);
        }
        Response refused = Api.withToken(af).get("/projects");
        refused.then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://stegvis.se/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/projects"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);

        Api.withToken(Tokens.partnerFk()).get("/projects").then().statusCode(200);
    }

    @Test
    void aPartnerCaseworkerIsLimitedPerUser() {
        for (int i = 0; i < 5; i++) {
            Api.as(Tokens.LARS).get("/projects").then().statusCode(200);
        }
        Api.as(Tokens.LARS).get("/projects").then().statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThan(0));
    }

    @Test
    void aCoordinatorIsNeverLimited() {
        for (int i = 0; i < 10; i++) {
            Api.as(Tokens.ANNA).get("/projects").then().statusCode(200);
        }
    }

    @Test
    void callersWithoutAValidTokenStillGetUnauthorized() {
        Api.anonymous().get("/projects").then().statusCode(401);
        Api.withToken("not-a-token").get("/projects").then().statusCode(401);
    }
}
