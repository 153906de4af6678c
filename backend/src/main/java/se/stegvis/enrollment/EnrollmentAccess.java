package se.stegvis.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;

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
     * every call.
     */
    public record Visible(UUID id, UUID participantId, UUID projectId, String status, LocalDate startDate,
            LocalDate nextAssessmentDue) {
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
     * that an exit running at the same time cannot slip in between the check and the write.
     */
    public EnrollmentEntity requireOpen(UUID enrollmentId) {
        EnrollmentEntity e = enrollments.findByIdOptional(enrollmentId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Enrollment"));
        if (!scope.covers(e.projectId, e.municipalityCode)) {
            throw ApiException.notFound("Enrollment");
        }
        if (!e.isOpen()) {
            throw ApiException.conflict("enrollment-exited", "The enrollment has ended; nothing more can be recorded on it");
        }
        return e;
    }
}
