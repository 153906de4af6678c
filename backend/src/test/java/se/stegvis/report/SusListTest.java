package se.stegvis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import se.stegvis.assessment.TestEnrollments;
import se.stegvis.testsupport.Tokens;

/** The SUS-ready list: who entered or left an intervention, in SUS order, anonymous without SUS consent. */
@QuarkusTest
class SusListTest {

    @Test
    void listsInterventionStartsAndEndsWithConsentStatus() {
        ReportDataset.create();
        JsonPath r = Reports.get(Tokens.MARIA, "/reports/sus-list?projectId=" + ReportDataset.PROJECT + "&from=2025-01-01&to=2025-12-31");
        assertEquals(3, r.getList("rows").size());
        assertEquals(List.of("entered", "entered_and_left", "entered"), r.getList("rows.event"));
        assertEquals(List.of("given", "given", "missing"), r.getList("rows.susConsent"));
        assertEquals(List.of(false, false, true), r.getList("rows.anonymous"));
        assertEquals("Alva", r.get("rows[0].firstName"));
        assertNull(r.get("rows[2].firstName"));
        assertNull(r.get("rows[2].participantId"));
        assertNull(r.get("rows[0].identityNumber"));
        assertEquals("Arbetsträning", r.get("rows[0].interventionType"));
        assertEquals("female", r.get("rows[0].sex"));
    }

    @Test
    void readingTheListIsAudited() {
        ReportDataset.create();
        java.util.UUID participant = participantOf(ReportDataset.f7);
        int before = TestEnrollments.auditEntries("LIST", SusListService.RESOURCE, participant);
        Reports.get(Tokens.MARIA, "/reports/sus-list?projectId=" + ReportDataset.PROJECT + "&from=2025-01-01&to=2025-12-31");
        assertTrue(TestEnrollments.auditEntries("LIST", SusListService.RESOURCE, participant) > before);
    }

    private static java.util.UUID participantOf(java.util.UUID enrollment) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + se.stegvis.testsupport.TestStack.MARIADB_PORT + "/"
                + se.stegvis.testsupport.TestStack.DATABASE, "root", "");
                var p = c.prepareStatement("SELECT participant_id FROM enrollment WHERE id = ?")) {
            p.setString(1, enrollment.toString());
            try (var rs = p.executeQuery()) {
                rs.next();
                return java.util.UUID.fromString(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
