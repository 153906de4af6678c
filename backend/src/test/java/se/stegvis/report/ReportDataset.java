package se.stegvis.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import se.stegvis.testsupport.TestStack;
import se.stegvis.testsupport.Tokens;

/**
 * A small fixed dataset in a project of its own (so that other tests' rows never enter its
 * figures), inserted straight into the test database. Every figure the report tests expect is
 * worked out by hand from the rows below, for the year 2025.
 *
 * <pre>
 * stay  sex     municipality start       exit        outcome        notes
 * F1    female  Skövde       2025-02-01  2025-08-01  work 100 %, subsidy   BIP item1 2→4, item2 3→3; well-being 2.5→4; follow-up 2025-12-01 work
 * F2    female  Skövde       2025-02-01  2025-08-01  work 50 %, no subsidy BIP item1 3→2, item2 3→3; well-being 3→2.5
 * F3    female  Skövde       2025-02-01  2025-08-01  studies        one BIP assessment only; follow-up 2025-12-15 studies
 * F4    female  Skövde       2025-02-01  2025-08-01  studies
 * F5    female  Skövde       2025-02-01  2025-08-01  dropped_out    sub-goal achieved 2025-05-01
 * F6    female  Skövde       2025-02-01  2025-08-01  illness
 * M1    male    Skövde       2025-03-01  2025-09-01  work 100 %, no subsidy BIP item1 2→3, item2 2→4; follow-up 2026-01-15 (outside)
 * M2    male    Skövde       2025-03-01  2025-09-01  moved          an open sub-goal
 * M3    male    Skövde       2025-03-01  2025-09-01  dropped_out    no SUS variables
 * F7    female  Falköping    2025-06-01  open                      SUS consent; job-focused 06-01→, health 07-01..07-31; sub-goal achieved 2026-02-01
 * F8    female  Falköping    2025-06-01  open                      job-focused 09-01→; next assessment due 2025-11-01 (overdue)
 * M4    male    Skövde       2025-06-01  open                      one change of coordinator
 * O1    other   Skövde       2024-10-01  open
 * X1    female  Skövde       2025-02-01  2025-05-01  registered_in_error (left out everywhere)
 * </pre>
 * Referrals received in 2025: AF: female enrolled, female declined, male withdrawn, female
 * submitted; FK: male accepted, female declined (both declines "Uppfyller inte kraven").
 * Budget 2025: 1 000 000 kr, 250 000 spent. Goals: work or studies 30 %, step forward 80 %,
 * well-being 50 %. Maria manages the project (exact counts); Sara and Anna do not work in it.
 */
final class ReportDataset {

    static final UUID PROJECT = UUID.randomUUID();
    static final String SKOVDE = "1496";
    static final String FALKOPING = "1499";
    static final String BIP = "20000000-0000-0000-0000-000000000001";
    static final String BIP_ITEM_1 = "21000000-0000-0000-0001-000000000001";
    static final String BIP_ITEM_2 = "21000000-0000-0000-0001-000000000002";
    static final String WELLBEING = "20000000-0000-0000-0000-000000000003";
    static final String WB_ITEM_1 = "21000000-0000-0000-0003-000000000001";
    static final String WB_ITEM_2 = "21000000-0000-0000-0003-000000000002";
    static final String JOB_TYPE = "10000000-0000-0000-0000-000000000002";
    static final String HEALTH_TYPE = "10000000-0000-0000-0000-000000000012";
    static final String AF = "40000000-0000-0000-0000-000000000002";
    static final String FK = "40000000-0000-0000-0000-000000000003";

    static UUID f1;
    static UUID f7;
    private static boolean created;

    private ReportDataset() {
    }

    static synchronized void create() {
        if (created) {
            return;
        }
        try (Connection c = connect()) {
            exec(c, """
                    INSERT INTO project (id, name, start_date, goal_work_or_studies_pct, goal_step_forward_pct, goal_wellbeing_improved_pct)
                    VALUES (?, 'Rapportprojektet', '2024-01-01', 30, 80, 50)""", PROJECT);
            exec(c, "INSERT INTO project_municipality (project_id, municipality_code, capacity) VALUES (?, ?, 10), (?, ?, 5)",
                    PROJECT, SKOVDE, PROJECT, FALKOPING);
            exec(c, "INSERT INTO project_instrument (project_id, instrument_id) VALUES (?, ?)", PROJECT, BIP);
            exec(c, "INSERT INTO project_budget (project_id, budget_year, amount_sek, spent_sek) VALUES (?, 2025, 1000000, 250000), (?, 2024, 500000, 500000)",
                    PROJECT, PROJECT);
            exec(c, "INSERT INTO user_assignment (id, user_id, project_id, municipality_code) VALUES (?, ?, ?, NULL)",
                    UUID.randomUUID(), Tokens.MARIA_ID, PROJECT);

            LocalDate fStart = LocalDate.of(2025, 2, 1);
            LocalDate fExit = LocalDate.of(2025, 8, 1);
            LocalDate mStart = LocalDate.of(2025, 3, 1);
            LocalDate mExit = LocalDate.of(2025, 9, 1);
            String[] entryIncome = { "[\"social_assistance\"]" };
            f1 = stay(c, PROJECT, "female", SKOVDE, fStart, fExit, "work", 100, true, "job_seeking", "[\"social_assistance\", \"sickness_benefit\"]", "work", "[\"salary\"]");
            UUID f2 = stay(c, PROJECT, "female", SKOVDE, fStart, fExit, "work", 50, false, "job_seeking", entryIncome[0], "work", "[\"salary\"]");
            UUID f3 = stay(c, PROJECT, "female", SKOVDE, fStart, fExit, "studies", null, null, "job_seeking", entryIncome[0], "studies", null);
            stay(c, PROJECT, "female", SKOVDE, fStart, fExit, "studies", null, null, "job_seeking", entryIncome[0], "studies", null);
            UUID f5 = stay(c, PROJECT, "female", SKOVDE, fStart, fExit, "dropped_out", null, null, "job_seeking", entryIncome[0], "none", null);
            stay(c, PROJECT, "female", SKOVDE, fStart, fExit, "illness", null, null, "job_seeking", entryIncome[0], "none", null);
            UUID m1 = stay(c, PROJECT, "male", SKOVDE, mStart, mExit, "work", 100, false, "job_seeking", entryIncome[0], "work", "[\"salary\"]");
            UUID m2 = stay(c, PROJECT, "male", SKOVDE, mStart, mExit, "moved", null, null, "job_seeking", entryIncome[0], "none", null);
            stay(c, PROJECT, "male", SKOVDE, mStart, mExit, "dropped_out", null, null, null, null, null, null);
            f7 = stay(c, PROJECT, "female", FALKOPING, LocalDate.of(2025, 6, 1), null, null, null, null, null, null, null, null);
            UUID f8 = stay(c, PROJECT, "female", FALKOPING, LocalDate.of(2025, 6, 1), null, null, null, null, null, null, null, null);
            UUID m4 = stay(c, PROJECT, "male", SKOVDE, LocalDate.of(2025, 6, 1), null, null, null, null, null, null, null, null);
            stay(c, PROJECT, "other", SKOVDE, LocalDate.of(2024, 10, 1), null, null, null, null, null, null, null, null);
            UUID x1 = stay(c, PROJECT, "female", SKOVDE, fStart, LocalDate.of(2025, 5, 1), "registered_in_error", null, null, null, null, null, null);

            exec(c, "UPDATE enrollment SET follow_up_date = '2025-12-01', follow_up_outcome = 'work' WHERE id = ?", f1);
            exec(c, "UPDATE enrollment SET follow_up_date = '2025-12-15', follow_up_outcome = 'studies' WHERE id = ?", f3);
            exec(c, "UPDATE enrollment SET follow_up_date = '2026-01-15', follow_up_outcome = 'work' WHERE id = ?", m1);
            exec(c, "UPDATE enrollment SET next_assessment_due = '2025-11-01' WHERE id = ?", f8);
            exec(c, "UPDATE enrollment SET next_assessment_due = '2026-02-01' WHERE id IN (SELECT id FROM (SELECT e.id FROM enrollment e"
                    + " JOIN participant p ON p.id = e.participant_id WHERE e.project_id = ? AND p.sex = 'other') x)", PROJECT);

            // BIP: coordinator's rating, except F1's first rating of item 2, which only the participant gave.
            bip(c, f1, "2025-02-10", 2, null, 3);
            bip(c, f1, "2025-07-10", 4, 3, null);
            bip(c, f2, "2025-02-10", 3, 3, null);
            bip(c, f2, "2025-07-10", 2, 3, null);
            bip(c, f3, "2025-02-10", 1, 1, null);
            bip(c, m1, "2025-03-10", 2, 2, null);
            bip(c, m1, "2025-08-10", 3, 4, null);
            bip(c, x1, "2025-02-10", 1, 1, null);
            bip(c, x1, "2025-04-10", 5, 5, null);
            wellbeing(c, f1, "2025-02-10", 2, 3);
            wellbeing(c, f1, "2025-07-10", 4, 4);
            wellbeing(c, f2, "2025-02-10", 3, 3);
            wellbeing(c, f2, "2025-07-10", 3, 2);
            wellbeing(c, m1, "2025-03-10", 1, 1);

            subGoal(c, f5, "achieved", "2025-05-01");
            subGoal(c, f7, "achieved", "2026-02-01");
            subGoal(c, m2, "open", null);

            intervention(c, f7, JOB_TYPE, "2025-06-01", null, "ongoing");
            intervention(c, f7, HEALTH_TYPE, "2025-07-01", "2025-07-31", "completed");
            intervention(c, f8, JOB_TYPE, "2025-09-01", null, "ongoing");
            intervention(c, f8, HEALTH_TYPE, "2025-10-01", null, "cancelled");
            intervention(c, x1, JOB_TYPE, "2025-02-01", null, "ongoing");

            exec(c, "INSERT INTO enrollment_coordinator (id, enrollment_id, coordinator_id, from_date, to_date) VALUES (?, ?, ?, '2025-06-01', '2025-08-31')",
                    UUID.randomUUID(), m4, Tokens.ANNA_ID);
            exec(c, "INSERT INTO enrollment_coordinator (id, enrollment_id, coordinator_id, from_date, to_date) VALUES (?, ?, ?, '2025-09-01', NULL)",
                    UUID.randomUUID(), m4, Tokens.MARIA_ID);

            exec(c, "UPDATE participant SET first_name = 'Alva', last_name = 'Berg' WHERE id = (SELECT participant_id FROM enrollment WHERE id = ?)", f7);
            exec(c, "UPDATE participant SET first_name = 'Stina', last_name = 'Ek' WHERE id = (SELECT participant_id FROM enrollment WHERE id = ?)", f8);
            exec(c, """
                    INSERT INTO consent (id, participant_id, purpose, given_on, organisation_ids)
                    SELECT ?, participant_id, 'sus', '2025-06-01', '[]' FROM enrollment WHERE id = ?""", UUID.randomUUID(), f7);

            referral(c, AF, "female", "enrolled", f1, null, "accepted");
            referral(c, AF, "female", "declined", null, "Uppfyller inte kraven", "declined");
            referral(c, AF, "male", "withdrawn", null, null, null);
            referral(c, AF, "female", "submitted", null, null, null);
            referral(c, FK, "male", "accepted", null, null, "accepted");
            referral(c, FK, "female", "declined", null, "  Uppfyller inte kraven ", "declined");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the report dataset", e);
        }
        created = true;
    }

    /** What a test adds to the stay of {@link #projectWithOneStay}. */
    @FunctionalInterface
    interface StayRows {
        void add(Connection c, UUID enrollment) throws SQLException;
    }

    /**
     * A project of its own, apart from the dataset's, with one open stay of a woman in Skövde from
     * {@code start} and the rows a test adds to it; returns the project.
     */
    static UUID projectWithOneStay(String name, LocalDate start, StayRows rows) {
        UUID project = UUID.randomUUID();
        try (Connection c = connect()) {
            exec(c, "INSERT INTO project (id, name, start_date) VALUES (?, ?, '2024-01-01')", project, name);
            rows.add(c, stay(c, project, "female", SKOVDE, start, null, null, null, null, null, null, null, null));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the project " + name, e);
        }
        return project;
    }

    private static UUID stay(Connection c, UUID project, String sex, String municipality, LocalDate start, LocalDate exit, String outcome,
            Integer extent, Boolean subsidy, String entryEmployment, String entryIncome, String exitEmployment, String exitIncome)
            throws SQLException {
        UUID participant = UUID.randomUUID();
        UUID enrollment = UUID.randomUUID();
        exec(c, "INSERT INTO participant (id, identity_type, sex, birth_year, created_by) VALUES (?, 'none', ?, 1985, ?)",
                participant, sex, Tokens.ANNA_ID);
        exec(c, """
                INSERT INTO enrollment (id, participant_id, project_id, municipality_code, start_date, planned_end_date, status, phase,
                  coordinator_id, open_marker, exit_date, exit_outcome, exit_work_extent_pct, exit_wage_subsidy,
                  sus_entry_employment, sus_entry_income_sources, sus_exit_employment, sus_exit_income_sources)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                enrollment, participant, project, municipality, start, start.plusMonths(12), exit == null ? "open" : "exited",
                exit == null ? "mapping" : "exit", Tokens.ANNA_ID, exit == null ? 1 : null, exit, outcome, extent, subsidy,
                entryEmployment, entryIncome, exitEmployment, exitIncome);
        return enrollment;
    }

    static void bip(Connection c, UUID enrollment, String on, Integer item1, Integer item2Coordinator, Integer item2Participant)
            throws SQLException {
        UUID a = UUID.randomUUID();
        exec(c, "INSERT INTO assessment (id, enrollment_id, instrument_id, assessed_on) VALUES (?, ?, ?, ?)", a, enrollment, BIP, LocalDate.parse(on));
        exec(c, "INSERT INTO assessment_rating (assessment_id, item_id, participant_value, coordinator_value) VALUES (?, ?, NULL, ?)", a, BIP_ITEM_1, item1);
        exec(c, "INSERT INTO assessment_rating (assessment_id, item_id, participant_value, coordinator_value) VALUES (?, ?, ?, ?)", a, BIP_ITEM_2,
                item2Participant, item2Coordinator);
    }

    static void wellbeing(Connection c, UUID enrollment, String on, int v1, int v2) throws SQLException {
        UUID a = UUID.randomUUID();
        exec(c, "INSERT INTO assessment (id, enrollment_id, instrument_id, assessed_on) VALUES (?, ?, ?, ?)", a, enrollment, WELLBEING,
                LocalDate.parse(on));
        exec(c, "INSERT INTO assessment_rating (assessment_id, item_id, participant_value) VALUES (?, ?, ?), (?, ?, ?)", a, WB_ITEM_1, v1, a,
                WB_ITEM_2, v2);
    }

    private static void subGoal(Connection c, UUID enrollment, String status, String achievedOn) throws SQLException {
        UUID g = UUID.randomUUID();
        exec(c, "INSERT INTO plan_goal (id, enrollment_id, title) VALUES (?, ?, 'Arbete')", g, enrollment);
        exec(c, "INSERT INTO plan_sub_goal (id, goal_id, description, status, achieved_on) VALUES (?, ?, 'Delmål', ?, ?)", UUID.randomUUID(), g,
                status, achievedOn == null ? null : LocalDate.parse(achievedOn));
    }

    static void intervention(Connection c, UUID enrollment, String type, String start, String end, String status) throws SQLException {
        exec(c, "INSERT INTO intervention (id, enrollment_id, type_id, start_date, end_date, status) VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), enrollment, type, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), status);
    }

    private static void referral(Connection c, String org, String sex, String status, UUID enrollment, String reason, String decision)
            throws SQLException {
        boolean screened = !status.equals("submitted") && !status.equals("withdrawn");
        exec(c, """
                INSERT INTO referral (id, project_id, municipality_code, status, referring_organisation_id, identity_type, sex,
                  caseworker_name, reason, known_to, consent_purposes, consent_given_on, consent_organisation_ids, screened_by,
                  decision_outcome, decision_reason, enrollment_id, created_at)
                VALUES (?, ?, ?, ?, ?, 'none', ?, 'Handläggare', 'Behöver stöd', '[]', '["participation_sharing"]', '2025-03-01', '[]', ?,
                  ?, ?, ?, '2025-03-15 10:00:00')""",
                UUID.randomUUID(), PROJECT, SKOVDE, status, org, sex, screened ? Tokens.ANNA_ID : null, decision, reason, enrollment);
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

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + TestStack.MARIADB_PORT + "/" + TestStack.DATABASE, "root", "");
    }
}
