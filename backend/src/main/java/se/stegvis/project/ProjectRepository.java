package se.stegvis.project;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import se.stegvis.common.web.Sql;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<ProjectEntity, UUID> {

    public List<ProjectEntity> allByName() {
        return list("order by name");
    }

    /** Open enrollments per municipality in the project right now. */
    public Map<String, Integer> activeCounts(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT municipality_code, COUNT(*) FROM enrollment
                WHERE project_id = :p AND status = 'open' GROUP BY municipality_code""")
                .setParameter("p", projectId)
                .getResultList();
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /** Open enrollments per project and municipality right now, for all projects in one query. */
    public Map<UUID, Map<String, Integer>> activeCountsByProject() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT project_id, municipality_code, COUNT(*) FROM enrollment
                WHERE status = 'open' GROUP BY project_id, municipality_code""")
                .getResultList();
        Map<UUID, Map<String, Integer>> counts = new HashMap<>();
        rows.forEach(r -> counts.computeIfAbsent(Sql.uuid(r[0]), k -> new HashMap<>())
                .put((String) r[1], ((Number) r[2]).intValue()));
        return counts;
    }

    /** The names of the given projects, in one query. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, name FROM project WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        rows.forEach(r -> names.put(Sql.uuid(r[0]), (String) r[1]));
        return names;
    }

    public Map<String, String> municipalityNames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT code, name FROM municipality").getResultList();
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }
}
