package se.stegvis.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import se.stegvis.common.web.Sql;

@ApplicationScoped
public class PlanFollowUpRepository implements PanacheRepositoryBase<PlanFollowUpEntity, UUID> {

    /**
     * Counts the indicators that rose between the first and the latest progression assessment of
     * the enrollment, per progression instrument (item ids belong to one instrument, so only
     * assessments on the same instrument compare). Per item the coordinator's values are compared
     * where both assessments have one, else the participant's; an item missing from either side
     * does not count. One query, whatever the number of assessments.
     */
    public int indicatorsRaised(UUID enrollmentId) {
        Object count = getEntityManager().createNativeQuery("""
                WITH ranked AS (
                  SELECT a.id, a.instrument_id,
                    ROW_NUMBER() OVER (PARTITION BY a.instrument_id ORDER BY a.assessed_on, a.created_at, a.id) AS first_rank,
                    ROW_NUMBER() OVER (PARTITION BY a.instrument_id ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC) AS last_rank
                  FROM assessment a JOIN instrument i ON i.id = a.instrument_id
                  WHERE a.enrollment_id = :e AND i.purpose = 'progression')
                SELECT COUNT(*) FROM ranked f
                JOIN ranked l ON l.instrument_id = f.instrument_id AND l.last_rank = 1 AND l.id <> f.id
                JOIN assessment_rating rf ON rf.assessment_id = f.id
                JOIN assessment_rating rl ON rl.assessment_id = l.id AND rl.item_id = rf.item_id
                WHERE f.first_rank = 1
                  AND CASE WHEN rf.coordinator_value IS NOT NULL AND rl.coordinator_value IS NOT NULL
                           THEN rl.coordinator_value > rf.coordinator_value
                           ELSE COALESCE(rl.participant_value > rf.participant_value, FALSE) END""")
                .setParameter("e", enrollmentId)
                .getSingleResult();
        return Sql.integer(count);
    }

    /** The item keys of the instruments the project uses: what a sub-goal may link to. */
    public Set<String> projectItemKeys(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = getEntityManager().createNativeQuery("""
                SELECT DISTINCT ii.item_key FROM project_instrument pi
                JOIN instrument_item ii ON ii.instrument_id = pi.instrument_id
                WHERE pi.project_id = :p""")
                .setParameter("p", projectId)
                .getResultList();
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add((String) r));
        return keys;
    }

    /** Follow-up meetings, newest first. */
    public List<PlanFollowUpEntity> ofEnrollment(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by meetingDate desc, createdAt desc, id desc", enrollmentId);
    }
}
