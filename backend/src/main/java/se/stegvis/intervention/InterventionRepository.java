package se.stegvis.intervention;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InterventionRepository implements PanacheRepositoryBase<InterventionEntity, UUID> {

    /** The enrollment's interventions by start date (then by when they were recorded). */
    public List<InterventionEntity> byEnrollment(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by startDate, createdAt, id", enrollmentId);
    }

    public boolean organisationExists(UUID organisationId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM organisation WHERE id = :id")
                .setParameter("id", organisationId)
                .getSingleResult()).longValue() > 0;
    }
}
