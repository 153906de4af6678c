package se.stegvis.enrollment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static se.stegvis.enrollment.EnrollmentFixtures.CRESCO;
import static se.stegvis.enrollment.EnrollmentFixtures.HAGFORS;
import static se.stegvis.enrollment.EnrollmentFixtures.LIDKOPING;
import static se.stegvis.enrollment.EnrollmentFixtures.MAC;
import static se.stegvis.enrollment.EnrollmentFixtures.REBUS;
import static se.stegvis.enrollment.EnrollmentFixtures.SKOVDE;
import static se.stegvis.enrollment.EnrollmentFixtures.create;
import static se.stegvis.enrollment.EnrollmentFixtures.createBody;
import static se.stegvis.enrollment.EnrollmentFixtures.enroll;
import static se.stegvis.enrollment.EnrollmentFixtures.participant;
import static se.stegvis.enrollment.EnrollmentFixtures.participantAged;
import static se.stegvis.enrollment.EnrollmentFixtures.today;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Tokens;

@QuarkusTest
class EnrollmentRulesTest {

    @Test
    void secondOpenEnrollmentInTheSameProjectIsAConflict() {
        String p = participant(Tokens.ANNA_ID, today().getYear() - 40);
        enroll(Tokens.ANNA, p, CRESCO, SKOVDE, today());

        create(Tokens.ANNA, createBody(p, CRESCO, SKOVDE, today())).then()
                .statusCode(409)
                .body("type", endsWith("/open-enrollment-exists"));
        // Another project at the same time is fine.
        create(Tokens.ANNA, createBody(p, MAC, SKOVDE, today())).then().statusCode(201);
    }

    @Test
    void ages18And64AreAccepted() {
        LocalDate start = today();
        create(Tokens.ANNA, createBody(participantAged(Tokens.ANNA_ID, 18, start), CRESCO, SKOVDE, start)).then().statusCode(201);
        create(Tokens.ANNA, createBody(participantAged(Tokens.ANNA_ID, 64, start), CRESCO, SKOVDE, start)).then().statusCode(201);
    }

    @Test
    void ages17And65AreRefused() {
        LocalDate start = today();
        create(Tokens.ANNA, createBody(participantAged(Tokens.ANNA_ID, 17, start), CRESCO, SKOVDE, start)).then()
                .statusCode(422)
                .body("errors.field", contains("participantId"))
                .body("errors[0].message", endsWith("outside the project's age range 18–64"));
        create(Tokens.ANNA, createBody(participantAged(Tokens.ANNA_ID, 65, start), CRESCO, SKOVDE, start)).then()
                .statusCode(422)
                .body("errors.field", contains("participantId"));
    }

    @Test
    void plannedEndBeforeStartIsRefused() {
        LocalDate start = today();
        String p = participant(Tokens.ANNA_ID, start.getYear() - 40);
        String body = createBody(p, CRESCO, SKOVDE, start).replace("\"startDate\"",
                "\"plannedEndDate\":\"" + start.minusDays(1) + "\",\"startDate\"");

        create(Tokens.ANNA, body).then()
                .statusCode(422)
                .body("errors.field", contains("plannedEndDate"));
    }

    @Test
    void plannedEndWithinTheMaximumStayIsAccepted() {
        LocalDate start = today();
        String p = participant(Tokens.ANNA_ID, start.getYear() - 40);
        String body = createBody(p, CRESCO, SKOVDE, start).replace("\"startDate\"",
                "\"plannedEndDate\":\"" + start.plusMonths(6) + "\",\"startDate\"");

        create(Tokens.ANNA, body).then()
                .statusCode(201)
                .body("plannedEndDate", equalTo(start.plusMonths(6).toString()));
        String tooLong = createBody(participant(Tokens.ANNA_ID, start.getYear() - 40), CRESCO, SKOVDE, start)
                .replace("\"startDate\"", "\"plannedEndDate\":\"" + start.plusMonths(12).plusDays(1) + "\",\"startDate\"");
        create(Tokens.ANNA, tooLong).then()
                .statusCode(422)
                .body("errors.field", contains("plannedEndDate"));
    }

    @Test
    void startMoreThanAYearAheadIsRefused() {
        String p = participant(Tokens.ANNA_ID, today().getYear() - 40);
        create(Tokens.ANNA, createBody(p, CRESCO, SKOVDE, today().plusMonths(12).plusDays(1))).then()
                .statusCode(422)
                .body("errors.field", contains("startDate"));
        create(Tokens.ANNA, createBody(p, CRESCO, SKOVDE, today().plusMonths(12))).then()
                .statusCode(201);
    }

    @Test
    void municipalityTheProjectDoesNotServeIsRefused() {
        String p = participant(Tokens.ANNA_ID, today().getYear() - 40);
        // Cresco+ works in Skaraborg, not in Hagfors.
        create(Tokens.ANNA, createBody(p, CRESCO, HAGFORS, today())).then()
                .statusCode(422)
                .body("errors.field", contains("municipalityCode"));
    }

    @Test
    void municipalityOutsideTheCallersAssignmentsIsRefused() {
        String p = participant(Tokens.ANNA_ID, today().getYear() - 40);
        // Anna works in Cresco+ in Skövde and Falköping, not Lidköping.
        create(Tokens.ANNA, createBody(p, CRESCO, LIDKOPING, today())).then()
                .statusCode(422)
                .body("errors.field", contains("municipalityCode"));
    }

    @Test
    void projectOutsideTheCallersAssignmentsIsNotFound() {
        String p = participant(Tokens.ANNA_ID, today().getYear() - 40);
        // Anna has no part in REBUS.
        create(Tokens.ANNA, createBody(p, REBUS, HAGFORS, today())).then()
                .statusCode(404)
                .body("type", endsWith("/not-found"));
    }
}
