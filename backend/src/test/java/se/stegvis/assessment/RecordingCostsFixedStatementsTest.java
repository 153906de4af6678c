package se.stegvis.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.StatementCount;
import se.stegvis.testsupport.Tokens;

/**
 * Recording an assessment costs a small, fixed number of SQL statements however long the
 * enrollment's history (issue #8, the write benchmark): no statement per earlier assessment or
 * rating. Counted as the statements Hibernate prepares for the requests ({@link StatementCount}); the audit entry's own JDBC
 * statements are not among them.
 */
@QuarkusTest
class RecordingCostsFixedStatementsTest {

    /** Lock the enrollment; the project with the earlier assessments; the due date; the assessment; its ratings (one batch). */
    static final long STATEMENTS = 5;

    private long statements(IntSupplier call) {
        return StatementCount.during(() -> assertEquals(201, call.getAsInt()));
    }

    private static int record(TestEnrollments.Enrollment e, LocalDate on) {
        return Api.as(Tokens.ANNA).body(Measurements.fullBip(on.toString()))
                .post("/enrollments/" + e + "/assessments").statusCode();
    }

    @Test
    void anAssessmentAfterTenEarlierOnesCostsWhatOneAfterTwoDoes() {
        LocalDate start = SwedishCalendar.today().minusYears(1);
        TestEnrollments.Enrollment few = TestEnrollments.open(start);
        TestEnrollments.Enrollment many = TestEnrollments.open(start);
        for (int i = 0; i < 10; i++) {
            assertEquals(201, record(many, start.plusDays(10 + i)));
        }
        assertEquals(201, record(few, start.plusDays(10)));
        assertEquals(201, record(few, start.plusDays(11)));
        long after2 = statements(() -> record(few, start.plusDays(20)));
        assertEquals(after2, statements(() -> record(many, start.plusDays(20))),
                "statements for an assessment after 2 vs 10 earlier ones");
        assertTrue(after2 <= STATEMENTS, "statements for an assessment: " + after2);
    }
}
