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
public class GroupSessionRepository implements PanacheRepositoryBase<GroupSessionEntity, UUID> {

    public List<GroupSessionEntity> ofGroup(UUID groupId, LocalDate from, LocalDate to) {
        StringBuilder q = new StringBuilder("groupId = :g");
        Map<String, Object> params = new HashMap<>();
        params.put("g", groupId);
        if (from != null) {
            q.append(" and sessionDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            q.append(" and sessionDate <= :to");
            params.put("to", to);
        }
        return list(q.append(" order by sessionDate, startTime, partOfDay, id").toString(), params);
    }

    public Map<UUID, String> organisationNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT id, name FROM organisation WHERE id IN (:ids)")
                .setParameter("ids", wanted).getResultList();
        rows.forEach(r -> names.put(Sql.uuid(r[0]), (String) r[1]));
        return names;
    }
}
