package se.stegvis.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import se.stegvis.common.security.AccessScope;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<ParticipantEntity, UUID> {

    /**
     * SQL (native) true when participant alias {@code p} is visible to {@code :scopeUser}: they
     * registered the person, or the person has an enrollment within their assignments.
     */
    public static final String VISIBLE_PREDICATE = "(p.created_by = :scopeUser OR EXISTS (SELECT 1 FROM enrollment e"
            + " WHERE e.participant_id = p.id AND " + AccessScope.ENROLLMENT_PREDICATE + "))";

    public Optional<ParticipantEntity> findByHash(byte[] hash) {
        return find("identityHash", hash).firstResultOptional();
    }

    /** The participant if visible to {@code userId}: the row and the check in one statement. */
    public Optional<ParticipantEntity> findVisible(UUID participantId, UUID userId) {
        @SuppressWarnings("unchecked")
        List<ParticipantEntity> rows = getEntityManager().createNativeQuery(
                "SELECT p.* FROM participant p WHERE p.id = :id AND " + VISIBLE_PREDICATE, ParticipantEntity.class)
                .setParameter("id", participantId)
                .setParameter("scopeUser", userId)
                .getResultList();
        return rows.stream().findFirst();
    }

    public boolean isVisible(UUID participantId, UUID userId) {
        Number n = (Number) getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM participant p WHERE p.id = :id AND " + VISIBLE_PREDICATE)
                .setParameter("id", participantId)
                .setParameter("scopeUser", userId)
                .getSingleResult();
        return n.intValue() > 0;
    }

    public boolean municipalityExists(String code) {
        Number n = (Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM municipality WHERE code = :c")
                .setParameter("c", code).getSingleResult();
        return n.intValue() > 0;
    }
}
