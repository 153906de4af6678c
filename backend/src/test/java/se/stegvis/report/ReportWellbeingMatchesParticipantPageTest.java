package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

/**
 * "Well-being improved" in the reports follows the participant page's rule (the participant's
 * rating, else the coordinator's; nothing after the exit), worked out by hand over three stays of
 * a project of its own:
 *
 * <pre>
 * stay  first (2025-02-01)          last                               page / report
 * A     item1 p2, item2 only c4: 3  2025-06-01 item1 p3, item2 c1: 2   not improved (participant's only: 2 → 3)
 * B     p2, p2: 2                   2025-06-01 p2, p2: 2; exit 06-30;  not improved (with the 2025-08-01 one: 2 → 5)
 *                                   2025-08-01 p5, p5 after the exit
 * C     only c2, c2: 2              2025-06-01 p3 (c1), p3 (c1): 3      improved (participant's only: one assessment)
 * </pre>
 */
@QuarkusTest
class ReportWellbeingMatchesParticipantPageTest {

    static final UUID PROJECT = UUID.randomUUID();
    private static UUID a;
    private static UUID b;
    private static UUID c;
    private static boolean created;

    @Inject
    ReportRefresher refresher;

    @BeforeEach
    void data() throws SQLException {
        if (!created) {
            created = true;
            try (Connection db = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + TestStack.MARIADB_PORT + "/" + TestStack.DATABASE, "root", "")) {
                exec(db, "INSERT INTO project (id, name, start_date) VALUES (?, 'Måendeprojektet', '2024-01-01')", PROJECT);
                exec(db, "INSERT INTO project_municipality (project_id, municipality_code, capacity) VALUES (?, '1496', 10)", PROJECT);
                exec(db, "INSERT INTO user_assignment (id, user_id, project_id, municipality_code) VALUES (?, ?, ?, NULL)",
                        UUID.randomUUID(), Tokens.MARIA_ID, PROJECT);
                a = stay(db, null);
                b = stay(db, LocalDate.of(2025, 6, 30));
                c = stay(db, null);
                wellbeing(db, a, "2025-02-01", 2, null, null, 4);
                wellbeing(db, a, "2025-06-01", 3, null, null, 1);
                wellbeing(db, b, "2025-02-01", 2, null, 2, null);
                wellbeing(db, b, "2025-06-01", 2, null, 2, null);
                wellbeing(db, b, "2025-08-01", 5, null, 5, null);
                wellbeing(db, c, "2025-02-01", null, 2, null, 2);
                wellbeing(db, c, "2025-06-01", 3, 1, 3, 1);
            }
        }
        refresher.refresh();
    }

    @Test
    void theReportCountsAStayImprovedExactlyWhenItsParticipantPageSaysSo() {
        JsonPath r = Reports.get(Tokens.MARIA, "/reports/progression?projectId=" + PROJECT + "&from=2025-01-01&to=2025-12-31");
        assertEquals(1, r.getInt("current.wellbeingImproved.female.numerator"));
        assertEquals(3, r.getInt("current.wellbeingImproved.female.denominator"));
        assertEquals(1, r.getInt("current.wellbeingImproved.total.numerator"));
        assertEquals(3, r.getInt("current.wellbeingImproved.total.denominator"));

        assertEquals(false, improved(a));
        assertEquals(false, improved(b));
        assertEquals(true, improved(c));
    }

    private static boolean improved(UUID enrollment) {
        return Api.as(Tokens.MARIA).get("/enrollments/" + enrollment + "/wellbeing-change").then().statusCode(200)
                .extract().jsonPath().getBoolean("instruments[0].improved");
    }

    private static UUID stay(Connection db, LocalDate exit) throws SQLException {
        UUID participant = UUID.randomUUID();
        UUID enrollment = UUID.randomUUID();
        exec(db, "INSERT INTO participant (id, identity_type, sex, birth_year, created_by) VALUES (?, 'none', 'female', 1990, ?)",
                participant, Tokens.ANNA_ID);
        boolean open = exit == null;
        exec(db, """
                INSERT INTO enrollment (id, participant_id, project_id, municipality_code, start_date, planned_end_date, status, phase,
                  coordinator_id, open_marker, exit_date, exit_outcome)
                VALUES (?, ?, ?, '1496', '2025-01-01', '2025-12-31', ?, ?, ?, ?, ?, ?)""",
                enrollment, participant, PROJECT, open ? "open" : "exited", open ? "mapping" : "exit", Tokens.ANNA_ID,
                open ? 1 : null, exit, open ? null : "work");
        return enrollment;
    }

    private static void wellbeing(Connection db, UUID enrollment, String on, Integer p1, Integer c1, Integer p2, Integer c2)
            throws SQLException {
        UUID id = UUID.randomUUID();
        exec(db, "INSERT INTO assessment (id, enrollment_id, instrument_id, assessed_on) VALUES (?, ?, ?, ?)", id, enrollment,
                ReportDataset.WELLBEING, LocalDate.parse(on));
        exec(db, "INSERT INTO assessment_rating (assessment_id, item_id, participant_value, coordinator_value) VALUES (?, ?, ?, ?), (?, ?, ?, ?)",
                id, ReportDataset.WB_ITEM_1, p1, c1, id, ReportDataset.WB_ITEM_2, p2, c2);
    }

    private static void exec(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                p.setObject(i + 1, v instanceof UUID u ? u.toString() : v);
            }
            p.executeUpdate();
        }
    }
}
