package se.stegvis.catalogue;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class CatalogueTest {

    @Test
    void all290MunicipalitiesAreListedWithTheirCounties() {
        Api.as(Tokens.ANNA).get("/municipalities").then()
                .statusCode(200)
                .body("$", hasSize(290))
                .body("find { it.code == '1496' }.name", equalTo("Skövde"))
                .body("find { it.code == '1496' }.countyCode", equalTo("14"))
                .body("find { it.code == '1762' }.name", equalTo("Munkfors"));
    }

    @Test
    void bipInstrumentHasElevenItemsOfWhichTheParticipantRatesNine() {
        Api.as(Tokens.ANNA).get("/instruments/20000000-0000-0000-0000-000000000001").then()
                .statusCode(200)
                .body("code", equalTo("BIP11"))
                .body("items", hasSize(11))
                .body("items.findAll { it.participantRates }", hasSize(9))
                .body("items.findAll { it.coordinatorRates }", hasSize(11))
                .body("items.findAll { it.predictsEmployment }", hasSize(7))
                .body("scale.steps", hasSize(5));
    }

    @Test
    void unknownInstrumentIsNotFound() {
        Api.as(Tokens.ANNA).get("/instruments/20000000-0000-0000-0000-0000000000ff").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void interventionCatalogueCoversAllFourCategories() {
        Api.as(Tokens.ANNA).get("/intervention-types").then()
                .statusCode(200)
                .body("category", hasItems("job_focused", "competence", "health", "social"));
    }

    @Test
    void coordinatorMayNotExtendTheCatalogue() {
        Api.as(Tokens.ANNA)
                .body("""
                        {"code":"horse_therapy","name":"Hästterapi","nameEn":"Horse therapy","category":"health",
                         "projectId":"30000000-0000-0000-0000-000000000001"}""")
                .post("/intervention-types").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void projectManagerExtendsTheirProjectsCatalogueOnce() {
        String body = """
                {"code":"horse_therapy","name":"Hästterapi","nameEn":"Horse therapy","category":"health",
                 "projectId":"30000000-0000-0000-0000-000000000001"}""";
        String id = Api.as(Tokens.MARIA).body(body).post("/intervention-types").then()
                .statusCode(201)
                .body("category", equalTo("health"))
                .extract().path("id");

        Api.as(Tokens.ANNA).queryParam("projectId", "30000000-0000-0000-0000-000000000001")
                .get("/intervention-types").then()
                .statusCode(200)
                .body("id", hasItems(id));
        Api.as(Tokens.ANNA).get("/intervention-types").then()
                .body("id", org.hamcrest.Matchers.not(hasItems(id)));
        Api.as(Tokens.MARIA).body(body).post("/intervention-types").then()
                .statusCode(409)
                .contentType("application/problem+json");
    }
}
