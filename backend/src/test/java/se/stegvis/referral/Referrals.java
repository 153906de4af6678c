package se.stegvis.referral;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.participant.People;
import se.stegvis.testsupport.TestStack;

/** Referral bodies and database checks for the referral and webhook tests. */
public final class Referrals {

    public static final String CRESCO = "30000000-0000-0000-0000-000000000001";
    public static final String MAC = "30000000-0000-0000-0000-000000000002";
    public static final String SKOVDE = "1496";
    public static final String AF = "40000000-0000-0000-0000-000000000002";
    public static final String FK = "40000000-0000-0000-0000-000000000003";
    public static final String SKOVDE_SOC = "40000000-0000-0000-0000-000000000004";

    private Referrals() {
    }

    public static LocalDate today() {
        return SwedishCalendar.today();
    }

    /** A personnummer of someone born in 1990, nobody else's. */
    public static String number1990() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return People.number(1990, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
    }

    /** A referral to Cresco+ in Skövde, with consent to participation and sharing; {@code reason} makes it findable. */
    public static Map<String, Object> body(String reason) {
        Map<String, Object> person = new HashMap<>();
        person.put("identityNumber", number1990());
        person.put("firstName", "Tolvan");
        person.put("lastName", People.uniqueName("Tolvansson"));
        person.put("sex", "male");
        person.put("homeMunicipalityCode", SKOVDE);
        Map<String, Object> body = new HashMap<>();
        body.put("projectId", CRESCO);
        body.put("municipalityCode", SKOVDE);
        body.put("person", person);
        body.put("caseworker", Map.of("name", "Lars Ek", "email", "lars.ek@example.se"));
        body.put("reason", reason);
        body.put("background", "Grundskola, tidigare lagerarbete.");
        body.put("knownToOrganisationIds", List.of(AF, SKOVDE_SOC));
        body.put("susEntry", Map.of("employmentStatus", "job_seeking", "extentPct", 0,
                "incomeSources", List.of("social_assistance"), "monthsOnPublicSupport", 26));
        body.put("consent", consent(List.of("participation_sharing", "sus")));
        return body;
    }

    /** The same, for a person referred anonymously: sex and birth year only. */
    public static Map<String, Object> anonymousBody(String reason, int birthYear, List<String> knownTo) {
        Map<String, Object> body = body(reason);
        body.put("person", Map.of("sex", "female", "birthYear", birthYear));
        body.put("knownToOrganisationIds", knownTo);
        return body;
    }

    public static Map<String, Object> consent(List<String> purposes) {
        return Map.of("purposes", purposes, "givenOn", today().minusDays(3).toString(),
                "organisationIds", List.of(AF, SKOVDE_SOC), "formReference", "AF diarienr Af-2026/0042");
    }

    public static String uniqueReason() {
        return "Behöver samordnat stöd " + UUID.randomUUID();
    }

    public static Response submit(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).post("/referrals");
    }

    public static Response screen(RequestSpecification as, String id, String etag) {
        return as.header("If-Match", etag).body(Map.of("boardMeetingDate", today().toString(), "note", "Uppfyller kriterierna."))
                .post("/referrals/" + id + "/screening");
    }

    public static Response decide(RequestSpecification as, String id, String etag, Map<String, Object> decision) {
        return as.header("If-Match", etag).body(decision).post("/referrals/" + id + "/decision");
    }

    public static Map<String, Object> accepted() {
        return Map.of("outcome", "accepted", "decidedOn", today().toString(), "plannedStartDate", today().toString(),
                "groupStartName", "Grupp vår");
    }

    public static int count(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> strings(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(String sql, Object... args) {
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
