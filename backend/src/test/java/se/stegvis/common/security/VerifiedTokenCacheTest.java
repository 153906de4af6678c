package se.stegvis.common.security;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * A verified token is remembered until it expires, but only that exact token: a changed one is
 * verified in full (and refused), and a remembered identity keeps the caller's name and roles.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aVerifiedTokenIsRememberedAndAChangedOneIsNot() {
        String token = Tokens.user(Tokens.SARA);
        Api.withToken(token).get("/me").then().statusCode(200);
        Assertions.assertTrue(cache.remembers(token), "the verified token is remembered");
        String changed = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        Api.withToken(changed).get("/me").then().statusCode(401);
        Assertions.assertFalse(cache.remembers(changed), "a refused token is not");
    }

    @Test
    void aRememberedTokenStillIdentifiesItsCallerWithTheirRoles() {
        String token = Tokens.user(Tokens.ANNA);
        for (int i = 0; i < 3; i++) {
            Api.withToken(token).get("/me").then().statusCode(200).body("username", equalTo("anna"));
        }
        // Anna is a coordinator, not an admin: the remembered identity keeps exactly her roles.
        Api.withToken(token).get("/caseload").then().statusCode(200);
        Api.withToken(token).get("/admin/users").then().statusCode(403);
    }

    @Test
    void aTokenChangedAfterARememberedOneIsRefused() {
        String token = Tokens.user(Tokens.ERIK);
        Api.withToken(token).get("/me").then().statusCode(200);
        String[] parts = token.split("\\.");
        // Same header and signature, a payload that claims something else: the signature no longer matches.
        String payload = parts[1].substring(0, parts[1].length() - 2) + (parts[1].endsWith("A") ? "BB" : "AA");
        Api.withToken(parts[0] + "." + payload + "." + parts[2]).get("/me").then().statusCode(401);
        String signature = parts[2].substring(0, parts[2].length() - 4) + (parts[2].endsWith("AAAA") ? "BBBB" : "AAAA");
        Api.withToken(parts[0] + "." + parts[1] + "." + signature).get("/me").then().statusCode(401);
        Api.withToken(token).get("/me").then().statusCode(200);
    }

    @Test
    void aRememberedTokenIsAnsweredFromTheCacheNotVerifiedAgain() {
        String token = Tokens.user(Tokens.MARIA);
        Api.withToken(token).get("/me").then().statusCode(200);
        long before = cache.hits();
        for (int i = 0; i < 3; i++) {
            Api.withToken(token).get("/me").then().statusCode(200).body("username", equalTo("maria"));
        }
        // The cache must be asked before the OIDC provider (a higher priority): it answered all three.
        Assertions.assertTrue(cache.hits() - before >= 3, "requests answered from the cache: " + (cache.hits() - before));
    }

    @Test
    void aRequestWithoutAValidTokenIsStillChallengedForABearerToken() {
        // The remembered-token mechanism runs first and passes on anything it does not remember;
        // the OIDC mechanism must still answer the challenge.
        io.restassured.RestAssured.given().basePath("/api/v1").get("/me").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        Api.withToken("not-a-token").get("/me").then().statusCode(401);
    }
}
