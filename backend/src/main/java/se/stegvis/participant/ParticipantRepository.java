package se.stegvis.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.AssignmentCache;
import se.stegvis.common.web.PooledRead;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<ParticipantEntity, UUID> {

    /**
     * SQL (native) true when participant alias {@code p} is visible to {@code :scopeUser}: they
     * registered the person, or the person has an enrollment within their assignments.
     */
    public static final String VISIBLE_PREDICATE = "(p.created_by = :scopeUser OR EXISTS (SELECT 1 FROM enrollment e"
            + " WHERE e.participant_id = p.id AND " + AccessScope.ENROLLMENT_PREDICATE + "))";

    /**
     * The participant's columns on each of their enrollments' rows (one row without an enrollment),
     * with who registered them and the caller's scope stamp: visibility is decided in Java against
     * {@link AssignmentCache}, which cost MariaDB a fraction of {@link #VISIBLE_PREDICATE}'s probes.
     */
    private static final String READ_VISIBLE = "SELECT p.identity_type, p.identity_cipher, p.identity_masked,"
            + " p.birth_date, p.protected_identity, p.first_name, p.last_name, p.sex, p.birth_year,"
            + " p.home_municipality_code, p.education, p.interpreter_needed, p.interpreter_language,"
            + " p.created_at, p.version, p.created_by, e.project_id, e.municipality_code, u.scope_stamp"
            + " FROM participant p JOIN app_user u ON u.id = ? LEFT JOIN enrollment e ON e.participant_id = p.id WHERE p.id = ?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AssignmentCache assignments;

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

    /**
     * For reading only: the participant if visible to {@code userId} (as {@link #VISIBLE_PREDICATE}
     * says), as a detached entity with the columns the participant's page shows (not its identity
     * hash). The participant page opens with this read, so it is one statement through the pool
     * without an ORM session. The creation time is read as the UTC wall-clock time Hibernate writes
     * ({@code quarkus.hibernate-orm.jdbc.timezone}), as its dates are: without a zone.
     */
    public Optional<ParticipantEntity> readVisible(UUID participantId, UUID userId) {
        return PooledRead.query(dataSource, "the participant", READ_VISIBLE, List.of(userId.toString(), participantId.toString()),
                r -> {
                    ParticipantEntity p = null;
                    boolean visible = false;
                    while (r.next()) {
                        if (p == null) {
                            p = participant(participantId, r);
                            visible = userId.toString().equals(r.getString(16));
                        }
                        String project = r.getString(17);
                        visible = visible || project != null
                                && assignments.covers(userId, r.getLong(19), UUID.fromString(project), r.getString(18));
                    }
                    return visible ? Optional.of(p) : Optional.empty();
                });
    }

    private static ParticipantEntity participant(UUID id, ResultSet r) throws SQLException {
        ParticipantEntity p = new ParticipantEntity();
        p.id = id;
        p.identityType = r.getString(1);
        p.identityCipher = r.getBytes(2);
        p.identityMasked = r.getString(3);
        p.birthDate = r.getObject(4, LocalDate.class);
        p.protectedIdentity = r.getBoolean(5);
        p.firstName = r.getString(6);
        p.lastName = r.getString(7);
        p.sex = r.getString(8);
        p.birthYear = r.getInt(9);
        p.homeMunicipalityCode = r.getString(10);
        p.education = r.getString(11);
        p.interpreterNeeded = r.getBoolean(12);
        p.interpreterLanguage = r.getString(13);
        p.createdAt = r.getObject(14, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        p.version = r.getLong(15);
        return p;
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
