package se.stegvis.enrollment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The phase, coordinator and extension histories of enrollments, oldest first. */
@ApplicationScoped
public class EnrollmentHistoryRepository {

    @Inject
    EntityManager em;

    public void persist(Object row) {
        em.persist(row);
    }

    public List<EnrollmentPhaseEntity> phases(UUID enrollmentId) {
        return em.createQuery("""
                FROM EnrollmentPhaseEntity WHERE enrollmentId = :e ORDER BY fromDate, changedAt, id""",
                EnrollmentPhaseEntity.class).setParameter("e", enrollmentId).getResultList();
    }

    public List<EnrollmentCoordinatorEntity> coordinators(UUID enrollmentId) {
        return em.createQuery("""
                FROM EnrollmentCoordinatorEntity WHERE enrollmentId = :e
                ORDER BY fromDate, CASE WHEN toDate IS NULL THEN 1 ELSE 0 END, id""",
                EnrollmentCoordinatorEntity.class).setParameter("e", enrollmentId).getResultList();
    }

    /** The phase history of every enrollment of the participant, in one query (the list of enrollments). */
    public List<EnrollmentPhaseEntity> phasesOfParticipant(UUID participantId) {
        return em.createQuery("""
                FROM EnrollmentPhaseEntity h WHERE h.enrollmentId IN
                  (SELECT e.id FROM EnrollmentEntity e WHERE e.participantId = :p) ORDER BY fromDate, changedAt, id""",
                EnrollmentPhaseEntity.class).setParameter("p", participantId).getResultList();
    }

    public List<EnrollmentCoordinatorEntity> coordinatorsOfParticipant(UUID participantId) {
        return em.createQuery("""
                FROM EnrollmentCoordinatorEntity h WHERE h.enrollmentId IN
                  (SELECT e.id FROM EnrollmentEntity e WHERE e.participantId = :p)
                ORDER BY fromDate, CASE WHEN toDate IS NULL THEN 1 ELSE 0 END, id""",
                EnrollmentCoordinatorEntity.class).setParameter("p", participantId).getResultList();
    }

    public List<EnrollmentExtensionEntity> extensionsOfParticipant(UUID participantId) {
        return em.createQuery("""
                FROM EnrollmentExtensionEntity h WHERE h.enrollmentId IN
                  (SELECT e.id FROM EnrollmentEntity e WHERE e.participantId = :p) ORDER BY newPlannedEnd, id""",
                EnrollmentExtensionEntity.class).setParameter("p", participantId).getResultList();
    }

    public List<EnrollmentExtensionEntity> extensions(UUID enrollmentId) {
        return em.createQuery("""
                FROM EnrollmentExtensionEntity WHERE enrollmentId = :e ORDER BY newPlannedEnd, id""",
                EnrollmentExtensionEntity.class).setParameter("e", enrollmentId).getResultList();
    }
}
