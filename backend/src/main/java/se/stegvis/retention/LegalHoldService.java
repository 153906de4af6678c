package se.stegvis.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.LegalHold;
import se.stegvis.api.generated.model.LegalHoldInput;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.Roles;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.participant.ParticipantRepository;

/**
 * Legal holds keep a participant's records from retention. A project manager may place or release
 * one on a participant they can see; an administrator (the archive function, without assignments)
 * on any participant. Placing a hold needs a reason.
 */
@ApplicationScoped
@Transactional
public class LegalHoldService {

    static final String RESOURCE = "legal_hold";

    @Inject
    EntityManager em;

    @Inject
    ParticipantRepository participants;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    @Inject
    AuditLog audit;

    public LegalHold set(UUID participantId, LegalHoldInput in) {
        directory.remember(user);
        boolean exists = user.hasRole(Roles.ADMIN) ? participants.findByIdOptional(participantId).isPresent()
                : participants.isVisible(participantId, user.id());
        if (!exists) {
            throw ApiException.notFound("Participant");
        }
        String reason = in.getReason() == null || in.getReason().isBlank() ? null : in.getReason().strip();
        if (Boolean.TRUE.equals(in.getHeld())) {
            if (reason == null) {
                throw ApiException.invalid("reason", "is required when placing a hold");
            }
            em.createNativeQuery("""
                    INSERT INTO legal_hold (participant_id, held, reason, since, set_by)
                    VALUES (:p, TRUE, :reason, CURRENT_TIMESTAMP(3), :by)
                    ON DUPLICATE KEY UPDATE reason = VALUES(reason), set_by = VALUES(set_by),
                      since = IF(held, since, VALUES(since)), released_at = NULL, released_by = NULL, held = TRUE""")
                    .setParameter("p", participantId).setParameter("reason", reason).setParameter("by", user.id())
                    .executeUpdate();
        } else {
            em.createNativeQuery("""
                    UPDATE legal_hold SET held = FALSE, released_at = CURRENT_TIMESTAMP(3), released_by = :by
                    WHERE participant_id = :p AND held""")
                    .setParameter("p", participantId).setParameter("by", user.id()).executeUpdate();
        }
        audit.record(AuditLog.Action.UPDATE, RESOURCE, participantId, participantId);
        return current(participantId);
    }

    private LegalHold current(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT reason, ROUND(UNIX_TIMESTAMP(since) * 1000) FROM legal_hold WHERE participant_id = :p AND held")
                .setParameter("p", participantId).getResultList();
        if (rows.isEmpty()) {
            return new LegalHold(participantId, false);
        }
        LegalHold hold = new LegalHold(participantId, true);
        hold.setReason((String) rows.get(0)[0]);
        hold.setSince(Instant.ofEpochMilli(((Number) rows.get(0)[1]).longValue()).atOffset(ZoneOffset.UTC));
        return hold;
    }
}
