package se.stegvis.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hibernate.query.NativeQuery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.web.Sql;

/**
 * The one gate every feature below an enrollment (interventions, assessments, plans, journal)
 * passes: the enrollment must exist and lie within the caller's assignments, else 404.
 */
@ApplicationScoped
public class EnrollmentAccess {

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    AccessScope scope;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    /**
     * One statement: the row and the assignment check together ({@link AccessScope#ENROLLMENT_PREDICATE}),
     * instead of loading the row and then the caller's assignments. Every page below an enrollment
     * passes here, so it is on the hottest read path.
     */
    public EnrollmentEntity requireVisible(UUID enrollmentId) {
        if (!scope.worksWithParticipants()) {
            throw ApiException.notFound("Enrollment");
        }
        return enrollments.findVisible(enrollmentId, scope.userId())
                .orElseThrow(() -> ApiException.notFound("Enrollment"));
    }

    /**
     * What the read pages below an enrollment (interventions, assessments, the plan) need of it,
     * with the same check as {@link #requireVisible}: a few scalar columns instead of the whole
     * entity (about fifty columns, two of them JSON), which Hibernate hydrated and snapshotted on
     * every call. {@code changeStamp} moves whenever anything shown about the enrollment changes
     * (its own and the shared reference stamp, migration V99): the fingerprint of a kept answer.
     */
    public record Visible(UUID id, UUID participantId, UUID projectId, String status, LocalDate startDate,
            LocalDate nextAssessmentDue, String changeStamp) {
        public boolean isOpen() {
            return EnrollmentEntity.OPEN.equals(status);
        }
    }

    public Visible requireVisibleSummary(UUID enrollmentId) {
        if (!scope.worksWithParticipants()) {
            throw ApiException.notFound("Enrollment");
        }
        return enrollments.findVisibleSummary(enrollmentId, scope.userId())
                .orElseThrow(() -> ApiException.notFound("Enrollment"));
    }

    /**
     * As {@link #requireVisible} and still open; locks the row for the rest of the transaction so
     * that an exit running at the same time cannot slip in between the check and the write. The
     * caller's assignments are checked in the locking read itself (one statement instead of
     * loading every assignment of a project manager who may have hundreds), so a row the caller
     * may not see is neither returned nor locked.
     */
    public EnrollmentEntity requireOpen(UUID enrollmentId) {
        EnrollmentEntity e = (EnrollmentEntity) lockVisible(
                em.createNativeQuery("SELECT e.*" + LOCKED_ROW, EnrollmentEntity.class), enrollmentId);
        requireStillOpen(e.status);
        return e;
    }

    /**
     * What a write below an enrollment needs of it when it needs no more: see {@link #lockOpen}.
     * {@code lastAssessmentOn} is the date of its latest progression assessment, which recording
     * one keeps in step (read under the lock, so a concurrent recording cannot slip past it).
     */
    public record OpenEnrollment(UUID id, UUID participantId, UUID projectId, LocalDate startDate,
            LocalDate lastAssessmentOn) {
    }

    /**
     * As {@link #requireOpen}, for writes that need only the enrollment's ids and start: the same
     * locking read of four columns instead of the whole row as a managed entity (no JSON columns
     * parsed, nothing for the session to dirty-check at commit).
     */
    public OpenEnrollment lockOpen(UUID enrollmentId) {
        Object[] row = (Object[]) lockVisible(em.createNativeQuery(
                "SELECT e.participant_id, e.project_id, e.start_date, e.status, e.last_assessment_on" + LOCKED_ROW),
                enrollmentId);
        requireStillOpen((String) row[3]);
        return new OpenEnrollment(enrollmentId, Sql.uuid(row[0]), Sql.uuid(row[1]), Sql.date(row[2]),
                Sql.date(row[4]));
    }

    private static final String LOCKED_ROW = " FROM enrollment e WHERE e.id = :id AND "
            + AccessScope.ENROLLMENT_PREDICATE + " FOR UPDATE";

    /** Runs a locking read of the enrollment within the caller's assignments; its one row, else 404. */
    private Object lockVisible(Query query, UUID enrollmentId) {
        if (!scope.worksWithParticipants()) {
            throw ApiException.notFound("Enrollment");
        }
        // The directory names the recorders of what is written (as AccessScope does on a read).
        directory.remember(user);
        List<?> rows = query.unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(EnrollmentEntity.class)
                .setParameter("id", enrollmentId)
                .setParameter("scopeUser", user.id())
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Enrollment");
        }
        return rows.get(0);
    }

    private static void requireStillOpen(String status) {
        if (!EnrollmentEntity.OPEN.equals(status)) {
            throw ApiException.conflict("enrollment-exited", "The enrollment has ended; nothing more can be recorded on it");
        }
    }
}
