package se.stegvis.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.common.web.Sql;
import se.stegvis.testsupport.Tokens;

/**
 * Inserts participants, enrollments and assessments straight into the test database, so that the
 * plan and journal tests depend on nothing but the schema (the features that create them through
 * the API are developed separately). Used by the journal tests too.
 */
@ApplicationScoped
public class PlanTestData {

    public static final String CRESCO = "30000000-0000-0000-0000-000000000001";
    /** Skövde: Anna's and Maria's, not Erik's. */
    public static final String SKOVDE = "1496";
    public static final String BIP11 = "20000000-0000-0000-0000-000000000001";

    @Inject
    EntityManager em;

    /** An open enrollment in Cresco+ Skövde, coordinated by Anna, for a new anonymous participant. */
    @Transactional
    public UUID openEnrollment(LocalDate start) {
        UUID participant = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO participant (id, identity_type, sex, birth_year, created_by)
                VALUES (:id, 'none', 'female', 1985, :by)""")
                .setParameter("id", participant)
                .setParameter("by", UUID.fromString(Tokens.ANNA_ID))
                .executeUpdate();
        UUID enrollment = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO enrollment (id, participant_id, project_id, municipality_code, start_date, planned_end_date,
                  status, phase, coordinator_id, open_marker)
                VALUES (:id, :p, :project, :m, :start, :end, 'open', 'mapping', :c, 1)""")
                .setParameter("id", enrollment)
                .setParameter("p", participant)
                .setParameter("project", UUID.fromString(CRESCO))
                .setParameter("m", SKOVDE)
                .setParameter("start", start)
                .setParameter("end", start.plusMonths(6))
                .setParameter("c", UUID.fromString(Tokens.ANNA_ID))
                .executeUpdate();
        return enrollment;
    }

    @Transactional
    public void exit(UUID enrollmentId, LocalDate exitDate) {
        em.createNativeQuery("""
                UPDATE enrollment SET status = 'exited', phase = 'exit', open_marker = NULL, exit_date = :d,
                  exit_outcome = 'work', version = version + 1 WHERE id = :id""")
                .setParameter("d", exitDate)
                .setParameter("id", enrollmentId)
                .executeUpdate();
    }

    public static final String WELLBEING = "20000000-0000-0000-0000-000000000003";

    /**
     * A BIP-11 assessment; {@code ratings} maps an item's position (1–11) to its participant and
     * coordinator values, either of which may be null.
     */
    public UUID bipAssessment(UUID enrollmentId, LocalDate on, Map<Integer, Integer[]> ratings) {
        Map<UUID, Integer[]> byItem = new java.util.LinkedHashMap<>();
        ratings.forEach((position, values) -> byItem.put(item(1, position), values));
        return assessment(enrollmentId, UUID.fromString(BIP11), on, byItem);
    }

    /** An assessment on any instrument; {@code ratings} maps item ids to participant and coordinator values. */
    @Transactional
    public UUID assessment(UUID enrollmentId, UUID instrumentId, LocalDate on, Map<UUID, Integer[]> ratings) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO assessment (id, enrollment_id, instrument_id, assessed_on, recorded_by)
                VALUES (:id, :e, :i, :on, :by)""")
                .setParameter("id", id)
                .setParameter("e", enrollmentId)
                .setParameter("i", instrumentId)
                .setParameter("on", on)
                .setParameter("by", UUID.fromString(Tokens.ANNA_ID))
                .executeUpdate();
        // The values are test integers or NULL, written as literals (a null parameter has no SQL type).
        ratings.forEach((item, values) -> em.createNativeQuery(
                "INSERT INTO assessment_rating (assessment_id, item_id, participant_value, coordinator_value) VALUES (:a, :item, "
                        + values[0] + ", " + values[1] + ")")
                .setParameter("a", id)
                .setParameter("item", item)
                .executeUpdate());
        return id;
    }

    @Transactional
    public LocalDate lastPlanFollowUpOn(UUID enrollmentId) {
        return Sql.date(em.createNativeQuery("SELECT last_plan_follow_up_on FROM enrollment WHERE id = :id")
                .setParameter("id", enrollmentId).getSingleResult());
    }

    /** How many audit entries of the action touch the participant of the enrollment. */
    @Transactional
    public long auditEntries(UUID enrollmentId, String action, String resource) {
        // Reads are stored write-behind: count what was recorded, not what happens to be committed yet.
        io.quarkus.arc.Arc.container().instance(se.stegvis.audit.AuditLog.class).get().flush();
        return ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM audit_event ev
                JOIN audit_event_participant ap ON ap.event_id = COALESCE(ev.participants_of, ev.id)
                JOIN enrollment e ON e.participant_id = ap.participant_id
                WHERE e.id = :id AND ev.action = :action AND ev.resource = :resource""")
                .setParameter("id", enrollmentId)
                .setParameter("action", action)
                .setParameter("resource", resource)
                .getSingleResult()).longValue();
    }

    /** Item ids of the reference data: instrument 1 is BIP-11, 2 SKAPA, 3 the well-being survey. */
    public static UUID item(int instrument, int position) {
        return UUID.fromString(String.format("21000000-0000-0000-%04d-0000000000%02d", instrument, position));
    }
}
