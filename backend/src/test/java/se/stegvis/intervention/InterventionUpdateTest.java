package se.stegvis.intervention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.stegvis.intervention.Interventions.PHYSIOTHERAPY;
import static se.stegvis.intervention.Interventions.WORK_TRAINING;
import static se.stegvis.intervention.Interventions.body;
import static se.stegvis.intervention.Interventions.q;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class InterventionUpdateTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final String COMPLETED = body(WORK_TRAINING, "2026-03-02", "completed", "endDate", q("2026-05-29"),
            "hoursPerWeek", "20");

    @Test
    void updateWithTheCurrentEtagChangesTheInterventionAndItsVersion() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String id = create(e);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(COMPLETED)
                .put("/interventions/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("completed"))
                .body("endDate", equalTo("2026-05-29"))
                .body("hoursPerWeek", equalTo(20))
                .body("typeName", equalTo("Arbetsträning"))
                .body("version", equalTo(1));
        Api.as(Tokens.ANNA).get("/interventions/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("completed"));
    }

    @Test
    void staleEtagAnswers412AndChangesNothing() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String id = create(e);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(body(WORK_TRAINING, "2026-03-02", "paused"))
                .put("/interventions/" + id).then().statusCode(200);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(COMPLETED)
                .put("/interventions/" + id).then()
                .statusCode(412)
                .contentType("application/problem+json");
        Api.as(Tokens.ANNA).get("/interventions/" + id).then()
                .body("status", equalTo("paused"))
                .body("version", equalTo(1));
    }

    @Test
    void missingEtagAnswers428() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String id = create(e);
        Api.as(Tokens.ANNA).body(COMPLETED).put("/interventions/" + id).then()
                .statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void updateFollowsTheSameRulesAsCreate() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String id = create(e);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"")
                .body(body(WORK_TRAINING, "2026-03-02", "completed", "endDate", q("2026-03-01")))
                .put("/interventions/" + id).then()
                .statusCode(422)
                .body("errors.field", contains("endDate"));
        // another type of the catalogue may be chosen
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(body(PHYSIOTHERAPY, "2026-03-02", "ongoing"))
                .put("/interventions/" + id).then()
                .statusCode(200)
                .body("typeName", equalTo("Fysioterapi"))
                .body("category", equalTo("health"));
    }

    @Test
    void anInterventionOfAnExitedEnrollmentCannotChange() {
        TestEnrollments.Enrollment e = TestEnrollments.open(START);
        String id = create(e);
        TestEnrollments.exit(e.id());
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(COMPLETED)
                .put("/interventions/" + id).then()
                .statusCode(409)
                .contentType("application/problem+json");
        // still readable
        Api.as(Tokens.ANNA).get("/interventions/" + id).then()
                .statusCode(200)
                .body("status", equalTo("ongoing"));
    }

    @Test
    void unknownInterventionIsNotFound() {
        Api.as(Tokens.ANNA).get("/interventions/70000000-0000-0000-0000-0000000000ff").then().statusCode(404);
        Api.as(Tokens.ANNA).header("If-Match", "\"0\"").body(COMPLETED)
                .put("/interventions/70000000-0000-0000-0000-0000000000ff").then().statusCode(404);
    }

    private static String create(TestEnrollments.Enrollment e) {
        return Api.as(Tokens.ANNA).body(body(WORK_TRAINING, "2026-03-02", "ongoing", "hoursPerWeek", "15"))
                .post("/enrollments/" + e + "/interventions").then()
                .statusCode(201).extract().path("id");
    }
}
