package se.stegvis.common.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.stegvis.common.web.PooledRead;

/**
 * Users' assignments, kept under their scope stamp ({@code app_user.scope_stamp}, moved by
 * triggers on every change to {@code user_assignment}: migration V96), for the hottest reads:
 * they read the caller's current stamp in the same statement as the row (a primary-key join that
 * costs the database next to nothing) and ask here whether the row lies within the caller's
 * assignments. A probe of {@code user_assignment} inside that statement
 * ({@link AccessScope#ENROLLMENT_PREDICATE}) cost MariaDB four times the rest of it, about 25 µs
 * per request. A stamp that moved reloads the assignments, so a withdrawn assignment is refused at
 * the very next request, on every instance.
 */
@ApplicationScoped
public class AssignmentCache {

    private record Kept(long scopeStamp, List<AccessScope.Assignment> assignments) {
    }

    @Inject
    AgroalDataSource dataSource;

    private final Cache<UUID, Kept> kept = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /** Whether user {@code userId}, whose scope stamp now reads {@code scopeStamp}, is assigned the project's municipality. */
    public boolean covers(UUID userId, long scopeStamp, UUID projectId, String municipalityCode) {
        Kept current = kept.getIfPresent(userId);
        if (current == null || current.scopeStamp() != scopeStamp) {
            // Read after the stamp: assignments read now are at least as new as the stamp they are kept under.
            current = new Kept(scopeStamp, load(userId));
            kept.put(userId, current);
        }
        return current.assignments().stream().anyMatch(a -> a.covers(projectId, municipalityCode));
    }

    private List<AccessScope.Assignment> load(UUID userId) {
        return PooledRead.query(dataSource, "the user's assignments",
                "SELECT project_id, municipality_code FROM user_assignment WHERE user_id = ?", List.of(userId.toString()), r -> {
                    List<AccessScope.Assignment> assignments = new ArrayList<>();
                    while (r.next()) {
                        assignments.add(new AccessScope.Assignment(UUID.fromString(r.getString(1)), r.getString(2)));
                    }
                    return List.copyOf(assignments);
                });
    }
}
