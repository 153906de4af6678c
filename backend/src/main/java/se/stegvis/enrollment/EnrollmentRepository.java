package se.stegvis.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.AssignmentCache;
import se.stegvis.common.web.PooledRead;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<EnrollmentEntity, UUID> {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AssignmentCache assignments;

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

    /**
     * {@link EnrollmentAccess.Visible} of the enrollment if it lies within user {@code scopeUser}'s
     * assignments, with its change stamps (V99) for {@link se.stegvis.common.web.KeptAnswers}. Every
     * read below an enrollment starts here, so it is one statement through the pool without an ORM
     * session, and the assignments are checked against {@link AssignmentCache} under the caller's
     * scope stamp read in the same statement.
     */
    public Optional<EnrollmentAccess.Visible> findVisibleSummary(UUID enrollmentId, UUID scopeUser) {
        return PooledRead.query(dataSource, "the enrollment", VISIBLE_SUMMARY,
                List.of(scopeUser.toString(), enrollmentId.toString()), r -> {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    UUID project = UUID.fromString(r.getString(2));
                    if (!assignments.covers(scopeUser, r.getLong(9), project, r.getString(3))) {
                        return Optional.empty();
                    }
                    return Optional.of(new EnrollmentAccess.Visible(enrollmentId, UUID.fromString(r.getString(1)), project,
                            r.getString(4), r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class),
                            r.getLong(7) + ":" + r.getLong(8)));
                });
    }

    private static final String VISIBLE_SUMMARY = "SELECT e.participant_id, e.project_id, e.municipality_code, e.status,"
            + " e.start_date, e.next_assessment_due, COALESCE(c.stamp, 0), r.stamp, u.scope_stamp FROM enrollment e"
            + " LEFT JOIN enrollment_change c ON c.enrollment_id = e.id JOIN reference_change r ON r.id = 1"
            + " JOIN app_user u ON u.id = ? WHERE e.id = ?";

    /**
     * The ids and change stamps (V99) of the participant's enrollments within user
     * {@code scopeUser}'s assignments, with the shared reference stamp: what a kept list of them
     * is kept under; empty when the user sees none. Checked as {@link #findVisibleSummary} is.
     */
    public String visibleFingerprint(UUID participantId, UUID scopeUser) {
        List<String> rows = PooledRead.query(dataSource, "the enrollments' change stamps", VISIBLE_FINGERPRINT,
                List.of(scopeUser.toString(), participantId.toString()), r -> {
                    List<String> visible = new ArrayList<>();
                    while (r.next()) {
                        if (assignments.covers(scopeUser, r.getLong(6), UUID.fromString(r.getString(2)), r.getString(3))) {
                            visible.add(r.getString(1) + ' ' + r.getLong(4) + ' ' + r.getLong(5));
                        }
                    }
                    return visible;
                });
        Collections.sort(rows);
        return String.join(";", rows);
    }

    private static final String VISIBLE_FINGERPRINT = "SELECT e.id, e.project_id, e.municipality_code, COALESCE(c.stamp, 0),"
            + " r.stamp, u.scope_stamp FROM enrollment e LEFT JOIN enrollment_change c ON c.enrollment_id = e.id"
            + " JOIN reference_change r ON r.id = 1 JOIN app_user u ON u.id = ? WHERE e.participant_id = ?";

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
