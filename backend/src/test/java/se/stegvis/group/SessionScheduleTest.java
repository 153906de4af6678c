package se.stegvis.group;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** Sessions one at a time and from a weekly schedule (MAC: two half-days a week). */
@QuarkusTest
class SessionScheduleTest {

    private static final String TWO_MORNINGS = """
            {"fromDate": "2026-03-02", "toDate": "2026-03-29", "weekdays": ["tuesday", "thursday"],
             "partOfDay": "morning", "startTime": "09:00", "endTime": "12:00", "location": "Kulturhuset"}""";

    @Test
    void aWeeklyScheduleCreatesTwoHalfDaysAWeekAndSendingItAgainCreatesNothing() {
        String group = Groups.macGroup();
        Api.as(Tokens.ANNA).body(TWO_MORNINGS).post("/groups/" + group + "/sessions/schedule").then()
                .statusCode(201)
                // March 2026: Tuesdays 3, 10, 17, 24 and Thursdays 5, 12, 19, 26
                .body("created", hasSize(8))
                .body("created.sessionDate", contains("2026-03-03", "2026-03-05", "2026-03-10", "2026-03-12",
                        "2026-03-17", "2026-03-19", "2026-03-24", "2026-03-26"))
                .body("created.startTime", everyItem(equalTo("09:00")))
                .body("created.partOfDay", everyItem(equalTo("morning")))
                .body("skippedDates", hasSize(0));
        Api.as(Tokens.ANNA).body(TWO_MORNINGS).post("/groups/" + group + "/sessions/schedule").then()
                .statusCode(201)
                .body("created", hasSize(0))
                .body("skippedDates", hasSize(8));
        Api.as(Tokens.ANNA).get("/groups/" + group + "/sessions").then()
                .statusCode(200)
                .body("", hasSize(8))
                .body("status", everyItem(equalTo("scheduled")));
        Api.as(Tokens.ANNA).get("/groups/" + group).then().body("sessionCount", equalTo(8));
    }

    @Test
    void aScheduleIsBoundedAndWithinTheGroupsDates() {
        String group = Groups.group(Tokens.ANNA, Groups.MAC, "{\"name\": \"Lång grupp\", \"startDate\": \"2026-01-05\"}");
        Api.as(Tokens.ANNA).body("""
                {"fromDate": "2026-01-05", "toDate": "2027-12-31", "weekdays": ["monday", "tuesday", "wednesday"], "partOfDay": "morning"}""")
                .post("/groups/" + group + "/sessions/schedule").then()
                .statusCode(422)
                .body("errors.field", contains("toDate"));
        Api.as(Tokens.ANNA).body("""
                {"fromDate": "2025-12-01", "toDate": "2026-01-31", "weekdays": ["monday"], "partOfDay": "morning"}""")
                .post("/groups/" + group + "/sessions/schedule").then()
                .statusCode(422)
                .body("errors.field", contains("fromDate"));
        Api.as(Tokens.ANNA).body("""
                {"fromDate": "2026-02-01", "toDate": "2026-01-31", "weekdays": ["monday"], "startTime": "09:00"}""")
                .post("/groups/" + group + "/sessions/schedule").then()
                .statusCode(422)
                .body("errors.field", contains("toDate"));
        Api.as(Tokens.ANNA).body("""
                {"fromDate": "2026-02-01", "toDate": "2026-02-28", "weekdays": ["monday"]}""")
                .post("/groups/" + group + "/sessions/schedule").then()
                .statusCode(422)
                .body("errors.field", contains("startTime"));
    }

    @Test
    void aSessionWithALectureNamesThePartner() {
        String group = Groups.macGroup();
        Api.as(Tokens.ANNA).body("""
                {"sessionDate": "2026-03-03", "startTime": "13:00", "endTime": "15:30", "topic": "Sjukpenning och aktivitetsersättning",
                 "partnerOrganisationId": "40000000-0000-0000-0000-000000000003", "lecturer": "Handläggare från FK"}""")
                .post("/groups/" + group + "/sessions").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("partnerOrganisationName", equalTo("Försäkringskassan"))
                .body("startTime", equalTo("13:00"))
                .body("endTime", equalTo("15:30"))
                .body("status", equalTo("scheduled"))
                .body("attendanceRecorded", equalTo(false));
        Api.as(Tokens.ANNA).body("""
                {"sessionDate": "2027-03-03", "startTime": "13:00", "endTime": "12:00",
                 "partnerOrganisationId": "40000000-0000-0000-0000-0000000000ff"}""")
                .post("/groups/" + group + "/sessions").then()
                .statusCode(422)
                .body("errors.field", contains("endTime", "sessionDate", "partnerOrganisationId"));
    }
}
