package se.stegvis.enrollment;

import java.util.List;
import java.util.UUID;

import org.hibernate.query.NativeQuery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;

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

    public EnrollmentEntity requireVisible(UUID enrollmentId) {
        EnrollmentEntity e = enrollments.findByIdOptional(enrollmentId)
                .orElseThrow(() -> ApiException.notFound("Enrollment"));
        if (!scope.covers(e.projectId, e.municipalityCode)) {
            throw ApiException.notFound("Enrollment");
        }
        return e;
    }

    /**
     * As {@link #requireVisible} and still open; locks the row for the rest of the transaction so
     * that an exit running at the same time cannot slip in between the check and the write. The
     * caller's assignments are checked in the locking read itself (one statement instead of
     * loading every assignment of a project manager who may have hundreds), so a row the caller
     * may not see is neither returned nor locked.
     */
    public EnrollmentEntity requireOpen(UUID enrollmentId) {
        if (!scope.worksWithParticipants()) {
            throw ApiException.notFound("Enrollment");
        }
        // The directory names the recorders of what is written (as AccessScope does on a read).
        directory.remember(user);
        @SuppressWarnings("unchecked")
        List<EnrollmentEntity> rows = em.createNativeQuery("SELECT e.* FROM enrollment e WHERE e.id = :id AND "
                + AccessScope.ENROLLMENT_PREDICATE + " FOR UPDATE", EnrollmentEntity.class)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(EnrollmentEntity.class)
                .setParameter("id", enrollmentId)
                .setParameter("scopeUser", user.id())
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Enrollment");
        }
        EnrollmentEntity e = rows.get(0);
        if (!e.isOpen()) {
            throw ApiException.conflict("enrollment-exited", "The enrollment has ended; nothing more can be recorded on it");
        }
        return e;
    }
}
