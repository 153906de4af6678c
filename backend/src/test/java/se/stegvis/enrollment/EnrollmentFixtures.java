package se.stegvis.enrollment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import io.restassured.response.Response;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.TestStack;

/**
 * Test data for the enrollment tests, written straight into the test database: anonymous
 * participants (the participant feature is not needed to enroll someone) and interventions.
 */
final class EnrollmentFixtures {

    static final String CRESCO = "30000000-0000-0000-0000-000000000001";
    static final String MAC = "30000000-0000-0000-0000-000000000002";
    static final String REBUS = "30000000-0000-0000-0000-000000000003";
    static final String SKOVDE = "1496";
    static final String FALKOPING = "1499";
    static final String LIDKOPING = "1494";
    static final String MUNKFORS = "1762";
    static final String HAGFORS = "1783";
    static final String WORK_TRAINING = "10000000-0000-0000-0000-000000000002";

    private EnrollmentFixtures() {
    }

    static LocalDate today() {
        return SwedishCalendar.today();
    }

    /** An anonymous participant (sex and birth year only) registered by the given user. */
    static String participant(String createdByUserId, int birthYear) {
        String id = UUID.randomUUID().toString();
        update("""
                INSERT INTO participant (id, identity_type, sex, birth_year, created_by)
                VALUES (?, 'none', 'female', ?, ?)""", id, birthYear, createdByUserId);
        return id;
    }

    /** An anonymous participant who is {@code age} in the year of {@code on}. */
    static String participantAged(String createdByUserId, int age, LocalDate on) {
        return participant(createdByUserId, on.getYear() - age);
    }

    /** An ongoing work-training intervention on the enrollment, started on the given day. */
    static String ongoingIntervention(String enrollmentId, LocalDate start) {
        String id = UUID.randomUUID().toString();
        update("""
                INSERT INTO intervention (id, enrollment_id, type_id, start_date, status)
                VALUES (?, ?, ?, ?, 'ongoing')""", id, enrollmentId, WORK_TRAINING, java.sql.Date.valueOf(start));
        return id;
    }

    /** {end_date, status} of an intervention. */
    static String[] intervention(String id) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("SELECT end_date, status FROM intervention WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new String[] { r.getString(1), r.getString(2) };
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int openEnrollments(String projectId, String municipalityCode) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM enrollment WHERE project_id = ? AND municipality_code = ? AND status = 'open'")) {
            s.setString(1, projectId);
            s.setString(2, municipalityCode);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String createBody(String participantId, String projectId, String municipalityCode, LocalDate start) {
        return """
                {"participantId":"%s","projectId":"%s","municipalityCode":"%s","startDate":"%s",
                 "susEntry":{"employmentStatus":"job_seeking","extentPct":0,"incomeSources":["social_assistance"],
                             "monthsOnPublicSupport":26}}"""
                .formatted(participantId, projectId, municipalityCode, start);
    }

    static Response create(String username, String body) {
        return Api.as(username).body(body).post("/enrollments");
    }

    /** Enrolls and answers the new enrollment's id; fails the test unless it is created. */
    static String enroll(String username, String participantId, String projectId, String municipalityCode, LocalDate start) {
        return create(username, createBody(participantId, projectId, municipalityCode, start))
                .then().statusCode(201).extract().path("id");
    }

    static String etag(String username, String enrollmentId) {
        return Api.as(username).get("/enrollments/" + enrollmentId).then().statusCode(200).extract().header("ETag");
    }

    private static void update(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + TestStack.MARIADB_PORT + "/" + TestStack.DATABASE, "root", "");
    }
}
