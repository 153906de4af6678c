package se.stegvis.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Assignment;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.UserAssignmentInput;
import se.stegvis.common.web.Sql;

/**
 * Stegvis' own side of a user: the rows of {@code user_assignment} (the source of truth for which
 * projects and municipalities a user may see, read by {@code AccessScope}) and the remembered
 * name and organisation in {@code app_user}.
 */
@ApplicationScoped
@Transactional
public class UserAssignmentStore {

    @Inject
    EntityManager em;

    /** 422 field errors for an unknown organisation, project, or a municipality the project does not serve. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldError> validate(String organisationCode, List<UserAssignmentInput> assignments) {
        List<FieldError> errors = new ArrayList<>();
        if (organisationCode != null && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisation WHERE code = :c")
                .setParameter("c", organisationCode).getSingleResult()).longValue() == 0) {
            errors.add(new FieldError("organisationCode", "no such organisation"));
        }
        if (assignments == null) {
            return errors;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            UserAssignmentInput a = assignments.get(i);
            String field = "assignments[" + i + "]";
            if (a == null || a.getProjectId() == null) {
                errors.add(new FieldError(field + ".projectId", "required"));
                continue;
            }
            if (!seen.add(a.getProjectId())) {
                errors.add(new FieldError(field + ".projectId", "the project is listed twice"));
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> served = em.createNativeQuery(
                    "SELECT pm.municipality_code FROM project p LEFT JOIN project_municipality pm ON pm.project_id = p.id WHERE p.id = :p")
                    .setParameter("p", a.getProjectId())
                    .getResultList();
            if (served.isEmpty()) {
                errors.add(new FieldError(field + ".projectId", "no such project"));
                continue;
            }
            Set<String> codes = new HashSet<>();
            served.forEach(c -> codes.add(c == null ? null : c.toString()));
            List<String> wanted = a.getMunicipalityCodes() == null ? List.of() : a.getMunicipalityCodes();
            for (int j = 0; j < wanted.size(); j++) {
                if (!codes.contains(wanted.get(j))) {
                    errors.add(new FieldError(field + ".municipalityCodes[" + j + "]", "the project does not serve this municipality"));
                }
            }
        }
        return errors;
    }

    /** Replaces all the user's assignments (empty municipality list: the whole project) and remembers name and organisation. */
    public void save(UUID userId, String username, String displayName, String organisationCode,
            List<UserAssignmentInput> assignments) {
        em.createNativeQuery("DELETE FROM user_assignment WHERE user_id = :u").setParameter("u", userId).executeUpdate();
        for (UserAssignmentInput a : assignments == null ? List.<UserAssignmentInput>of() : assignments) {
            Set<String> codes = new LinkedHashSet<>(a.getMunicipalityCodes() == null ? List.of() : a.getMunicipalityCodes());
            if (codes.isEmpty()) {
                codes.add(null);
            }
            for (String code : codes) {
                em.createNativeQuery("INSERT INTO user_assignment (id, user_id, project_id, municipality_code) VALUES (:id, :u, :p, :m)")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("u", userId)
                        .setParameter("p", a.getProjectId())
                        .setParameter("m", code)
                        .executeUpdate();
            }
        }
        // A stale row under the same username (a user deleted and re-created in Keycloak) gives way.
        em.createNativeQuery("UPDATE app_user SET username = CONCAT(username, '#', LEFT(id, 8)) WHERE username = :n AND id <> :id")
                .setParameter("n", username)
                .setParameter("id", userId)
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO app_user (id, username, display_name, organisation_code)
                VALUES (:id, :username, :name, :org)
                ON DUPLICATE KEY UPDATE username = VALUES(username), display_name = VALUES(display_name),
                  organisation_code = VALUES(organisation_code)""")
                .setParameter("id", userId)
                .setParameter("username", username)
                .setParameter("name", displayName)
                .setParameter("org", organisationCode)
                .executeUpdate();
    }

    /** Removes what {@link #save} wrote, when the Keycloak side of a new user could not be completed. */
    public void forget(UUID userId) {
        em.createNativeQuery("DELETE FROM user_assignment WHERE user_id = :u").setParameter("u", userId).executeUpdate();
    }

    /** The users' assignments, by project name, as the contract shows them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<Assignment>> assignments(Collection<UUID> userIds) {
        Map<UUID, List<Assignment>> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT ua.user_id, ua.project_id, p.name, ua.municipality_code
                FROM user_assignment ua JOIN project p ON p.id = ua.project_id
                WHERE ua.user_id IN (:ids) ORDER BY p.name, ua.municipality_code""")
                .setParameter("ids", List.copyOf(userIds))
                .getResultList();
        Map<UUID, Map<UUID, Assignment>> byUser = new HashMap<>();
        for (Object[] r : rows) {
            UUID user = Sql.uuid(r[0]);
            UUID project = Sql.uuid(r[1]);
            Assignment a = byUser.computeIfAbsent(user, k -> new LinkedHashMap<>())
                    .computeIfAbsent(project, k -> new Assignment(project, (String) r[2], new ArrayList<>()));
            if (r[3] != null) {
                a.getMunicipalityCodes().add(r[3].toString());
            }
        }
        byUser.forEach((user, projects) -> result.put(user, new ArrayList<>(projects.values())));
        return result;
    }

    /** When each user last used Stegvis (the first request per user and process updates it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, OffsetDateTime> lastSeen(Collection<UUID> userIds) {
        Map<UUID, OffsetDateTime> result = new HashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, last_seen_at FROM app_user WHERE id IN (:ids) AND last_seen_at IS NOT NULL")
                .setParameter("ids", List.copyOf(userIds))
                .getResultList();
        for (Object[] r : rows) {
            Instant at = r[1] instanceof Timestamp t ? t.toInstant()
                    : r[1] instanceof java.time.LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
                    : r[1] instanceof Instant i ? i : null;
            if (at != null) {
                result.put(Sql.uuid(r[0]), at.atOffset(ZoneOffset.UTC));
            }
        }
        return result;
    }
}
