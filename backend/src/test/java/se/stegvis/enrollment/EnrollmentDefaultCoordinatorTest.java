package se.stegvis.enrollment;

import static org.hamcrest.Matchers.equalTo;
import static se.stegvis.enrollment.EnrollmentFixtures.CRESCO;
import static se.stegvis.enrollment.EnrollmentFixtures.FALKOPING;
import static se.stegvis.enrollment.EnrollmentFixtures.createBody;
import static se.stegvis.enrollment.EnrollmentFixtures.participant;
import static se.stegvis.enrollment.EnrollmentFixtures.today;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/** A project manager who enrolls without naming a coordinator hands the stay to a coordinator of that municipality. */
@QuarkusTest
class EnrollmentDefaultCoordinatorTest {

    @Test
    void projectManagersEnrollmentGoesToTheCoordinatorWorkingInThatMunicipality() {
        // Anna coordinates in Falköping; Erik is not assigned there.
        String annas = participant(Tokens.ANNA_ID, today().getYear() - 35);
        Api.as(Tokens.ANNA).body(createBody(annas, CRESCO, FALKOPING, today())).post("/enrollments").then().statusCode(201);

        String referred = participant(Tokens.MARIA_ID, today().getYear() - 30);
        Api.as(Tokens.MARIA).body(createBody(referred, CRESCO, FALKOPING, today())).post("/enrollments").then()
                .statusCode(201)
                .body("coordinator.userId", equalTo(Tokens.ANNA_ID));
    }
}
