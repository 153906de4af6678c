package se.stegvis.assessment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

/**
 * Participants and enrollments inserted straight into the test database, so that the intervention
 * and assessment tests do not depend on the enrollment API. Each call makes a new participant
 * (without identity number) and one enrollment, coordinated by Anna.
 */
public final class TestEnrollments {

    public static final String CRESCO = "30000000-0000-0000-0000-000000000001";
    public static final String MAC = "30000000-0000-0000-0000-000000000002";
    public static final String REBUS = "30000000-0000-0000-0000-000000000003";
    /** Skövde: Anna's in Cresco+ and MAC. */
    public static final String SKOVDE = "1496";

    public record Enrollment(UUID id, UUID participantId) {
        @Override
        public String toString() {
            return id.toString();
        }
    }

    private TestEnrollments() {
    }

    /** An open Cresco+ enrollment in Skövde (visible to Anna, not to Erik), started on {@code start}. */
    public static Enrollment open(LocalDate start) {
        return open(CRESCO, SKOVDE, start);
    }

    public static Enrollment open(String projectId, String municipalityCode, LocalDate start) {
        return insert(projectId, municipalityCode, start, false);
    }

    /** An exited Cresco+ enrollment in Skövde. */
    public static Enrollment exited(LocalDate start) {
        return insert(CRESCO, SKOVDE, start, true);
    }

    /** Ends an open enrollment directly, as an exit would. */
    public static void exit(UUID enrollmentId) {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement("""
                        UPDATE enrollment SET status = 'exited', phase = 'exit', open_marker = NULL,
                          exit_date = ?, exit_outcome = 'studies', version = version + 1 WHERE id = ?""")) {
            // the product's today (Swedish), not the database's CURRENT_DATE (the server's zone)
            p.setObject(1, SwedishCalendar.today());
            p.setString(2, enrollmentId.toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot exit the test enrollment", e);
        }
    }

    /** How many audit entries of this action on this resource name the participant. */
    public static int auditEntries(String action, String resource, UUID participantId) {
        // Reads are stored write-behind: count what was recorded, not what happens to be committed yet.
        io.quarkus.arc.Arc.container().instance(se.stegvis.audit.AuditLog.class).get().flush();
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement("""
                        SELECT COUNT(*) FROM audit_event a JOIN audit_event_participant ap ON ap.event_id = COALESCE(a.participants_of, a.id)
                        WHERE a.action = ? AND a.resource = ? AND ap.participant_id = ?""")) {
            p.setString(1, action);
            p.setString(2, resource);
            p.setString(3, participantId.toString());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log", e);
        }
    }

    public static LocalDate nextAssessmentDue(UUID enrollmentId) {
        return date("next_assessment_due", enrollmentId);
    }

    public static LocalDate lastAssessmentOn(UUID enrollmentId) {
        return date("last_assessment_on", enrollmentId);
    }

    private static Enrollment insert(String projectId, String municipalityCode, LocalDate start, boolean exited) {
        UUID participant = UUID.randomUUID();
        UUID enrollment = UUID.randomUUID();
        try (Connection c = connect()) {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO participant (id, identity_type, sex, birth_year, created_by)
                    VALUES (?, 'none', 'female', 1985, ?)""")) {
                p.setString(1, participant.toString());
                p.setString(2, Tokens.ANNA_ID);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO enrollment (id, participant_id, project_id, municipality_code, start_date,
                      planned_end_date, status, phase, coordinator_id, open_marker, exit_date, exit_outcome)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                p.setString(1, enrollment.toString());
                p.setString(2, participant.toString());
                p.setString(3, projectId);
                p.setString(4, municipalityCode);
                p.setObject(5, start);
                p.setObject(6, start.plusMonths(12));
                p.setString(7, exited ? "exited" : "open");
                p.setString(8, exited ? "exit" : "mapping");
                p.setString(9, Tokens.ANNA_ID);
                p.setObject(10, exited ? null : 1);
                p.setObject(11, exited ? start.plusMonths(2) : null);
                p.setString(12, exited ? "studies" : null);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert the test enrollment", e);
        }
        return new Enrollment(enrollment, participant);
    }

    private static LocalDate date(String column, UUID enrollmentId) {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement("SELECT " + column + " FROM enrollment WHERE id = ?")) {
            p.setString(1, enrollmentId.toString());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no such enrollment");
                }
                return rs.getObject(1, LocalDate.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test enrollment", e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + TestStack.MARIADB_PORT + "/" + TestStack.DATABASE, "root", "");
    }
}
