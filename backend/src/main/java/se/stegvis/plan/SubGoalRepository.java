package se.stegvis.plan;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SubGoalRepository implements PanacheRepositoryBase<SubGoalEntity, UUID> {

    /** Every sub-goal of every goal of the enrollment, in one query, in the order they were set. */
    public List<SubGoalEntity> ofEnrollment(UUID enrollmentId) {
        return getEntityManager().createQuery("""
                SELECT s FROM SubGoalEntity s WHERE s.goalId IN
                  (SELECT g.id FROM GoalEntity g WHERE g.enrollmentId = :e)
                ORDER BY s.createdAt, s.id""", SubGoalEntity.class)
                .setParameter("e", enrollmentId)
                .getResultList();
    }

    public List<SubGoalEntity> ofGoal(UUID goalId) {
        return list("goalId = ?1 order by createdAt, id", goalId);
    }
}
