package se.stegvis.plan;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<GoalEntity, UUID> {

    /** The plan's goals in the order they were set. */
    public List<GoalEntity> ofEnrollment(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by createdAt, id", enrollmentId);
    }
}
