package se.stegvis.participant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class ParticipantUpdateTest {

    @Test
    void updateWithTheCurrentETagChangesTheParticipantAndTheVersion() {
        UUID id = People.create(Tokens.ANNA, "Kim", People.uniqueName("Upd"));
        String etag = Api.as(Tokens.ANNA).get("/participants/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"0\"")).extract().header("ETag");

        Api.as(Tokens.ANNA).header("If-Match", etag)
                .body(Map.of("firstName", "Kimberly", "lastName", "Ny", "sex", "female", "education", "post_secondary_short",
                        "interpreterNeeded", true, "interpreterLanguage", "arabiska"))
                .put("/participants/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("firstName", equalTo("Kimberly"))
                .body("sex", equalTo("female"))
                .body("education", equalTo("post_secondary_short"))
                .body("interpreterLanguage", equalTo("arabiska"));

        // A nullable field left out is cleared; non-nullable ones left out keep their value.
        Api.as(Tokens.ANNA).header("If-Match", "\"1\"").body(Map.of("sex", "female", "lastName", "Ny"))
                .put("/participants/" + id).then()
                .statusCode(200)
                .body("firstName", nullValue())
                .body("education", equalTo("post_secondary_short"))
                .body("interpreterNeeded", equalTo(true))
                .body("version", equalTo(2));
    }

    @Test
    void staleETagIsRefusedWith412() {
        UUID id = People.create(Tokens.ANNA, "Kim", People.uniqueName("Upd"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Map.of("sex", "male")).put("/participants/" + id)
                .then().statusCode(200);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Map.of("sex", "female")).put("/participants/" + id).then()
                .statusCode(412)
                .contentType("application/problem+json");
        Api.as(Tokens.ANNA).get("/participants/" + id).then().body("sex", equalTo("male"));
    }

    @Test
    void missingIfMatchIsRefusedWith428() {
        UUID id = People.create(Tokens.ANNA, "Kim", People.uniqueName("Upd"));
        Api.as(Tokens.ANNA).body(Map.of("sex", "male")).put("/participants/" + id).then()
                .statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void theNumberDecidesTheBirthYearAndProtectionNeedsAnAnonymousRecord() {
        String number = People.number(1975, 5, 5, 321);
        String id = Api.as(Tokens.ANNA).body(Map.of("identityNumber", number, "lastName", People.uniqueName("Upd")))
                .post("/participants").then().statusCode(201).extract().path("id");
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Map.of("sex", "male", "birthYear", 1976))
                .put("/participants/" + id).then()
                .statusCode(422)
                .body("errors.field", hasItem("birthYear"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Map.of("sex", "male", "protectedIdentity", true))
                .put("/participants/" + id).then()
                .statusCode(422)
                .body("errors.field", hasItem("protectedIdentity"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Map.of("sex", "male"))
                .put("/participants/" + id).then()
                .statusCode(200)
                .body("birthYear", equalTo(1975));
    }

    @Test
    void anonymousParticipantKeepsNeedingABirthYear() {
        UUID id = People.createAnonymous(Tokens.ANNA, "Kim", People.uniqueName("Upd"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Map.of("sex", "female"))
                .put("/participants/" + id).then()
                .statusCode(422)
                .body("errors.field", hasItem("birthYear"));
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Map.of("sex", "female", "birthYear", 1991, "protectedIdentity", true))
                .put("/participants/" + id).then()
                .statusCode(200)
                .body("birthYear", equalTo(1991))
                .body("protectedIdentity", equalTo(true));
    }

    @Test
    void unknownParticipantIsNotFound() {
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(Map.of("sex", "male"))
                .put("/participants/" + UUID.randomUUID()).then()
                .statusCode(404);
    }
}
