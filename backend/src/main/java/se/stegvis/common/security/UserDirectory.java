package se.stegvis.common.security;

import se.stegvis.common.web.Sql;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import se.stegvis.api.generated.model.UserRef;

/**
 * The names of the people behind user ids. Keycloak owns users; Stegvis remembers each caller's
 * name and organisation the first time it sees them (and the demo users from the start), so that
 * histories and authors can be shown without asking Keycloak on every read.
 */
@ApplicationScoped
public class UserDirectory {

    @Inject
    EntityManager em;

    private final Set<UUID> known = ConcurrentHashMap.newKeySet();

    /**
     * Remembers the caller; a no-op after the first request of each user in this process. Not
     * {@code @Transactional} itself: every read calls this, and the interceptor began and committed
     * an empty transaction each time; only the first call per user needs one.
     */
    public void remember(CurrentUser user) {
        UUID id = user.id();
        if (known.contains(id)) {
            return;
        }
        QuarkusTransaction.joiningExisting().run(() -> store(user, id));
        known.add(id);
    }

    private void store(CurrentUser user, UUID id) {
        em.createNativeQuery("""
                INSERT INTO app_user (id, username, display_name, organisation_code, last_seen_at)
                VALUES (:id, :username, :name, :org, :now)
                ON DUPLICATE KEY UPDATE username = VALUES(username), display_name = VALUES(display_name),
                  organisation_code = VALUES(organisation_code), last_seen_at = VALUES(last_seen_at)""")
                .setParameter("id", id)
                .setParameter("username", user.username())
                .setParameter("name", user.displayName())
                .setParameter("org", user.organisationCode())
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    public Optional<UserRef> find(UUID id) {
        return Optional.ofNullable(names(List.of(id)).get(id));
    }

    public Map<UUID, UserRef> names(Collection<UUID> ids) {
        Map<UUID, UserRef> result = new HashMap<>();
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, display_name FROM app_user WHERE id IN (:ids)")
                .setParameter("ids", wanted)
                .getResultList();
        for (Object[] r : rows) {
            UUID id = Sql.uuid(r[0]);
            result.put(id, new UserRef(id, (String) r[1]));
        }
        return result;
    }

    public UserRef ref(UUID id) {
        if (id == null) {
            return null;
        }
        return find(id).orElse(new UserRef(id, "Okänd användare"));
    }
}
