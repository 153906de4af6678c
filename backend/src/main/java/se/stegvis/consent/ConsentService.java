package se.stegvis.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Consent;
import se.stegvis.api.generated.model.ConsentPurpose;
import se.stegvis.api.generated.model.ConsentRecordInput;
import se.stegvis.api.generated.model.ConsentWithdrawalInput;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.UserRef;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Sql;
import se.stegvis.participant.ParticipantRepository;

/**
 * The participant's consents per purpose. A consent is active from the day it was given until
 * (not including) the day it was withdrawn; at most one consent per purpose is active at a time.
 * Other features ask {@link #hasActiveConsent} before they share, export or record under a purpose.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    static final String RESOURCE = "consent";
    private static final String COLUMNS = "c.id, c.participant_id, c.purpose, c.given_on, c.organisation_ids, c.form_reference,"
            + " c.source_referral_id, c.recorded_by, c.withdrawn_on, c.withdrawn_by";

    @Inject
    EntityManager em;

    @Inject
    ParticipantRepository participants;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    private final ObjectMapper json = new ObjectMapper();

    // ---------------------------------------------------------------------------- for other features

    /**
     * Whether the participant had an active consent for the purpose on the day: given on or before
     * it and not withdrawn on or before it. No access check: the calling feature has done its own.
     *
     * @param purpose a {@link ConsentPurpose} value, e.g. {@code "sus"}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasActiveConsent(UUID participantId, String purpose, LocalDate on) {
        return activeConsent(participantId, purpose, on).isPresent();
    }

    /** The consent in force for the purpose on the day (the latest given), for a record that keeps it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<UUID> activeConsent(UUID participantId, String purpose, LocalDate on) {
        List<?> rows = em.createNativeQuery("""
                SELECT id FROM consent WHERE participant_id = :p AND purpose = :purpose
                  AND given_on <= :on AND (withdrawn_on IS NULL OR withdrawn_on > :on)
                ORDER BY given_on DESC, recorded_at DESC LIMIT 1""")
                .setParameter("p", participantId).setParameter("purpose", purpose).setParameter("on", on)
                .getResultList();
        return rows.stream().findFirst().map(Sql::uuid);
    }

    /**
     * As {@link #hasActiveConsent(UUID, String, LocalDate)}, and the consent names the organisation
     * among those data may be shared with (for {@code participation_sharing} and {@code sip}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasActiveConsent(UUID participantId, String purpose, UUID organisationId, LocalDate on) {
        Number n = (Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM consent WHERE participant_id = :p AND purpose = :purpose
                  AND given_on <= :on AND (withdrawn_on IS NULL OR withdrawn_on > :on)
                  AND JSON_CONTAINS(organisation_ids, JSON_QUOTE(:org))""")
                .setParameter("p", participantId).setParameter("purpose", purpose).setParameter("on", on)
                .setParameter("org", organisationId.toString())
                .getSingleResult();
        return n.intValue() > 0;
    }

    // ---------------------------------------------------------------------------------- the API

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Consent> list(UUID participantId) {
        requireVisible(participantId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM consent c WHERE c.participant_id = :p"
                + " ORDER BY c.given_on DESC, c.recorded_at DESC, c.id")
                .setParameter("p", participantId).getResultList();
        audit.record(AuditLog.Action.LIST, RESOURCE, null, participantId);
        return toDtos(rows);
    }

    public Consent record(UUID participantId, ConsentRecordInput in) {
        requireVisible(participantId);
        // Serialises consents of one participant, so two clerks cannot both record the same purpose.
        em.createNativeQuery("SELECT id FROM participant WHERE id = :p FOR UPDATE").setParameter("p", participantId)
                .getResultList();
        LocalDate today = SwedishCalendar.today();
        List<FieldError> errors = new ArrayList<>();
        if (in.getGivenOn().isAfter(today)) {
            errors.add(new FieldError("givenOn", "must not be in the future"));
        }
        Set<UUID> organisations = new LinkedHashSet<>(in.getOrganisationIds() == null ? List.of() : in.getOrganisationIds());
        organisations.remove(null);
        if (!organisations.isEmpty()) {
            Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM organisation WHERE id IN (:ids)")
                    .setParameter("ids", organisations).getSingleResult();
            if (known.intValue() != organisations.size()) {
                errors.add(new FieldError("organisationIds", "contains an unknown organisation"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String purpose = in.getPurpose().toString();
        Number active = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM consent WHERE participant_id = :p AND purpose = :purpose AND withdrawn_on IS NULL")
                .setParameter("p", participantId).setParameter("purpose", purpose).getSingleResult();
        if (active.intValue() > 0) {
            throw ApiException.conflict("consent-exists",
                    "The participant already has an active consent for this purpose; withdraw it before recording a new one");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO consent (id, participant_id, purpose, given_on, organisation_ids, form_reference, recorded_by)
                VALUES (:id, :p, :purpose, :given, :orgs, :form, :by)""")
                .setParameter("id", id)
                .setParameter("p", participantId)
                .setParameter("purpose", purpose)
                .setParameter("given", in.getGivenOn())
                .setParameter("orgs", write(organisations.stream().map(UUID::toString).toList()))
                .setParameter("form", text(in.getFormReference()))
                .setParameter("by", user.id())
                .executeUpdate();
        audit.record(AuditLog.Action.CREATE, RESOURCE, id, participantId);
        return get(id);
    }

    public Consent withdraw(UUID consentId, ConsentWithdrawalInput in) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT participant_id, given_on, withdrawn_on FROM consent WHERE id = :id FOR UPDATE")
                .setParameter("id", consentId).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Consent");
        }
        UUID participantId = Sql.uuid(rows.get(0)[0]);
        if (!visible(participantId)) {
            throw ApiException.notFound("Consent");
        }
        if (rows.get(0)[2] != null) {
            throw ApiException.conflict("consent-withdrawn", "The consent has already been withdrawn");
        }
        LocalDate givenOn = Sql.date(rows.get(0)[1]);
        LocalDate withdrawnOn = in.getWithdrawnOn();
        if (withdrawnOn.isAfter(SwedishCalendar.today())) {
            throw ApiException.invalid("withdrawnOn", "must not be in the future");
        }
        if (withdrawnOn.isBefore(givenOn)) {
            throw ApiException.invalid("withdrawnOn", "must not be before the day the consent was given");
        }
        em.createNativeQuery("UPDATE consent SET withdrawn_on = :on, withdrawn_by = :by, withdrawal_note = :note WHERE id = :id")
                .setParameter("on", withdrawnOn)
                .setParameter("by", user.id())
                .setParameter("note", text(in.getNote()))
                .setParameter("id", consentId)
                .executeUpdate();
        audit.record(AuditLog.Action.UPDATE, RESOURCE, consentId, participantId);
        return get(consentId);
    }

    // ---------------------------------------------------------------------------------- helpers

    private Consent get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM consent c WHERE c.id = :id")
                .setParameter("id", id).getResultList();
        return toDtos(rows).get(0);
    }

    private void requireVisible(UUID participantId) {
        if (!visible(participantId)) {
            throw ApiException.notFound("Participant");
        }
    }

    private boolean visible(UUID participantId) {
        directory.remember(user);
        return participants.isVisible(participantId, user.id());
    }

    private List<Consent> toDtos(List<Object[]> rows) {
        List<UUID> people = new ArrayList<>();
        for (Object[] r : rows) {
            people.add(Sql.uuid(r[7]));
            people.add(Sql.uuid(r[9]));
        }
        Map<UUID, UserRef> names = directory.names(people);
        List<Consent> result = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate withdrawnOn = Sql.date(r[8]);
            Consent c = new Consent(Sql.uuid(r[0]), Sql.uuid(r[1]), ConsentPurpose.fromValue((String) r[2]), Sql.date(r[3]),
                    new ArrayList<>(read(r[4]).stream().map(UUID::fromString).toList()), withdrawnOn == null);
            c.setFormReference((String) r[5]);
            c.setSourceReferralId(Sql.uuid(r[6]));
            c.setRecordedBy(ref(names, Sql.uuid(r[7])));
            c.setWithdrawnOn(withdrawnOn);
            c.setWithdrawnBy(ref(names, Sql.uuid(r[9])));
            result.add(c);
        }
        return result;
    }

    private static UserRef ref(Map<UUID, UserRef> names, UUID id) {
        return id == null ? null : names.getOrDefault(id, new UserRef(id, "Okänd användare"));
    }

    private List<String> read(Object column) {
        if (column == null) {
            return List.of();
        }
        try {
            return json.readValue(column.toString(), new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("consent.organisation_ids is not a JSON array", e);
        }
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
