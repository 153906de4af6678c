package se.stegvis.group;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import se.stegvis.common.web.Sql;

@ApplicationScoped
public class GroupMemberRepository implements PanacheRepositoryBase<GroupMemberEntity, UUID> {

    /** Who a member is: the enrollment's participant and where the enrollment lies (for the access check). */
    public record Person(UUID enrollmentId, UUID participantId, UUID projectId, String municipalityCode, String status,
            LocalDate startDate, LocalDate exitDate, String name) {
    }

    public List<GroupMemberEntity> ofGroup(UUID groupId) {
        return list("groupId = ?1 order by joinedOn, id", groupId);
    }

    public List<GroupMemberEntity> ofEnrollment(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by joinedOn, id", enrollmentId);
    }

    /** Whether the enrollment is a member of the group on the day or later: not left, or leaving after it. */
    public boolean memberFrom(UUID groupId, UUID enrollmentId, LocalDate day) {
        return count("groupId = ?1 and enrollmentId = ?2 and (leftOn is null or leftOn > ?3)", groupId, enrollmentId, day) > 0;
    }

    /**
     * Members who hold a place in the group on the day: not left by then, and their enrollment not
     * ended before it (an exit frees the place without anyone recording a leave).
     */
    public long countStaying(UUID groupId, LocalDate on) {
        return ((Number) getEntityManager().createNativeQuery("""
                SELECT COUNT(*) FROM group_member m JOIN enrollment e ON e.id = m.enrollment_id
                WHERE m.group_id = :g AND (m.left_on IS NULL OR m.left_on > :on)
                  AND (e.exit_date IS NULL OR e.exit_date >= :on)""")
                .setParameter("g", groupId).setParameter("on", on).getSingleResult()).longValue();
    }

    public Map<UUID, Person> people(Collection<UUID> enrollmentIds) {
        Map<UUID, Person> result = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT e.id, e.participant_id, e.project_id, e.municipality_code, e.status, e.start_date, e.exit_date,
                  p.first_name, p.last_name, p.protected_identity
                FROM enrollment e JOIN participant p ON p.id = e.participant_id WHERE e.id IN (:ids)""")
                .setParameter("ids", enrollmentIds).getResultList();
        for (Object[] r : rows) {
            UUID id = Sql.uuid(r[0]);
            result.put(id, new Person(id, Sql.uuid(r[1]), Sql.uuid(r[2]), (String) r[3], (String) r[4], Sql.date(r[5]), Sql.date(r[6]),
                    name((String) r[7], (String) r[8], Sql.bool(r[9]))));
        }
        return result;
    }

    /** A protected person's name is never stored; the others may lack one (registered without it). */
    static String name(String first, String last, boolean protectedIdentity) {
        if (protectedIdentity) {
            return "Skyddad identitet";
        }
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return joined.isEmpty() ? "Namn saknas" : joined;
    }
}
