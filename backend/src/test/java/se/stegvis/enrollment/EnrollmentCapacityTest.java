package se.stegvis.enrollment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static se.stegvis.enrollment.EnrollmentFixtures.MUNKFORS;
import static se.stegvis.enrollment.EnrollmentFixtures.REBUS;
import static se.stegvis.enrollment.EnrollmentFixtures.create;
import static se.stegvis.enrollment.EnrollmentFixtures.createBody;
import static se.stegvis.enrollment.EnrollmentFixtures.enroll;
import static se.stegvis.enrollment.EnrollmentFixtures.openEnrollments;
import static se.stegvis.enrollment.EnrollmentFixtures.participant;
import static se.stegvis.enrollment.EnrollmentFixtures.today;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Tokens;

/** REBUS has six places in Munkfors (1762). */
@QuarkusTest
class EnrollmentCapacityTest {

    private static final int MUNKFORS_CAPACITY = 6;

    @Test
    void fullMunicipalityRefusesACoordinatorAndAcceptsAProjectManagerWithAReason() {
        LocalDate start = today();
        int year = start.getYear() - 40;
        for (int i = openEnrollments(REBUS, MUNKFORS); i < MUNKFORS_CAPACITY; i++) {
            enroll(Tokens.ERIK, participant(Tokens.ERIK_ID, year), REBUS, MUNKFORS, start);
        }

        String seventh = participant(Tokens.ERIK_ID, year);
        create(Tokens.ERIK, createBody(seventh, REBUS, MUNKFORS, start)).then()
                .statusCode(409)
                .body("type", endsWith("/capacity-exceeded"));
        // A coordinator's reason does not help: only the project manager may go beyond capacity.
        create(Tokens.ERIK, withReason(createBody(seventh, REBUS, MUNKFORS, start), "Akut behov")).then()
                .statusCode(409)
                .body("type", endsWith("/capacity-exceeded"))
                .body("detail", containsString("only the project's manager"));

        String mariasOwn = participant(Tokens.MARIA_ID, year);
        String byMaria = createBody(mariasOwn, REBUS, MUNKFORS, start).replace("\"startDate\"",
                "\"coordinatorUserId\":\"" + Tokens.ERIK_ID + "\",\"startDate\"");
        create(Tokens.MARIA, byMaria).then()
                .statusCode(409)
                .body("type", endsWith("/capacity-exceeded"));
        create(Tokens.MARIA, withReason(byMaria, "Beslutat i beredningsgruppen")).then()
                .statusCode(201)
                .body("capacityOverrideReason", equalTo("Beslutat i beredningsgruppen"))
                .body("coordinator.name", equalTo("Erik Sandberg"));
    }

    @Test
    void freePlaceNeedsNoReason() {
        // Hagfors has 17 places; this class never fills it.
        String p = participant(Tokens.ERIK_ID, today().getYear() - 40);
        create(Tokens.ERIK, createBody(p, REBUS, EnrollmentFixtures.HAGFORS, today())).then()
                .statusCode(201)
                .body("capacityOverrideReason", org.hamcrest.Matchers.nullValue());
    }

    private static String withReason(String body, String reason) {
        return body.replace("\"startDate\"", "\"capacityOverrideReason\":\"" + reason + "\",\"startDate\"");
    }
}
