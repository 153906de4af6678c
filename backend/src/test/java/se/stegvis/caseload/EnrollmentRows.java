package se.stegvis.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import se.stegvis.common.time.SwedishCalendar;

/**
 * Writes enrollment and intervention rows straight into the test database, with exactly the
 * dates a test needs, and reads back what the API must never show (ciphertext, audit rows).
 */
@ApplicationScoped
public class EnrollmentRows {

    public static final UUID CRESCO = UUID.fromString("30000000-0000-0000-0000-000000000001");
    public static final UUID MAC = UUID.fromString("30000000-0000-0000-0000-000000000002");
    public static final UUID REBUS = UUID.fromString("30000000-0000-0000-0000-000000000003");

    public static final UUID WORK_TRAINING = UUID.fromString("10000000-0000-0000-0000-000000000002");
    public static final UUID PHYSIOTHERAPY = UUID.fromString("10000000-0000-0000-0000-000000000012");
    public static final UUID STUDIES = UUID.fromString("10000000-0000-0000-0000-000000000009");

    @Inject
    EntityManager em;

    /** An open enrollment in Cresco+ Skövde that started 30 days ago and ends in 180; change what matters. */
    public static Row open(UUID participantId, UUID coordinatorId) {
        Row r = new Row();
        r.participantId = participantId;
        r.coordinatorId = coordinatorId;
        return r;
    }

    public static class Row {
        public UUID participantId;
        public UUID projectId = CRESCO;
        public String municipalityCode = "1496";
        public LocalDate startDate = today().minusDays(30);
        public LocalDate plannedEndDate = today().plusDays(180);
        public String status = "open";
        public String phase = "mapping";
        public UUID coordinatorId;
        public LocalDate nextAssessmentDue;
        public LocalDate lastPlanFollowUpOn;
        public LocalDate exitDate;
        public LocalDate followUpDate;

        public Row project(UUID project, String municipality) {
            projectId = project;
            municipalityCode = municipality;
            return this;
        }

        public Row start(LocalDate start) {
            startDate = start;
            return this;
        }

        public Row plannedEnd(LocalDate end) {
            plannedEndDate = end;
            return this;
        }

        public Row phase(String value) {
            phase = value;
            return this;
        }

        public Row nextAssessmentDue(LocalDate due) {
            nextAssessmentDue = due;
            return this;
        }

        public Row lastPlanFollowUpOn(LocalDate on) {
            lastPlanFollowUpOn = on;
            return this;
        }

        public Row exited(LocalDate on, LocalDate followUp) {
            status = "exited";
            phase = "exit";
            exitDate = on;
            followUpDate = followUp;
            return this;
        }
    }

    public static LocalDate today() {
        return SwedishCalendar.today();
    }

    @Transactional
    public UUID insert(Row r) {
        UUID id = UUID.randomUUID();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("participant_id", r.participantId);
        values.put("project_id", r.projectId);
        values.put("municipality_code", r.municipalityCode);
        values.put("start_date", r.startDate);
        values.put("planned_end_date", r.plannedEndDate);
        values.put("status", r.status);
        values.put("phase", r.phase);
        values.put("coordinator_id", r.coordinatorId);
        values.put("next_assessment_due", r.nextAssessmentDue);
        values.put("last_plan_follow_up_on", r.lastPlanFollowUpOn);
        values.put("exit_date", r.exitDate);
        values.put("follow_up_date", r.followUpDate);
        values.put("open_marker", "open".equals(r.status) ? 1 : null);
        insert("enrollment", values);
        return id;
    }

    /** An intervention of the given type and status, from start to end (null: open-ended). */
    @Transactional
    public UUID intervention(UUID enrollmentId, UUID typeId, String status, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("enrollment_id", enrollmentId);
        values.put("type_id", typeId);
        values.put("start_date", start);
        values.put("end_date", end);
        values.put("status", status);
        insert("intervention", values);
        return id;
    }

    @Transactional
    public byte[] identityCipher(UUID participantId) {
        return (byte[]) em.createNativeQuery("SELECT identity_cipher FROM participant WHERE id = :id")
                .setParameter("id", participantId).getSingleResult();
    }

    @Transactional
    public Object[] identityColumns(UUID participantId) {
        return (Object[]) em.createNativeQuery(
                "SELECT identity_type, identity_masked, LENGTH(identity_hash), birth_date, birth_year FROM participant WHERE id = :id")
                .setParameter("id", participantId).getSingleResult();
    }

    /** Audit events of this action by this user naming the participant. */
    @Transactional
    public int auditEvents(String action, String username, UUID participantId) {
        // Reads are stored write-behind: count what was recorded, not what happens to be committed yet.
        io.quarkus.arc.Arc.container().instance(se.stegvis.audit.AuditLog.class).get().flush();
        return ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM audit_event a JOIN audit_event_participant ap ON ap.event_id = COALESCE(a.participants_of, a.id)
                WHERE a.action = :action AND a.username = :username AND ap.participant_id = :p""")
                .setParameter("action", action).setParameter("username", username).setParameter("p", participantId)
                .getSingleResult()).intValue();
    }

    /** A statement in plain SQL, committed on its own: a change made as another instance or an operator would make it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sql(String statement, Map<String, Object> parameters) {
        Query q = em.createNativeQuery(statement);
        parameters.forEach(q::setParameter);
        q.executeUpdate();
    }

    /** The single value {@code query} reads. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Object single(String query, Map<String, Object> parameters) {
        Query q = em.createNativeQuery(query);
        parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Runs {@code meanwhile} with the user's assignments to the project withdrawn, then gives them back. */
    public void withoutAssignments(UUID userId, UUID projectId, Runnable meanwhile) {
        Map<String, Object> who = Map.of("u", userId, "p", projectId);
        @SuppressWarnings("unchecked")
        List<Object[]> assignments = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT id, municipality_code FROM user_assignment WHERE user_id = :u AND project_id = :p")
                .setParameter("u", userId).setParameter("p", projectId).getResultList());
        try {
            sql("DELETE FROM user_assignment WHERE user_id = :u AND project_id = :p", who);
            meanwhile.run();
        } finally {
            for (Object[] a : assignments) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("id", a[0]);
                values.put("user_id", userId);
                values.put("project_id", projectId);
                values.put("municipality_code", a[1]);
                QuarkusTransaction.requiringNew().run(() -> insert("user_assignment", values));
            }
        }
    }

    private void insert(String table, Map<String, Object> values) {
        List<String> placeholders = new ArrayList<>();
        values.forEach((column, value) -> placeholders.add(value == null ? "NULL" : ":" + column));
        Query q = em.createNativeQuery("INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + String.join(", ", placeholders) + ")");
        values.forEach((column, value) -> {
            if (value != null) {
                q.setParameter(column, value);
            }
        });
        q.executeUpdate();
    }
}
