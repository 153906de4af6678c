package se.stegvis.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Education;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.IdentityNumberLookup;
import se.stegvis.api.generated.model.IdentityType;
import se.stegvis.api.generated.model.Participant;
import se.stegvis.api.generated.model.ParticipantCreate;
import se.stegvis.api.generated.model.ParticipantUpdate;
import se.stegvis.api.generated.model.Sex;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.crypto.PersonalDataCipher;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Versions;

/**
 * Registers, finds and changes participants. A participant is visible to the staff member who
 * registered them and to everyone whose assignments cover one of their enrollments; to anyone
 * else they do not exist (404). Identity numbers are validated, stored encrypted with a keyed
 * look-up hash, and never appear in messages.
 */
@ApplicationScoped
@Transactional
public class ParticipantService {

    static final String RESOURCE = "participant";
    private static final String IDENTITY_NUMBER = "identityNumber";

    @Inject
    ParticipantRepository participants;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    public Participant create(ParticipantCreate in) {
        UUID me = me();
        LocalDate today = SwedishCalendar.today();
        List<FieldError> errors = new ArrayList<>();
        boolean protectedIdentity = Boolean.TRUE.equals(in.getProtectedIdentity());
        boolean numberGiven = in.getIdentityNumber() != null && !in.getIdentityNumber().isBlank();
        IdentityNumber number = null;
        if (numberGiven && protectedIdentity) {
            errors.add(new FieldError(IDENTITY_NUMBER,
                    "must be left out for a person with protected identity, who is followed anonymously"));
        } else if (numberGiven) {
            IdentityNumber.Result parsed = IdentityNumber.parse(in.getIdentityNumber(), today);
            if (parsed.number().isPresent()) {
                number = parsed.number().get();
            } else {
                errors.add(new FieldError(IDENTITY_NUMBER, parsed.reason()));
            }
        }

        Integer birthYear = in.getBirthYear();
        Sex sex = in.getSex();
        if (number != null) {
            int derived = number.birthDate().getYear();
            if (birthYear != null && birthYear != derived) {
                errors.add(new FieldError("birthYear", "does not match the identity number"));
            }
            birthYear = derived;
            if (sex == null) {
                sex = sexOf(number);
            }
        } else if (!numberGiven) {
            if (sex == null) {
                errors.add(new FieldError("sex", "is required without an identity number"));
            }
            if (birthYear == null) {
                errors.add(new FieldError("birthYear", "is required without an identity number"));
            }
        }
        if (birthYear != null && birthYear > today.getYear()) {
            errors.add(new FieldError("birthYear", "lies in the future"));
        }
        checkMunicipality(in.getHomeMunicipalityCode(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        ParticipantEntity e = new ParticipantEntity();
        e.id = UUID.randomUUID();
        if (number != null) {
            StoredIdentity stored = StoredIdentity.of(number, cipher);
            participants.findByHash(stored.hash()).ifPresent(existing -> {
                throw duplicate(existing.id, me);
            });
            e.identityType = stored.type();
            e.identityCipher = stored.cipher();
            e.identityHash = stored.hash();
            e.identityMasked = stored.masked();
            e.birthDate = stored.birthDate();
        } else {
            e.identityType = IdentityType.NONE.toString();
        }
        e.protectedIdentity = protectedIdentity;
        e.firstName = text(in.getFirstName());
        e.lastName = text(in.getLastName());
        e.sex = sex.toString();
        e.birthYear = birthYear;
        e.homeMunicipalityCode = in.getHomeMunicipalityCode();
        e.education = (in.getEducation() == null ? Education.UNKNOWN : in.getEducation()).toString();
        e.interpreterNeeded = Boolean.TRUE.equals(in.getInterpreterNeeded());
        e.interpreterLanguage = text(in.getInterpreterLanguage());
        e.createdBy = me;
        e.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        e.updatedAt = e.createdAt;
        try {
            participants.persist(e);
            participants.flush();
        } catch (PersistenceException ex) {
            if (e.identityHash != null && causedByDuplicateKey(ex)) {
                // Registered by someone else between our check and our insert.
                throw duplicate(null, me);
            }
            throw ex;
        }
        audit.record(AuditLog.Action.CREATE, RESOURCE, e.id, e.id);
        return ParticipantMapper.toDto(e, today);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant get(UUID id) {
        ParticipantEntity e = participants.readVisible(id, me()).orElseThrow(() -> ApiException.notFound("Participant"));
        audit.record(AuditLog.Action.READ, RESOURCE, e.id, e.id);
        return ParticipantMapper.toDto(e, SwedishCalendar.today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant lookup(IdentityNumberLookup in) {
        UUID me = me();
        IdentityNumber.Result parsed = IdentityNumber.parse(in.getIdentityNumber(), SwedishCalendar.today());
        IdentityNumber number = parsed.number()
                .orElseThrow(() -> ApiException.badRequest(IDENTITY_NUMBER, parsed.reason()));
        ParticipantEntity e = participants.findByHash(cipher.lookupHash(number.canonical()))
                .filter(p -> participants.isVisible(p.id, me))
                .orElseThrow(() -> ApiException.notFound("Participant"));
        audit.record(AuditLog.Action.READ, RESOURCE, e.id, e.id);
        return ParticipantMapper.toDto(e, SwedishCalendar.today());
    }

    public Participant update(UUID id, String ifMatch, ParticipantUpdate in) {
        ParticipantEntity e = visible(id);
        Versions.requireCurrent(ifMatch, e.version);
        LocalDate today = SwedishCalendar.today();
        List<FieldError> errors = new ArrayList<>();
        boolean protectedIdentity = in.getProtectedIdentity() == null ? e.protectedIdentity : in.getProtectedIdentity();
        if (protectedIdentity && !e.isAnonymous()) {
            errors.add(new FieldError("protectedIdentity",
                    "a person registered with an identity number cannot be marked protected; register them anew anonymously"));
        }
        Integer birthYear = in.getBirthYear();
        if (!e.isAnonymous()) {
            if (birthYear != null && birthYear != e.birthDate.getYear()) {
                errors.add(new FieldError("birthYear", "does not match the identity number"));
            }
            birthYear = e.birthDate.getYear();
        } else if (birthYear == null) {
            errors.add(new FieldError("birthYear", "is required without an identity number"));
        }
        if (birthYear != null && birthYear > today.getYear()) {
            errors.add(new FieldError("birthYear", "lies in the future"));
        }
        checkMunicipality(in.getHomeMunicipalityCode(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        // Nullable fields are replaced (null clears them); omitted non-nullable ones keep their value.
        e.firstName = text(in.getFirstName());
        e.lastName = text(in.getLastName());
        e.sex = in.getSex().toString();
        e.birthYear = birthYear;
        e.homeMunicipalityCode = in.getHomeMunicipalityCode();
        if (in.getEducation() != null) {
            e.education = in.getEducation().toString();
        }
        if (in.getInterpreterNeeded() != null) {
            e.interpreterNeeded = in.getInterpreterNeeded();
        }
        e.interpreterLanguage = text(in.getInterpreterLanguage());
        e.protectedIdentity = protectedIdentity;
        participants.flush();
        audit.record(AuditLog.Action.UPDATE, RESOURCE, e.id, e.id);
        return ParticipantMapper.toDto(e, today);
    }

    /** The full number, for the few moments it is needed; every reveal is audited. */
    public se.stegvis.api.generated.model.IdentityNumber reveal(UUID id) {
        ParticipantEntity e = visible(id);
        if (e.isAnonymous()) {
            throw ApiException.notFound("Identity number");
        }
        String number = cipher.decrypt(e.identityCipher);
        audit.record(AuditLog.Action.REVEAL_IDENTITY, RESOURCE, e.id, e.id);
        return new se.stegvis.api.generated.model.IdentityNumber(number, IdentityType.fromValue(e.identityType));
    }

    private ParticipantEntity visible(UUID id) {
        UUID me = me();
        return participants.findVisible(id, me).orElseThrow(() -> ApiException.notFound("Participant"));
    }

    private UUID me() {
        directory.remember(user);
        return user.id();
    }

    private ApiException duplicate(UUID existingId, UUID me) {
        String detail = existingId != null && participants.isVisible(existingId, me)
                ? "The identity number is already registered, as participant " + existingId
                : "The identity number is already registered; find the participant with lookupParticipant (POST /participants/lookup)";
        return ApiException.conflict("duplicate-identity-number", detail);
    }

    private void checkMunicipality(String code, List<FieldError> errors) {
        if (code != null && !participants.municipalityExists(code)) {
            errors.add(new FieldError("homeMunicipalityCode", "is not a Swedish municipality code"));
        }
    }

    /** The second-to-last digit of a personnummer is odd for men and even for women. */
    private static Sex sexOf(IdentityNumber number) {
        String canonical = number.canonical();
        int digit = canonical.charAt(canonical.length() - 2) - '0';
        return digit % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean causedByDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
