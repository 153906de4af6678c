package se.stegvis.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** A project's own survey, defined without code, versioned by its code. */
@QuarkusTest
class InstrumentDefinitionTest {

    private static String survey(String code) {
        return """
                {"code": "%s", "name": "Tidaholm mående", "nameEn": "Tidaholm well-being", "purpose": "wellbeing",
                 "scale": {"min": 1, "max": 3, "steps": [
                   {"value": 1, "label": "Dåligt", "labelEn": "Poor"},
                   {"value": 2, "label": "Varken eller", "labelEn": "Neither"},
                   {"value": 3, "label": "Bra", "labelEn": "Good"}]},
                 "items": [
                   {"key": "mood", "label": "Hur mår du?", "labelEn": "How do you feel?"},
                   {"key": "activity", "label": "Hur aktiv är du?", "labelEn": "How active are you?", "coordinatorRates": true}]}"""
                .formatted(code);
    }

    @Test
    void aProjectManagerDefinesAnInstrumentAndANewDefinitionOfTheSameCodeIsTheNextVersion() {
        String code = "TIDAHOLM_" + (System.nanoTime() % 100000);
        String id = Api.as(Tokens.MARIA).body(survey(code)).post("/instruments").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("instruments/"))
                .body("code", equalTo(code))
                .body("version", equalTo(1))
                .body("purpose", equalTo("wellbeing"))
                .body("scale.steps.label", contains("Dåligt", "Varken eller", "Bra"))
                .body("items.key", contains("mood", "activity"))
                .body("items.position", contains(1, 2))
                .body("items.participantRates", contains(true, true))
                .body("items.coordinatorRates", contains(false, true))
                .extract().path("id");
        Api.as(Tokens.ANNA).get("/instruments/" + id).then().statusCode(200).body("name", equalTo("Tidaholm mående"));
        Api.as(Tokens.ADMIN).body(survey(code)).post("/instruments").then()
                .statusCode(201)
                .body("version", equalTo(2));
        Api.as(Tokens.ANNA).get("/instruments").then().body("id", hasItem(id));
    }

    @Test
    void theScaleNeedsOneLabelPerValueAndItemKeysAreUnique() {
        Api.as(Tokens.MARIA).body("""
                {"code": "BROKEN", "name": "Trasig", "nameEn": "Broken", "purpose": "wellbeing",
                 "scale": {"min": 1, "max": 4, "steps": [
                   {"value": 1, "label": "Ett", "labelEn": "One"}, {"value": 2, "label": "Två", "labelEn": "Two"}]},
                 "items": [
                   {"key": "mood", "label": "A", "labelEn": "A"},
                   {"key": "mood", "label": "B", "labelEn": "B", "participantRates": false}]}""")
                .post("/instruments").then()
                .statusCode(422)
                .body("errors.field", contains("scale.steps", "items[1].key", "items[1].participantRates"));
    }

    @Test
    void coordinatorsAndAnalystsMayNotDefineInstruments() {
        Api.as(Tokens.ANNA).body(survey("NOPE")).post("/instruments").then().statusCode(403);
        Api.as(Tokens.SARA).body(survey("NOPE")).post("/instruments").then().statusCode(403);
    }
}
