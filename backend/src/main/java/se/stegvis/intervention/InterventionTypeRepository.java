package se.stegvis.intervention;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InterventionTypeRepository implements PanacheRepositoryBase<InterventionTypeEntity, UUID> {

    /** The global catalogue, plus the project's own types when a project is given. */
    public List<InterventionTypeEntity> catalogue(UUID projectId) {
        if (projectId == null) {
            return list("projectId is null order by category, nameSv");
        }
        return list("projectId is null or projectId = ?1 order by category, nameSv", projectId);
    }

    public boolean codeExists(String code) {
        return count("code", code) > 0;
    }
}
