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

/** Groups, and the aggregate figures shown with them, each computed in one query for many groups. */
@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<GroupEntity, UUID> {

    /** Groups of the given projects, newest start first. */
    public List<GroupEntity> ofProjects(Collection<UUID> projectIds, LocalDate endingNotBefore) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        if (endingNotBefore == null) {
            return list("projectId in ?1 order by startDate desc, name, id", projectIds);
        }
        return list("projectId in ?1 and (endDate is null or endDate >= ?2) order by startDate desc, name, id",
                projectIds, endingNotBefore);
    }

    public Map<UUID, String> projectNames(Collection<UUID> projectIds) {
        Map<UUID, String> names = new HashMap<>();
        if (projectIds.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, name FROM project WHERE id IN (:ids)")
                .setParameter("ids", projectIds).getResultList();
        rows.forEach(r -> names.put(Sql.uuid(r[0]), (String) r[1]));
        return names;
    }

    public boolean projectExists(UUID projectId) {
        return count("SELECT 1 FROM project WHERE id = :id", projectId) > 0;
    }

    /** Members who are in the group on the day: not left, and their enrollment has not ended before it. */
    public Map<UUID, Integer> memberCounts(Collection<UUID> groupIds, LocalDate on) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT m.group_id, COUNT(*) FROM group_member m JOIN enrollment e ON e.id = m.enrollment_id
                WHERE m.group_id IN (:ids) AND (m.left_on IS NULL OR m.left_on > :on)
                  AND (e.exit_date IS NULL OR e.exit_date >= :on)
                GROUP BY m.group_id""")
                .setParameter("ids", groupIds).setParameter("on", on).getResultList();
        rows.forEach(r -> counts.put(Sql.uuid(r[0]), Sql.integer(r[1])));
        return counts;
    }

    /** Per group: sessions not cancelled, and the first of them from the day on. */
    public Map<UUID, Object[]> sessionSummaries(Collection<UUID> groupIds, LocalDate from) {
        Map<UUID, Object[]> result = new HashMap<>();
        if (groupIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT group_id, COUNT(*), MIN(CASE WHEN session_date >= :from THEN session_date END)
                FROM group_session WHERE group_id IN (:ids) AND status = 'scheduled' GROUP BY group_id""")
                .setParameter("ids", groupIds).setParameter("from", from).getResultList();
        rows.forEach(r -> result.put(Sql.uuid(r[0]), new Object[] { Sql.integer(r[1]), Sql.date(r[2]) }));
        return result;
    }

    /** Recorded attendance per group. */
    public Map<UUID, Figures> groupFigures(Collection<UUID> groupIds) {
        Map<UUID, Figures> result = new HashMap<>();
        if (groupIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT s.group_id, a.status, COUNT(*) FROM group_attendance a JOIN group_session s ON s.id = a.session_id
                WHERE s.group_id IN (:ids) AND s.status = 'scheduled' GROUP BY s.group_id, a.status""")
                .setParameter("ids", groupIds).getResultList();
        rows.forEach(r -> result.computeIfAbsent(Sql.uuid(r[0]), k -> new Figures()).add((String) r[1], Sql.integer(r[2])));
        return result;
    }

    /** Recorded attendance per member of a group. */
    public Map<UUID, Figures> memberFigures(UUID groupId) {
        return figures("""
                SELECT a.member_id, a.status, COUNT(*) FROM group_attendance a JOIN group_session s ON s.id = a.session_id
                WHERE s.group_id = :id AND s.status = 'scheduled' GROUP BY a.member_id, a.status""", groupId);
    }

    /** Recorded attendance per session of a group. */
    public Map<UUID, Figures> sessionFigures(UUID groupId) {
        return figures("""
                SELECT a.session_id, a.status, COUNT(*) FROM group_attendance a JOIN group_session s ON s.id = a.session_id
                WHERE s.group_id = :id GROUP BY a.session_id, a.status""", groupId);
    }

    public Map<UUID, Figures> figuresOfMember(UUID memberId) {
        return figures("""
                SELECT a.member_id, a.status, COUNT(*) FROM group_attendance a JOIN group_session s ON s.id = a.session_id
                WHERE a.member_id = :id AND s.status = 'scheduled' GROUP BY a.member_id, a.status""", memberId);
    }

    public Map<UUID, Figures> figuresOfSession(UUID sessionId) {
        return figures("SELECT session_id, status, COUNT(*) FROM group_attendance WHERE session_id = :id GROUP BY session_id, status",
                sessionId);
    }

    private Map<UUID, Figures> figures(String sql, UUID id) {
        Map<UUID, Figures> result = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter("id", id).getResultList();
        rows.forEach(r -> result.computeIfAbsent(Sql.uuid(r[0]), k -> new Figures()).add((String) r[1], Sql.integer(r[2])));
        return result;
    }

    private long count(String sql, UUID id) {
        return getEntityManager().createNativeQuery(sql).setParameter("id", id).getResultList().size();
    }
}
