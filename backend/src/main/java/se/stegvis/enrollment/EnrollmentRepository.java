package se.stegvis.enrollment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.web.Sql;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<EnrollmentEntity, UUID> {

    /** The enrollment if it lies within user {@code scopeUser}'s assignments. */
    public Optional<EnrollmentEntity> findVisible(UUID enrollmentId, UUID scopeUser) {
        @SuppressWarnings("unchecked")
        List<EnrollmentEntity> rows = getEntityManager().createNativeQuery("SELECT e.* FROM enrollment e WHERE e.id = :id AND "
                + AccessScope.ENROLLMENT_PREDICATE, EnrollmentEntity.class)
                .setParameter("id", enrollmentId)
                .setParameter("scopeUser", scopeUser)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** {@link EnrollmentAccess.Visible} of the enrollment if it lies within user {@code scopeUser}'s assignments. */
    public Optional<EnrollmentAccess.Visible> findVisibleSummary(UUID enrollmentId, UUID scopeUser) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT e.id, e.participant_id, e.project_id, e.status,"
                + " e.start_date, e.next_assessment_due FROM enrollment e WHERE e.id = :id AND " + AccessScope.ENROLLMENT_PREDICATE)
                .setParameter("id", enrollmentId)
                .setParameter("scopeUser", scopeUser)
                .getResultList();
        return rows.stream().findFirst().map(r -> new EnrollmentAccess.Visible(Sql.uuid(r[0]), Sql.uuid(r[1]), Sql.uuid(r[2]),
                (String) r[3], Sql.date(r[4]), Sql.date(r[5])));
    }

    /** The participant's enrollments within user {@code scopeUser}'s assignments, newest first. */
    @SuppressWarnings("unchecked")
    public List<EnrollmentEntity> listForParticipant(UUID participantId, UUID scopeUser) {
        return getEntityManager().createNativeQuery("SELECT e.* FROM enrollment e WHERE e.participant_id = :p AND "
                + AccessScope.ENROLLMENT_PREDICATE + " ORDER BY e.start_date DESC, e.created_at DESC, e.id",
                EnrollmentEntity.class)
                .setParameter("p", participantId)
                .setParameter("scopeUser", scopeUser)
                .getResultList();
    }

    /** Whether the participant has an open enrollment in the project (a locking, hence current, read). */
    public boolean openExists(UUID participantId, UUID projectId) {
        return ((Number) getEntityManager().createNativeQuery("""
                SELECT COUNT(*) FROM enrollment WHERE participant_id = :p AND project_id = :project AND status = 'open'
                LOCK IN SHARE MODE""")
                .setParameter("p", participantId)
                .setParameter("project", projectId)
                .getSingleResult()).longValue() > 0;
    }

    /**
     * Locks the project's row for the municipality until the transaction ends, so that two
     * enrollments cannot both take the last place, and answers its capacity (null: not served).
     */
    public Integer lockCapacity(UUID projectId, String municipalityCode) {
        List<?> rows = getEntityManager().createNativeQuery("""
                SELECT capacity FROM project_municipality WHERE project_id = :p AND municipality_code = :m FOR UPDATE""")
                .setParameter("p", projectId)
                .setParameter("m", municipalityCode)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }

    /** Open enrollments in the project and municipality, read current (not from the transaction's snapshot). */
    public int openCount(UUID projectId, String municipalityCode) {
        return ((Number) getEntityManager().createNativeQuery("""
                SELECT COUNT(*) FROM enrollment WHERE project_id = :p AND status = 'open' AND municipality_code = :m
                LOCK IN SHARE MODE""")
                .setParameter("p", projectId)
                .setParameter("m", municipalityCode)
                .getSingleResult()).intValue();
    }

    /** Ends the enrollment's running interventions on the exit date; planned ones are cancelled. */
    public int endInterventions(UUID enrollmentId, java.time.LocalDate exitDate) {
        int ended = getEntityManager().createNativeQuery("""
                UPDATE intervention SET end_date = :d, status = 'completed', version = version + 1
                WHERE enrollment_id = :e AND status IN ('ongoing', 'paused')""")
                .setParameter("d", exitDate)
                .setParameter("e", enrollmentId)
                .executeUpdate();
        int cancelled = getEntityManager().createNativeQuery("""
                UPDATE intervention SET status = 'cancelled', version = version + 1
                WHERE enrollment_id = :e AND status = 'planned'""")
                .setParameter("e", enrollmentId)
                .executeUpdate();
        return ended + cancelled;
    }
}
