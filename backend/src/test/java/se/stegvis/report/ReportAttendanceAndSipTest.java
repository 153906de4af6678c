package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.stegvis.report.Reports.assertCounts;
import static se.stegvis.report.Reports.ints;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

/**
 * The summary's attendance and SIP figures against values worked out by hand, over a project of
 * its own:
 *
 * <pre>
 * member  sessions 2025-03-04, -11, -18, -25                  SIP meetings
 * W1      present, present, present, absent_with_notice  3/4   2025-04-01 and 2025-09-01 (counted once)
 * W2      present, absent, present, present              3/4   2024-11-01 only (outside the period)
 * M1      absent, present, absent_with_notice, present   2/4   2025-05-01
 * X1      present ×4, but registered in error: left out        2025-05-01, left out
 * </pre>
 * Plus a session on 2024-12-10 (everyone present, outside the period) and a cancelled session on
 * 2025-04-01 with a record (cancelled sessions count for no one). Women 6/8 = 75 %, men 2/4 = 50 %,
 * total 8/12 = 66.7 %; participants with a SIP meeting: 1 woman, 1 man.
 */
@QuarkusTest
class ReportAttendanceAndSipTest {

    static final UUID PROJECT = UUID.randomUUID();

    private static boolean created;

    @BeforeEach
    void data() throws SQLException {
        if (created) {
            return;
        }
        created = true;
        try (Connection c = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + TestStack.MARIADB_PORT + "/" + TestStack.DATABASE, "root", "")) {
            exec(c, "INSERT INTO project (id, name, start_date) VALUES (?, 'Närvaroprojektet', '2024-01-01')", PROJECT);
            exec(c, "INSERT INTO project_municipality (project_id, municipality_code, capacity) VALUES (?, '1496', 10)", PROJECT);
            exec(c, "INSERT INTO user_assignment (id, user_id, project_id, municipality_code) VALUES (?, ?, ?, NULL)",
                    UUID.randomUUID(), Tokens.MARIA_ID, PROJECT);
            UUID w1 = stay(c, "female", null);
            UUID w2 = stay(c, "female", null);
            UUID m1 = stay(c, "male", null);
            UUID x1 = stay(c, "female", "registered_in_error");

            UUID group = UUID.randomUUID();
            exec(c, "INSERT INTO participant_group (id, project_id, name, start_date) VALUES (?, ?, 'Grupp A', '2024-12-01')", group, PROJECT);
            UUID[] members = { member(c, group, w1), member(c, group, w2), member(c, group, m1), member(c, group, x1) };
            String[][] marks = {
                    { "present", "present", "present", "absent_with_notice" },
                    { "present", "absent", "present", "present" },
                    { "absent", "present", "absent_with_notice", "present" },
                    { "present", "present", "present", "present" } };
            String[] dates = { "2025-03-04", "2025-03-11", "2025-03-18", "2025-03-25" };
            for (int s = 0; s < dates.length; s++) {
                UUID session = session(c, group, dates[s], "scheduled");
                for (int m = 0; m < members.length; m++) {
                    exec(c, "INSERT INTO group_attendance (session_id, member_id, status) VALUES (?, ?, ?)", session, members[m], marks[m][s]);
                }
            }
            UUID before = session(c, group, "2024-12-10", "scheduled");
            UUID cancelled = session(c, group, "2025-04-01", "cancelled");
            for (UUID m : members) {
                exec(c, "INSERT INTO group_attendance (session_id, member_id, status) VALUES (?, ?, 'present')", before, m);
                exec(c, "INSERT INTO group_attendance (session_id, member_id, status) VALUES (?, ?, 'absent')", cancelled, m);
            }

            sip(c, w1, "2025-04-01");
            sip(c, w1, "2025-09-01");
            sip(c, w2, "2024-11-01");
            sip(c, m1, "2025-05-01");
            sip(c, x1, "2025-05-01");
        }
    }

    private static JsonPath summary(String user) {
        return Reports.get(user, "/reports/summary?projectId=" + PROJECT + "&from=2025-01-01&to=2025-12-31");
    }

    @Test
    void attendanceIsPresentOverAllRecordedSessionsOfThePeriodBySex() {
        JsonPath r = summary(Tokens.MARIA);
        assertEquals(true, r.get("scope.exact"));
        String a = "current.attendanceAndSip.attendance.";
        assertEquals(List.of(6, 2, 0, 8), List.of(r.getInt(a + "female.numerator"), r.getInt(a + "male.numerator"),
                r.getInt(a + "other.numerator"), r.getInt(a + "total.numerator")));
        assertEquals(List.of(8, 4, 0, 12), List.of(r.getInt(a + "female.denominator"), r.getInt(a + "male.denominator"),
                r.getInt(a + "other.denominator"), r.getInt(a + "total.denominator")));
        assertEquals(75.0f, r.getFloat(a + "female.pct"));
        assertEquals(50.0f, r.getFloat(a + "male.pct"));
        assertNull(r.get(a + "other.pct"));
        assertEquals(66.7f, r.getFloat(a + "total.pct"));
    }

    @Test
    void aParticipantWithSeveralSipMeetingsInThePeriodCountsOnce() {
        assertCounts(ints(1, 1, 0, 2), summary(Tokens.MARIA), "current.attendanceAndSip.participantsWithSip");
    }

    @Test
    void theComparisonPeriodHasItsOwnFigures() {
        JsonPath r = Reports.get(Tokens.MARIA, "/reports/summary?projectId=" + PROJECT
                + "&from=2025-01-01&to=2025-12-31&compareFrom=2024-01-01&compareTo=2024-12-31");
        assertEquals(100.0f, r.getFloat("comparison.attendanceAndSip.attendance.total.pct"));
        assertEquals(3, r.getInt("comparison.attendanceAndSip.attendance.total.denominator"));
        assertCounts(ints(1, 0, 0, 1), r, "comparison.attendanceAndSip.participantsWithSip");
    }

    @Test
    void anAnalystSeesTheSmallCellsSuppressed() {
        JsonPath r = summary(Tokens.SARA);
        assertEquals(false, r.get("scope.exact"));
        // Three people (2 women, 1 man) behind the records: every cell that holds any is hidden.
        for (String sex : List.of("female", "male", "total")) {
            assertEquals(true, r.get("current.attendanceAndSip.attendance." + sex + ".suppressed"), sex);
            assertNull(r.get("current.attendanceAndSip.attendance." + sex + ".numerator"), sex);
        }
        assertEquals(false, r.get("current.attendanceAndSip.attendance.other.suppressed"));
        assertCounts(ints(null, null, 0, null), r, "current.attendanceAndSip.participantsWithSip");
    }

    @Test
    void theExportHasTheSameFiguresAndProtection() {
        String exact = Api.as(Tokens.MARIA).get("/reports/export?table=attendance_and_sip&format=csv&projectId=" + PROJECT
                + "&from=2025-01-01&to=2025-12-31").then().statusCode(200).extract().asString();
        assertEquals(true, exact.contains("attendance_present;6;2;0;8;75"), exact);
        assertEquals(true, exact.contains("attendance_recorded;8;4;0;12"), exact);
        assertEquals(true, exact.contains("participants_with_sip;1;1;0;2"), exact);
        String hidden = Api.as(Tokens.SARA).get("/reports/export?table=attendance_and_sip&format=csv&projectId=" + PROJECT
                + "&from=2025-01-01&to=2025-12-31").then().statusCode(200).extract().asString();
        assertEquals(false, hidden.contains(";6;"), hidden);
        assertEquals(true, hidden.contains("participants_with_sip;..;..;0;.."), hidden);
    }

    private static UUID stay(Connection c, String sex, String outcome) throws SQLException {
        UUID participant = UUID.randomUUID();
        UUID enrollment = UUID.randomUUID();
        exec(c, "INSERT INTO participant (id, identity_type, sex, birth_year, created_by) VALUES (?, 'none', ?, 1990, ?)",
                participant, sex, Tokens.ANNA_ID);
        boolean open = outcome == null;
        exec(c, """
                INSERT INTO enrollment (id, participant_id, project_id, municipality_code, start_date, planned_end_date, status, phase,
                  coordinator_id, open_marker, exit_date, exit_outcome)
                VALUES (?, ?, ?, '1496', '2024-10-01', '2025-12-31', ?, ?, ?, ?, ?, ?)""",
                enrollment, participant, PROJECT, open ? "open" : "exited", open ? "mapping" : "exit", Tokens.ANNA_ID,
                open ? 1 : null, open ? null : LocalDate.of(2025, 12, 1), outcome);
        return enrollment;
    }

    private static UUID member(Connection c, UUID group, UUID enrollment) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, "INSERT INTO group_member (id, group_id, enrollment_id, joined_on) VALUES (?, ?, ?, '2024-12-01')", id, group, enrollment);
        return id;
    }

    private static UUID session(Connection c, UUID group, String date, String status) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(c, "INSERT INTO group_session (id, group_id, session_date, status) VALUES (?, ?, ?, ?)", id, group, LocalDate.parse(date), status);
        return id;
    }

    private static void sip(Connection c, UUID enrollment, String date) throws SQLException {
        exec(c, "INSERT INTO sip_meeting (id, enrollment_id, meeting_date) VALUES (?, ?, ?)", UUID.randomUUID(), enrollment, LocalDate.parse(date));
    }

    private static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                p.setObject(i + 1, v instanceof UUID u ? u.toString() : v);
            }
            p.executeUpdate();
        }
    }
}
