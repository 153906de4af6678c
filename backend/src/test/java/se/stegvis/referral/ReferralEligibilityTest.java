package se.stegvis.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.stegvis.referral.Referrals.anonymousBody;
import static se.stegvis.referral.Referrals.submit;
import static se.stegvis.referral.Referrals.today;
import static se.stegvis.referral.Referrals.uniqueReason;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Cresco+ takes ages 18–64 and asks that at least two partner agencies know the person. */
@QuarkusTest
class ReferralEligibilityTest {

    @Test
    void seventeenYearOldKnownToOneAgencyFailsAgeAndKnownAgenciesForCresco() {
        int birthYear = today().getYear() - 17;
        String id = submit(Api.as(Tokens.LARS), anonymousBody(uniqueReason(), birthYear, List.of(Referrals.AF)))
                .then().statusCode(201).extract().path("id");

        Api.as(Tokens.MARIA).get("/referrals/" + id).then().statusCode(200)
                .body("person.anonymous", equalTo(true))
                .body("person.birthYear", equalTo(birthYear))
                .body("eligibility.rule", contains("age", "known_agencies", "municipality_served", "consent"))
                .body("eligibility.passed", contains(false, false, true, true))
                .body("eligibility[0].detail", containsString("Age 17; the project takes ages 18–64"))
                .body("eligibility[1].detail", containsString("1 partner agencies know the person; the project asks for at least 2"))
                .body("eligibility[2].detail", containsString("1496"));
    }

    @Test
    void thirtyYearOldKnownToTwoAgenciesPassesEveryRule() {
        String id = submit(Api.as(Tokens.LARS), anonymousBody(uniqueReason(), today().getYear() - 30,
                List.of(Referrals.AF, Referrals.FK))).then().statusCode(201).extract().path("id");

        // The referrer sees the same screening as the project.
        Api.as(Tokens.LARS).get("/referrals/" + id).then().statusCode(200)
                .body("eligibility.passed", contains(true, true, true, true))
                .body("eligibility[0].detail", containsString("Age 30"))
                .body("eligibility[1].detail", containsString("2 partner agencies know the person; the project asks for at least 2"));
    }

    @Test
    void municipalityNotServedAndMissingBirthYearAreRefused() {
        var body = anonymousBody(uniqueReason(), 1990, List.of(Referrals.AF));
        body.put("municipalityCode", "1783"); // Hagfors: REBUS, not Cresco+
        submit(Api.as(Tokens.LARS), body).then().statusCode(422)
                .body("errors.field", contains("municipalityCode"));

        var anonymous = Referrals.body(uniqueReason());
        anonymous.put("person", java.util.Map.of("sex", "female"));
        submit(Api.as(Tokens.LARS), anonymous).then().statusCode(422)
                .body("errors.field", contains("person.birthYear"));
    }
}
