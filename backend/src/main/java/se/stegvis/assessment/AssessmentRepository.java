package se.stegvis.assessment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<AssessmentEntity, UUID> {

    /** The enrollment's assessments, oldest first (by date, then by when they were recorded). */
    public List<AssessmentEntity> byEnrollment(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by assessedOn, createdAt, id", enrollmentId);
    }

    /**
     * The ratings of every assessment of the enrollment, in one query with one parameter (a list
     * parameter would make Hibernate translate the query again on every call).
     */
    public List<AssessmentRatingEntity> ratingsOfEnrollment(UUID enrollmentId) {
        return getEntityManager().createQuery("""
                select r from AssessmentRatingEntity r
                where r.assessmentId in (select a.id from AssessmentEntity a where a.enrollmentId = :e)""",
                AssessmentRatingEntity.class)
                .setParameter("e", enrollmentId)
                .getResultList();
    }

    /** The ratings of the given assessments, in one query. */
    public List<AssessmentRatingEntity> ratingsOf(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("from AssessmentRatingEntity r where r.assessmentId in :ids", AssessmentRatingEntity.class)
                .setParameter("ids", assessmentIds)
                .getResultList();
    }

    public void persistRating(AssessmentRatingEntity rating) {
        getEntityManager().persist(rating);
    }
}
