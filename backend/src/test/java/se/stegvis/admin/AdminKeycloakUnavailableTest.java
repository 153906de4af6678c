package se.stegvis.admin;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

/** Keycloak's admin API unreachable (a closed port): 503 problem details, quickly, never a 500 or a hang. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
@TestProfile(AdminKeycloakUnavailableTest.DeadKeycloak.class)
class AdminKeycloakUnavailableTest {

    public static class DeadKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stegvis.keycloak.admin.url", "http://127.0.0.1:9/admin/realms/stegvis",
                    "stegvis.keycloak.admin.timeout", "2s");
        }
    }

    @Test
    void listAnswers503WhenKeycloakCannotBeReached() {
        // The token comes from the real (running) Keycloak before the admin API is asked.
        var admin = Api.withToken(Tokens.user(Tokens.ADMIN));
        // A hang fails here. The bound is far above the admin client's 2 s timeout, so that only a
        // hang fails it, not a slow answer on a loaded machine.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> admin.get("/admin/users").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://stegvis.se/problems/unavailable")));
    }
}
