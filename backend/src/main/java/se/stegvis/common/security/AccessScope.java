package se.stegvis.common.security;

import se.stegvis.common.web.Sql;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Which rows of participant data the caller may see: the projects, and within them the
 * municipalities, they are assigned to. Coordinators and project managers are limited alike;
 * what they may <em>do</em> differs by role. Everyone else sees no participant data at all.
 *
 * <p>Queries over enrollments filter in SQL with {@link #ENROLLMENT_PREDICATE}, so that a list can
 * never return a row the caller may not see.
 */
@RequestScoped
public class AccessScope {

    /** SQL (native) true when enrollment alias {@code e} lies within user {@code :scopeUser}'s assignments. */
    public static final String ENROLLMENT_PREDICATE = """
            EXISTS (SELECT 1 FROM user_assignment ua WHERE ua.user_id = :scopeUser AND ua.project_id = e.project_id
                    AND (ua.municipality_code IS NULL OR ua.municipality_code = e.municipality_code))""";

    public record Assignment(UUID projectId, String municipalityCode) {
        boolean covers(UUID project, String municipality) {
            return projectId.equals(project) && (municipalityCode == null || municipalityCode.equals(municipality));
        }
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    private List<Assignment> assignments;

    public List<Assignment> assignments() {
        if (assignments == null) {
            directory.remember(user);
            if (!worksWithParticipants()) {
                assignments = List.of();
            } else {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery(
                        "SELECT project_id, municipality_code FROM user_assignment WHERE user_id = :u")
                        .setParameter("u", user.id())
                        .getResultList();
                assignments = rows.stream()
                        .map(r -> new Assignment(Sql.uuid(r[0]), (String) r[1]))
                        .toList();
            }
        }
        return assignments;
    }

    public boolean worksWithParticipants() {
        return user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.PROJECT_MANAGER);
    }

    public boolean covers(UUID projectId, String municipalityCode) {
        return assignments().stream().anyMatch(a -> a.covers(projectId, municipalityCode));
    }

    public boolean coversProject(UUID projectId) {
        return assignments().stream().anyMatch(a -> a.projectId().equals(projectId));
    }

    /** Manages the project: a project manager assigned to it as a whole. */
    public boolean managesProject(UUID projectId) {
        return user.hasRole(Roles.PROJECT_MANAGER)
                && assignments().stream().anyMatch(a -> a.projectId().equals(projectId) && a.municipalityCode() == null);
    }

    public Set<UUID> projectIds() {
        return assignments().stream().map(Assignment::projectId).collect(Collectors.toSet());
    }

    /** The caller's id, for {@link #ENROLLMENT_PREDICATE}'s {@code :scopeUser}; remembers the caller as {@link #assignments()} does. */
    public UUID userId() {
        directory.remember(user);
        return user.id();
    }
}
