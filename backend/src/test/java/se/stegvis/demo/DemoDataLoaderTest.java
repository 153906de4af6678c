package se.stegvis.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.common.crypto.PersonalDataCipher;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.participant.IdentityNumber;

@QuarkusTest
@TestProfile(DemoDataLoaderTest.OwnDatabase.class)
class DemoDataLoaderTest {

    /** Runs against {@link DemoDatabase}, never the database the other tests share. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            // Only the product's migrations: the loader brings in demo/base.sql itself, with the real
            // capacities (the shared test data raises them).
            return java.util.Map.of("quarkus.flyway.locations", "db/migration");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DemoDatabase.class));
        }
    }

    private static Map<String, Integer> firstLoad;

    @Inject
    DemoDataLoader loader;

    @Inject
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    private void loaded() {
        assertEquals(DemoDatabase.DATABASE, em.createNativeQuery("SELECT DATABASE()").getSingleResult(),
                "the demo test must run in its own database");
        if (firstLoad == null) {
            firstLoad = loader.load();
        }
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @Test
    @Transactional
    void aboutSixtyParticipantsAcrossTheThreeProjects() {
        loaded();
        long participants = count("SELECT COUNT(*) FROM participant");
        assertTrue(participants >= 55 && participants <= 65, "participants: " + participants);
        assertEquals(3, count("SELECT COUNT(DISTINCT project_id) FROM enrollment"));
        long women = count("SELECT COUNT(*) FROM participant WHERE sex = 'female'");
        assertTrue(women >= participants * 0.4 && women <= participants * 0.6, "women: " + women);
        assertTrue(count("SELECT COUNT(*) FROM participant WHERE identity_type = 'none'") >= 3);
        assertEquals(1, count("SELECT COUNT(*) FROM participant WHERE protected_identity = TRUE AND identity_type = 'none'"
                + " AND first_name IS NULL AND last_name IS NULL AND identity_cipher IS NULL"));
        int thisYear = SwedishCalendar.today().getYear();
        assertEquals(0, count("SELECT COUNT(*) FROM participant WHERE ? - birth_year NOT BETWEEN 18 AND 64", thisYear));
    }

    @Test
    @Transactional
    void identityNumbersDecryptToValidNumbersAndAreNeverStoredInPlain() {
        loaded();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT identity_cipher, identity_hash, identity_masked, birth_date, birth_year"
                + " FROM participant WHERE identity_type <> 'none'").getResultList();
        assertTrue(rows.size() >= 50, "numbered participants: " + rows.size());
        LocalDate today = SwedishCalendar.today();
        for (Object[] row : rows) {
            byte[] stored = (byte[]) row[0];
            String number = cipher.decrypt(stored);
            IdentityNumber parsed = IdentityNumber.parse(number, today).number().orElseThrow(
                    () -> new AssertionError("a stored identity number does not parse"));
            assertEquals(parsed.canonical(), number);
            assertTrue(Arrays.equals(cipher.lookupHash(number), (byte[]) row[1]), "look-up hash");
            assertEquals(parsed.masked(), row[2]);
            assertEquals(parsed.birthDate().getYear(), ((Number) row[4]).intValue());
            String digits = number.replace("-", "");
            for (String plain : List.of(number, digits, digits.substring(2), number.substring(9))) {
                assertFalse(contains(stored, plain.getBytes(StandardCharsets.US_ASCII)), "cipher holds plain digits");
            }
        }
    }

    @Test
    @Transactional
    void everyOpenEnrollmentHasCoordinatorPhaseHistoryAndCoordinatorHistory() {
        loaded();
        assertTrue(count("SELECT COUNT(*) FROM enrollment WHERE status = 'open' AND open_marker = 1") >= 40);
        assertEquals(0, count("""
                SELECT COUNT(*) FROM enrollment e WHERE e.status = 'open' AND (e.coordinator_id IS NULL
                  OR NOT EXISTS (SELECT 1 FROM enrollment_phase p WHERE p.enrollment_id = e.id)
                  OR NOT EXISTS (SELECT 1 FROM enrollment_coordinator c WHERE c.enrollment_id = e.id AND c.to_date IS NULL
                                   AND c.coordinator_id = e.coordinator_id)
                  OR e.caseworker_name IS NULL OR e.sus_entry_income_sources IS NULL OR e.next_assessment_due IS NULL)"""));
        assertTrue(count("SELECT COUNT(DISTINCT enrollment_id) FROM enrollment_coordinator WHERE to_date IS NOT NULL") >= 3,
                "some coordinator changes");
    }

    @Test
    @Transactional
    void theCaseloadFlagsAllShow() {
        loaded();
        LocalDate today = SwedishCalendar.today();
        long noJobFocused = count("""
                SELECT COUNT(*) FROM enrollment e WHERE e.status = 'open' AND NOT EXISTS (
                  SELECT 1 FROM intervention i JOIN intervention_type t ON t.id = i.type_id
                  WHERE i.enrollment_id = e.id AND i.status = 'ongoing' AND t.category = 'job_focused')""");
        long gap = count("""
                SELECT COUNT(*) FROM enrollment e WHERE e.status = 'open' AND NOT EXISTS (
                  SELECT 1 FROM intervention i WHERE i.enrollment_id = e.id AND i.status = 'ongoing')""");
        assertTrue(noJobFocused >= 1, "an open enrollment lacks an ongoing job-focused intervention");
        assertTrue(gap >= 1, "an open enrollment has no ongoing intervention");
        assertTrue(noJobFocused > gap, "some lack only the job-focused one");
        assertTrue(count("SELECT COUNT(*) FROM enrollment WHERE status = 'open' AND next_assessment_due < ?", today) >= 1,
                "an assessment is overdue");
        assertTrue(count("SELECT COUNT(*) FROM enrollment WHERE status = 'open' AND next_assessment_due BETWEEN ? AND ?",
                today, today.plusDays(14)) >= 1, "an assessment is due within 14 days");
        assertTrue(count("SELECT COUNT(*) FROM enrollment WHERE status = 'open' AND last_plan_follow_up_on < ?",
                today.minusMonths(2)) >= 1, "a plan follow-up is overdue");
        // Ongoing interventions have started, and nothing is ongoing in an exited enrollment.
        assertEquals(0, count("SELECT COUNT(*) FROM intervention WHERE status = 'ongoing' AND (start_date > ? OR end_date IS NOT NULL)", today));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM intervention i JOIN enrollment e ON e.id = i.enrollment_id
                WHERE e.status = 'exited' AND i.status = 'ongoing'"""));
        // Each BIP-11 measurement: nine participant ratings and eleven coordinator ratings.
        assertEquals(0, count("""
                SELECT COUNT(*) FROM assessment a WHERE a.instrument_id = '20000000-0000-0000-0000-000000000001' AND (
                  (SELECT COUNT(participant_value) FROM assessment_rating r WHERE r.assessment_id = a.id) <> 9
                  OR (SELECT COUNT(coordinator_value) FROM assessment_rating r WHERE r.assessment_id = a.id) <> 11)"""));
        assertEquals(0, count("SELECT COUNT(*) FROM assessment_rating WHERE participant_value NOT BETWEEN 1 AND 5"
                + " OR coordinator_value NOT BETWEEN 1 AND 5"));
    }

    @Test
    @Transactional
    void macHasAGroupStartWithAttendanceSipMeetingsAndWellbeingSurveys() {
        loaded();
        LocalDate today = SwedishCalendar.today();
        assertEquals(1, count("SELECT COUNT(*) FROM participant_group WHERE project_id = '30000000-0000-0000-0000-000000000002'"));
        long members = count("SELECT COUNT(*) FROM group_member");
        assertTrue(members >= 7 && members <= 10, "members: " + members);
        assertEquals(1, count("SELECT COUNT(*) FROM group_member WHERE left_on IS NOT NULL AND leave_reason IS NOT NULL"));
        // Every member is an enrollment of MAC, joined no earlier than the enrollment started.
        assertEquals(0, count("""
                SELECT COUNT(*) FROM group_member m JOIN enrollment e ON e.id = m.enrollment_id
                JOIN participant_group g ON g.id = m.group_id
                WHERE e.project_id <> g.project_id OR m.joined_on < e.start_date OR m.joined_on < g.start_date"""));
        // Two half-days a week, attendance taken for those held, only for members on the day.
        assertTrue(count("SELECT COUNT(*) FROM group_session WHERE session_date < ? AND status = 'scheduled'", today) >= 15);
        assertEquals(0, count("""
                SELECT COUNT(*) FROM group_session s WHERE s.session_date < ? AND s.status = 'scheduled'
                  AND NOT EXISTS (SELECT 1 FROM group_attendance a WHERE a.session_id = s.id)""", today));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM group_attendance a JOIN group_session s ON s.id = a.session_id
                JOIN group_member m ON m.id = a.member_id JOIN enrollment e ON e.id = m.enrollment_id
                WHERE s.session_date < m.joined_on OR (m.left_on IS NOT NULL AND s.session_date >= m.left_on)
                  OR (e.exit_date IS NOT NULL AND s.session_date > e.exit_date) OR s.status = 'cancelled'"""));
        assertTrue(count("SELECT COUNT(*) FROM group_session WHERE partner_organisation_id IS NOT NULL") >= 2, "lectures");
        assertEquals(1, count("SELECT COUNT(*) FROM group_session WHERE status = 'cancelled'"));
        // SIP meetings, each covered by an active SIP consent of the participant on the day.
        assertTrue(count("SELECT COUNT(*) FROM sip_meeting") >= 2, "SIP meetings");
        assertEquals(0, count("""
                SELECT COUNT(*) FROM sip_meeting m JOIN enrollment e ON e.id = m.enrollment_id
                WHERE NOT EXISTS (SELECT 1 FROM consent c WHERE c.id = m.consent_id AND c.participant_id = e.participant_id
                  AND c.purpose = 'sip' AND c.given_on <= m.meeting_date)"""));
        // Well-being at start and again later for the members still in the project.
        assertTrue(count("""
                SELECT COUNT(*) FROM group_member m WHERE (SELECT COUNT(*) FROM assessment a
                  WHERE a.enrollment_id = m.enrollment_id AND a.instrument_id = '20000000-0000-0000-0000-000000000003') >= 2""") >= 5,
                "well-being at start and later");
    }

    @Test
    @Transactional
    void everyExitedEnrollmentHasAnOutcomeAndSusExitData() {
        loaded();
        long exited = count("SELECT COUNT(*) FROM enrollment WHERE status = 'exited'");
        assertTrue(exited >= 12 && exited <= 18, "exits: " + exited);
        assertEquals(0, count("""
                SELECT COUNT(*) FROM enrollment WHERE status = 'exited' AND (exit_date IS NULL OR exit_outcome IS NULL
                  OR sus_exit_employment IS NULL OR sus_exit_income_sources IS NULL OR exit_summary IS NULL
                  OR phase <> 'exit' OR open_marker IS NOT NULL OR next_assessment_due IS NOT NULL)"""));
        assertEquals(0, count("SELECT COUNT(*) FROM enrollment WHERE exit_outcome = 'work'"
                + " AND (exit_work_extent_pct IS NULL OR exit_wage_subsidy IS NULL)"));
        assertTrue(count("SELECT COUNT(*) FROM enrollment WHERE follow_up_outcome IS NOT NULL") >= 1,
                "a six-month follow-up is recorded");
    }

    @Test
    @Transactional
    void capacitiesAreNotExceeded() {
        loaded();
        assertEquals(0, count("""
                SELECT COUNT(*) FROM (SELECT e.project_id, e.municipality_code, COUNT(*) AS n FROM enrollment e
                  WHERE e.status = 'open' GROUP BY e.project_id, e.municipality_code) o
                JOIN project_municipality pm ON pm.project_id = o.project_id AND pm.municipality_code = o.municipality_code
                WHERE o.n > pm.capacity"""));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM enrollment e WHERE NOT EXISTS (SELECT 1 FROM project_municipality pm
                  WHERE pm.project_id = e.project_id AND pm.municipality_code = e.municipality_code)"""));
    }

    @Test
    @Transactional
    void loadingAgainAddsNothing() {
        loaded();
        long participants = count("SELECT COUNT(*) FROM participant");
        long enrollments = count("SELECT COUNT(*) FROM enrollment");
        long organisations = count("SELECT COUNT(*) FROM organisation");
        assertEquals(Map.of(), loader.load());
        assertEquals(participants, count("SELECT COUNT(*) FROM participant"));
        assertEquals(enrollments, count("SELECT COUNT(*) FROM enrollment"));
        assertEquals(organisations, count("SELECT COUNT(*) FROM organisation"));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
