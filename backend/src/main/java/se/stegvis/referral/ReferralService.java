package se.stegvis.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Caseworker;
import se.stegvis.api.generated.model.ConsentInput;
import se.stegvis.api.generated.model.ConsentPurpose;
import se.stegvis.api.generated.model.DecisionInput;
import se.stegvis.api.generated.model.DecisionOutcome;
import se.stegvis.api.generated.model.EmploymentStatus;
import se.stegvis.api.generated.model.EnrollFromReferralInput;
import se.stegvis.api.generated.model.Enrollment;
import se.stegvis.api.generated.model.EnrollmentCreate;
import se.stegvis.api.generated.model.ExitOutcome;
import se.stegvis.api.generated.model.ExitSummary;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.IdentityType;
import se.stegvis.api.generated.model.IncomeSource;
import se.stegvis.api.generated.model.ParticipantCreate;
import se.stegvis.api.generated.model.Referral;
import se.stegvis.api.generated.model.ReferralInput;
import se.stegvis.api.generated.model.ReferralPage;
import se.stegvis.api.generated.model.ReferralPerson;
import se.stegvis.api.generated.model.ReferralStatus;
import se.stegvis.api.generated.model.ScreeningInput;
import se.stegvis.api.generated.model.SusStatus;
import se.stegvis.api.generated.model.WithdrawalInput;
import se.stegvis.audit.AuditLog;
import se.stegvis.audit.AuditLog.Action;
import se.stegvis.common.crypto.PersonalDataCipher;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.Roles;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Sql;
import se.stegvis.common.web.Versions;
import se.stegvis.enrollment.EnrollmentEntity;
import se.stegvis.enrollment.EnrollmentService;
import se.stegvis.participant.IdentityNumber;
import se.stegvis.participant.StoredIdentity;
import se.stegvis.participant.ParticipantEntity;
import se.stegvis.participant.ParticipantRepository;
import se.stegvis.participant.ParticipantService;
import se.stegvis.project.ProjectEntity;
import se.stegvis.project.ProjectRepository;

/**
 * Referrals: submitted by partner agencies (caseworkers in the web app, or their systems through
 * the API), screened against the project's eligibility and decided by the review board through the
 * project manager, withdrawn by the referrer until accepted, and turned into an enrollment.
 *
 * <p>Who sees a referral: the referring organisation (token {@code org}) and the project managers
 * assigned to the project. Anyone else gets 404, exactly as for a missing referral. Every status
 * change writes a {@link ReferralEventEntity} and webhook outbox rows in the same transaction.
 * Referrals hold personal data: every read and change is audited under resource {@code referral}
 * (with the participant id once the person is enrolled).
 */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final String RESOURCE = "referral";
    private static final Set<String> WITHDRAWABLE = Set.of(ReferralEntity.SUBMITTED, ReferralEntity.SCREENED,
            ReferralEntity.ON_HOLD);
    private static final Set<String> SCREENABLE = WITHDRAWABLE;
    private static final Set<String> DECIDABLE = Set.of(ReferralEntity.SCREENED, ReferralEntity.ON_HOLD);

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralEvents events;

    @Inject
    ProjectRepository projects;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    @Inject
    AccessScope scope;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    se.stegvis.consent.ConsentService consents;

    @Inject
    se.stegvis.group.GroupService groups;

    @Inject
    ParticipantService participantService;

    @Inject
    ParticipantRepository participants;

    @Inject
    EnrollmentService enrollments;

    /** The key of an earlier submission was found: the caller answers with {@link #replay}. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }

    // ---------------------------------------------------------------------------------- submit

    /**
     * Submits a referral. With an idempotency key, the key row is inserted first
     * ({@code INSERT IGNORE}); a concurrent request with the same key waits on the unique key
     * until this transaction ends, then finds the key taken and throws {@link KeyTaken} (rolling
     * back its own empty transaction), upon which {@link ReferralIntake} reads the first result
     * in a fresh transaction with {@link #replay}.
     */
    public Referral submitOnce(ReferralInput in, String idempotencyKey, byte[] requestHash) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Caseworker cw = in.getCaseworker();
        ConsentInput consent = in.getConsent();
        Organisations orgs = organisations(in);
        if (orgs.callerId() == null) {
            throw ApiException.forbidden("Your token names no organisation known to Stegvis");
        }
        UUID organisation = orgs.callerId();
        if (idempotencyKey != null) {
            int inserted = em.createNativeQuery("""
                    INSERT IGNORE INTO idempotency_key (organisation_id, client_id, idem_key, request_hash, referral_id, created_at)
                    VALUES (:org, :client, :key, :hash, :referral, :now)""")
                    .unwrap(NativeQuery.class)
                    .addSynchronizedQuerySpace("idempotency_key")
                    .setParameter("org", organisation)
                    .setParameter("client", client())
                    .setParameter("key", idempotencyKey)
                    .setParameter("hash", requestHash)
                    .setParameter("referral", id)
                    .setParameter("now", now)
                    .executeUpdate();
            if (inserted == 0) {
                throw new KeyTaken();
            }
        }
        LocalDate today = SwedishCalendar.today();
        ProjectTerms terms = projectTerms(in.getProjectId(), in.getMunicipalityCode(),
                in.getPerson().getHomeMunicipalityCode());
        if (terms == null) {
            throw ApiException.notFound("Project");
        }
        ProjectEntity project = terms.project();

        List<FieldError> errors = new ArrayList<>();
        if (project.capacityIn(in.getMunicipalityCode()) < 0) {
            errors.add(new FieldError("municipalityCode", "is not served by the project"));
        }
        if (!consent.getPurposes().contains(ConsentPurpose.PARTICIPATION_SHARING)) {
            errors.add(new FieldError("consent.purposes",
                    "must contain participation_sharing: the person's consent to participation and sharing is required"));
        }
        if (consent.getGivenOn().isAfter(today)) {
            errors.add(new FieldError("consent.givenOn", "must not be in the future"));
        }
        if (!orgs.allExist(consent.getOrganisationIds())) {
            errors.add(new FieldError("consent.organisationIds", "contains an unknown organisation"));
        }
        if (!orgs.allExist(in.getKnownToOrganisationIds())) {
            errors.add(new FieldError("knownToOrganisationIds", "contains an unknown organisation"));
        }
        if (cw.getName() == null || cw.getName().isBlank()) {
            errors.add(new FieldError("caseworker.name", "must not be blank"));
        }
        if (cw.getOrganisationId() != null && !orgs.allExist(List.of(cw.getOrganisationId()))) {
            errors.add(new FieldError("caseworker.organisationId", "is not a known organisation"));
        }
        if (in.getReason().isBlank()) {
            errors.add(new FieldError("reason", "must not be blank"));
        }

        ReferralPerson person = in.getPerson();
        String rawNumber = in.getPerson().getIdentityNumber();
        IdentityNumber number = null;
        if (rawNumber != null && !rawNumber.isBlank()) {
            IdentityNumber.Result parsed = rawNumber.length() > 20
                    ? IdentityNumber.parse("", today) : IdentityNumber.parse(rawNumber, today);
            if (parsed.number().isPresent()) {
                number = parsed.number().get();
                if (person.getBirthYear() != null && person.getBirthYear() != number.birthDate().getYear()) {
                    errors.add(new FieldError("person.birthYear", "does not match the identity number"));
                }
            } else {
                errors.add(new FieldError("person.identityNumber", parsed.reason()));
            }
        } else if (person.getBirthYear() == null) {
            errors.add(new FieldError("person.birthYear", "is required without an identity number"));
        } else if (person.getBirthYear() > today.getYear()) {
            errors.add(new FieldError("person.birthYear", "lies in the future"));
        }
        if (person.getHomeMunicipalityCode() != null && !terms.homeMunicipalityExists()) {
            errors.add(new FieldError("person.homeMunicipalityCode", "is not a Swedish municipality code"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        ReferralEntity r = new ReferralEntity();
        r.id = id;
        r.projectId = project.id;
        r.municipalityCode = in.getMunicipalityCode();
        r.status = ReferralEntity.SUBMITTED;
        r.referringOrganisationId = organisation;
        if (number != null) {
            StoredIdentity stored = StoredIdentity.of(number, cipher);
            r.identityType = stored.type();
            r.identityCipher = stored.cipher();
            r.identityHash = stored.hash();
            r.identityMasked = stored.masked();
            r.birthDate = stored.birthDate();
            r.birthYear = stored.birthDate().getYear();
        } else {
            r.identityType = IdentityType.NONE.toString();
            r.birthYear = person.getBirthYear();
        }
        r.firstName = text(person.getFirstName());
        r.lastName = text(person.getLastName());
        r.sex = person.getSex().toString();
        r.homeMunicipalityCode = person.getHomeMunicipalityCode();
        r.caseworkerName = cw.getName().strip();
        r.caseworkerOrganisationId = cw.getOrganisationId() != null ? cw.getOrganisationId() : organisation;
        r.caseworkerEmail = text(cw.getEmail());
        r.caseworkerPhone = text(cw.getPhone());
        r.reason = in.getReason().strip();
        r.background = text(in.getBackground());
        r.knownTo = strings(in.getKnownToOrganisationIds());
        SusStatus sus = in.getSusEntry();
        if (sus != null) {
            r.susEntryEmployment = sus.getEmploymentStatus().toString();
            r.susEntryExtentPct = sus.getExtentPct();
            r.susEntryIncomeSources = sus.getIncomeSources() == null ? new ArrayList<>()
                    : new ArrayList<>(sus.getIncomeSources().stream().map(IncomeSource::toString).distinct().toList());
            r.susEntryMonthsSupport = sus.getMonthsOnPublicSupport();
        }
        r.consentPurposes = new ArrayList<>(consent.getPurposes().stream().map(ConsentPurpose::toString).distinct().toList());
        r.consentGivenOn = consent.getGivenOn();
        r.consentOrganisationIds = strings(consent.getOrganisationIds());
        r.consentFormReference = text(consent.getFormReference());
        r.createdBy = user.id();
        r.createdClient = client();
        r.createdAt = now;
        r.updatedAt = now;
        referrals.persist(r);
        // Recording the event flushes the referral and the event together, then fills the outbox.
        ReferralEventEntity submitted = events.record(r, "referral.submitted", null, actor());
        audit.record(Action.CREATE, RESOURCE, r.id, List.of());
        // Everything the answer shows was read or written above: its only event is the one just
        // recorded, so nothing is read back.
        return ReferralMapper.toDto(r, project, orgs.callerName(), List.of(submitted), today);
    }

    /**
     * The caller's organisation (by the token's {@code org} code) and every organisation the body
     * names, in one query.
     */
    record Organisations(UUID callerId, String callerName, Set<UUID> found) {
        boolean allExist(List<UUID> ids) {
            return ids == null || found.containsAll(ids);
        }
    }

    private Organisations organisations(ReferralInput in) {
        Set<UUID> named = new LinkedHashSet<>();
        if (in.getConsent().getOrganisationIds() != null) {
            named.addAll(in.getConsent().getOrganisationIds());
        }
        if (in.getKnownToOrganisationIds() != null) {
            named.addAll(in.getKnownToOrganisationIds());
        }
        if (in.getCaseworker().getOrganisationId() != null) {
            named.add(in.getCaseworker().getOrganisationId());
        }
        named.remove(null);
        String code = user.organisationCode();
        NativeQuery<?> query = em.createNativeQuery("SELECT id, code, name FROM organisation WHERE code = :code"
                + (named.isEmpty() ? "" : " OR id IN (:ids)"))
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("organisation")
                .setParameter("code", code == null ? "" : code);
        if (!named.isEmpty()) {
            query.setParameter("ids", named);
        }
        UUID callerId = null;
        String callerName = null;
        Set<UUID> found = new HashSet<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            UUID orgId = Sql.uuid(columns[0]);
            found.add(orgId);
            if (code != null && code.equals(columns[1])) {
                callerId = orgId;
                callerName = (String) columns[2];
            }
        }
        return new Organisations(callerId, callerName, found);
    }

    /**
     * What a submission needs of the project, in one query: its name and eligibility rules, its
     * capacity in the referral's municipality (the only municipality in the copy; none when not
     * served), and whether the person's home municipality exists. The project is a partial copy,
     * never managed, for reading only.
     */
    record ProjectTerms(ProjectEntity project, boolean homeMunicipalityExists) {
    }

    /** The submission's {@link ProjectTerms}; null when there is no such project. */
    private ProjectTerms projectTerms(UUID projectId, String municipalityCode, String homeMunicipalityCode) {
        List<?> rows = em.createNativeQuery("""
                SELECT p.name, p.min_age, p.max_age, p.min_known_agencies,
                  (SELECT pm.capacity FROM project_municipality pm WHERE pm.project_id = p.id AND pm.municipality_code = :m),
                  (SELECT COUNT(*) FROM municipality WHERE code = :home)
                FROM project p WHERE p.id = :p""")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("project")
                .setParameter("p", projectId)
                .setParameter("m", municipalityCode)
                .setParameter("home", homeMunicipalityCode == null ? "" : homeMunicipalityCode)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        ProjectEntity p = new ProjectEntity();
        p.id = projectId;
        p.name = (String) row[0];
        p.minAge = Sql.integer(row[1]);
        p.maxAge = Sql.integer(row[2]);
        p.minKnownAgencies = Sql.integer(row[3]);
        if (row[4] != null) {
            p.municipalities.add(new ProjectEntity.Capacity(municipalityCode, Sql.integer(row[4])));
        }
        return new ProjectTerms(p, Sql.integer(row[5]) > 0);
    }

    /** The first result of an earlier submission with the same key: the same body, else 422. */
    public Referral replay(String idempotencyKey, byte[] requestHash) {
        UUID organisation = requireCallerOrganisation();
        List<?> rows = em.createNativeQuery("""
                SELECT request_hash, referral_id FROM idempotency_key
                WHERE organisation_id = :org AND client_id = :client AND idem_key = :key""")
                .setParameter("org", organisation)
                .setParameter("client", client())
                .setParameter("key", idempotencyKey)
                .getResultList();
        if (rows.isEmpty()) {
            // The first request failed and was rolled back: nothing to replay; ask to retry.
            throw ApiException.conflict("idempotency-retry", "A request with this Idempotency-Key did not complete; send it again");
        }
        Object[] row = (Object[]) rows.get(0);
        if (!Arrays.equals((byte[]) row[0], requestHash)) {
            throw ApiException.invalid("Idempotency-Key", "was already used with a different request body");
        }
        ReferralEntity r = visible(Sql.uuid(row[1]));
        audit.record(Action.READ, RESOURCE, r.id, participantIds(r));
        return toDto(r);
    }

    /** The same person written 19121212-1212 or 191212121212 is the same request body. */
    private static String canonicalForHash(String number) {
        return IdentityNumber.parse(number, SwedishCalendar.today()).number()
                .map(IdentityNumber::canonical)
                .orElse(number.strip());
    }

    /** SHA-256 of the request's canonical JSON; the identity number enters only as its keyed hash. */
    public byte[] requestHash(ReferralInput in) {
        try {
            String number = in.getPerson().getIdentityNumber();
            String numberHash = number == null ? "" : HexFormat.of().formatHex(cipher.lookupHash(canonicalForHash(number)));
            // Maps with their keys sorted, at every level: the same body always gives the same bytes,
            // whatever the JSON's key order and on every instance.
            Map<String, Object> canonical = new java.util.TreeMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> input = json.convertValue(in, Map.class);
            if (input.get("person") instanceof Map<?, ?> person) {
                person.remove("identityNumber");
            }
            canonical.put("input", input);
            canonical.put("identity", numberHash);
            byte[] body = json.writer().with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(canonical);
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }

    // ------------------------------------------------------------------------------------ reads

    @Transactional(Transactional.TxType.SUPPORTS)
    public Referral get(UUID id) {
        ReferralEntity r = visible(id);
        audit.record(Action.READ, RESOURCE, r.id, participantIds(r));
        return toDto(r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public ReferralPage list(UUID projectId, ReferralStatus status, java.time.OffsetDateTime changedSince, int limit,
            String cursor) {
        StringBuilder sql = new StringBuilder("SELECT r.* FROM referral r WHERE (");
        List<String> visibility = new ArrayList<>();
        UUID organisation = isPartner() ? callerOrganisation() : null;
        if (organisation != null) {
            visibility.add("r.referring_organisation_id = :org");
        }
        boolean manager = user.hasRole(Roles.PROJECT_MANAGER);
        if (manager) {
            directory.remember(user);
            visibility.add("EXISTS (SELECT 1 FROM user_assignment ua WHERE ua.user_id = :me AND ua.project_id = r.project_id)");
        }
        if (visibility.isEmpty()) {
            return new ReferralPage(new ArrayList<>());
        }
        sql.append(String.join(" OR ", visibility)).append(')');
        if (projectId != null) {
            sql.append(" AND r.project_id = :project");
        }
        if (status != null) {
            sql.append(" AND r.status = :status");
        }
        if (changedSince != null) {
            sql.append(" AND r.updated_at > :since");
        }
        Cursor after = cursor == null ? null : Cursor.parse(cursor);
        if (after != null) {
            sql.append(" AND (r.updated_at < :cAt OR (r.updated_at = :cAt AND r.id < :cId))");
        }
        sql.append(" ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit");
        var query = em.createNativeQuery(sql.toString(), ReferralEntity.class);
        if (organisation != null) {
            query.setParameter("org", organisation);
        }
        if (manager) {
            query.setParameter("me", user.id());
        }
        if (projectId != null) {
            query.setParameter("project", projectId);
        }
        if (status != null) {
            query.setParameter("status", status.toString());
        }
        if (changedSince != null) {
            query.setParameter("since", changedSince.toInstant());
        }
        if (after != null) {
            query.setParameter("cAt", after.updatedAt());
            query.setParameter("cId", after.id());
        }
        query.setParameter("limit", limit + 1);
        List<ReferralEntity> rows = new ArrayList<>(query.getResultList());
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            ReferralEntity last = rows.get(rows.size() - 1);
            next = new Cursor(last.updatedAt, last.id).encode();
        }
        List<UUID> people = new ArrayList<>();
        rows.forEach(r -> people.addAll(participantIds(r)));
        audit.record(Action.LIST, RESOURCE, null, people);
        ReferralPage page = new ReferralPage(new ArrayList<>(rows.stream().map(this::toDto).toList()));
        page.setNextCursor(next);
        return page;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExitSummary exitSummary(UUID id) {
        ReferralEntity r = visible(id);
        if (r.enrollmentId == null) {
            throw ApiException.notFound("Exit summary");
        }
        List<?> rows = em.createNativeQuery("""
                SELECT status, start_date, exit_date, exit_outcome, exit_work_extent_pct, exit_wage_subsidy, exit_summary,
                  sus_exit_employment, sus_exit_extent_pct, sus_exit_income_sources, sus_exit_months_support, participant_id
                FROM enrollment WHERE id = :e""").setParameter("e", r.enrollmentId).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Exit summary");
        }
        Object[] e = (Object[]) rows.get(0);
        if (!EnrollmentEntity.EXITED.equals(e[0]) || e[2] == null || e[3] == null) {
            throw ApiException.notFound("Exit summary");
        }
        // Data crosses to the referring agency only while the person's consent to share with it holds.
        if (!consents.hasActiveConsent(Sql.uuid(e[11]), "participation_sharing", r.referringOrganisationId,
                SwedishCalendar.today())) {
            throw ApiException.notFound("Exit summary");
        }
        ExitSummary s = new ExitSummary(r.id, r.enrollmentId, Sql.date(e[1]), Sql.date(e[2]),
                ExitOutcome.fromValue((String) e[3]));
        s.setWorkExtentPct(e[4] == null ? null : Sql.integer(e[4]));
        s.setWageSubsidy(e[5] == null ? null : Sql.bool(e[5]));
        s.setSummary((String) e[6]);
        if (e[7] != null) {
            SusStatus sus = new SusStatus(EmploymentStatus.fromValue((String) e[7]), incomeSources(e[9]));
            sus.setExtentPct(e[8] == null ? null : Sql.integer(e[8]));
            sus.setMonthsOnPublicSupport(e[10] == null ? null : Sql.integer(e[10]));
            s.setSusExit(sus);
        }
        audit.record(Action.READ, RESOURCE, r.id, Sql.uuid(e[11]));
        return s;
    }

    // ---------------------------------------------------------------------------------- changes

    public Referral withdraw(UUID id, String ifMatch, WithdrawalInput in) {
        ReferralEntity r = lockForChange(id, ifMatch);
        if (!isPartner() || !r.referringOrganisationId.equals(callerOrganisation())) {
            throw ApiException.notFound("Referral");
        }
        if (!WITHDRAWABLE.contains(r.status)) {
            throw ApiException.conflict("referral-not-withdrawable",
                    "A referral can be withdrawn only until it is accepted; it is " + r.status);
        }
        r.withdrawalReason = in == null ? null : text(in.getReason());
        return changed(r, ReferralEntity.WITHDRAWN, "referral.withdrawn", r.withdrawalReason);
    }

    public Referral screen(UUID id, String ifMatch, ScreeningInput in) {
        ReferralEntity r = lockForChange(id, ifMatch);
        requireManager(r);
        if (!SCREENABLE.contains(r.status)) {
            throw ApiException.conflict("referral-not-screenable",
                    "A referral is screened while submitted, screened or on hold; it is " + r.status);
        }
        LocalDate submitted = r.createdAt.atZone(SwedishCalendar.ZONE).toLocalDate();
        if (in.getBoardMeetingDate().isBefore(submitted)) {
            throw ApiException.invalid("boardMeetingDate", "must not be before the referral was submitted");
        }
        r.boardMeetingDate = in.getBoardMeetingDate();
        r.screeningNote = text(in.getNote());
        r.screenedBy = user.id();
        return changed(r, ReferralEntity.SCREENED, "referral.screened", null);
    }

    public Referral decide(UUID id, String ifMatch, DecisionInput in) {
        ReferralEntity r = lockForChange(id, ifMatch);
        requireManager(r);
        if (!DECIDABLE.contains(r.status)) {
            throw ApiException.conflict("referral-not-decidable", r.status.equals(ReferralEntity.SUBMITTED)
                    ? "Screen the referral and put it before the review board before deciding"
                    : "The referral is " + r.status + "; it can no longer be decided");
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = text(in.getReason());
        DecisionOutcome outcome = in.getOutcome();
        if (outcome != DecisionOutcome.ACCEPTED && reason == null) {
            errors.add(new FieldError("reason", "is required when the referral is declined or put on hold"));
        }
        LocalDate submitted = r.createdAt.atZone(SwedishCalendar.ZONE).toLocalDate();
        if (in.getDecidedOn().isAfter(SwedishCalendar.today())) {
            errors.add(new FieldError("decidedOn", "must not be in the future"));
        } else if (in.getDecidedOn().isBefore(submitted)) {
            errors.add(new FieldError("decidedOn", "must not be before the referral was submitted"));
        }
        if (outcome != DecisionOutcome.ACCEPTED && (in.getPlannedStartDate() != null || in.getGroupStartName() != null)) {
            errors.add(new FieldError(in.getPlannedStartDate() != null ? "plannedStartDate" : "groupStartName",
                    "is only given when the referral is accepted"));
        }
        if (in.getGroupId() != null && outcome != DecisionOutcome.ACCEPTED) {
            errors.add(new FieldError("groupId", "is only given when the referral is accepted"));
        } else if (in.getGroupId() != null && !groups.isGroupOfProject(in.getGroupId(), r.projectId)) {
            errors.add(new FieldError("groupId", "is not a group of the referral's project"));
        }
        if (in.getPlannedStartDate() != null && in.getPlannedStartDate().isBefore(in.getDecidedOn())) {
            errors.add(new FieldError("plannedStartDate", "must not be before decidedOn"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        r.decisionOutcome = outcome.toString();
        r.decidedOn = in.getDecidedOn();
        r.decisionReason = reason;
        r.plannedStartDate = in.getPlannedStartDate();
        r.groupStartName = text(in.getGroupStartName());
        r.groupId = in.getGroupId();
        r.decidedBy = user.id();
        return changed(r, outcome.toString(), "referral." + outcome, reason);
    }

    /**
     * Finds the participant by identity number or registers them (through the participant
     * feature), records the referral's consents on them, and enrolls them (through the enrollment
     * feature, so the same capacity, age and one-open-stay rules apply), linking enrollment and
     * referral both ways.
     */
    public Enrollment enroll(UUID id, String ifMatch, EnrollFromReferralInput in) {
        ReferralEntity r = lockForChange(id, ifMatch);
        requireManager(r);
        if (!ReferralEntity.ACCEPTED.equals(r.status)) {
            throw ApiException.conflict("referral-not-accepted",
                    "Only an accepted referral can become an enrollment; it is " + r.status);
        }
        UUID participantId = participantFor(r);
        recordConsents(r, participantId);

        EnrollmentCreate create = new EnrollmentCreate();
        create.setParticipantId(participantId);
        create.setProjectId(r.projectId);
        create.setMunicipalityCode(r.municipalityCode);
        create.setStartDate(in.getStartDate());
        create.setPlannedEndDate(in.getPlannedEndDate());
        create.setCoordinatorUserId(in.getCoordinatorUserId());
        create.setReferringCaseworker(ReferralMapper.caseworker(r));
        create.setSusEntry(ReferralMapper.susEntry(r));
        create.setCapacityOverrideReason(in.getCapacityOverrideReason());
        Enrollment created = enrollments.create(create);

        EnrollmentEntity enrollment = em.find(EnrollmentEntity.class, created.getId());
        enrollment.referralId = r.id;
        // Accepted for a group start: the person joins the group in the same transaction.
        UUID groupId = in.getGroupId() != null ? in.getGroupId() : r.groupId;
        if (groupId != null) {
            groups.addFromReferral(groupId, created.getId(), null, in.getGroupCapacityOverrideReason(), "groupId",
                    "groupCapacityOverrideReason");
        }
        r.enrollmentId = created.getId();
        changed(r, ReferralEntity.ENROLLED, "referral.enrolled", null);
        audit.record(Action.UPDATE, RESOURCE, r.id, participantId);
        return enrollments.get(created.getId());
    }

    // ---------------------------------------------------------------------------------- helpers

    private UUID participantFor(ReferralEntity r) {
        if (!r.isAnonymous()) {
            ParticipantEntity existing = participants.findByHash(r.identityHash).orElse(null);
            if (existing != null) {
                if (!participants.isVisible(existing.id, user.id())) {
                    throw ApiException.conflict("participant-registered-elsewhere",
                            "The person is already registered in Stegvis outside your projects; ask an administrator to "
                                    + "give you access, then enroll them");
                }
                return existing.id;
            }
        }
        ParticipantCreate p = new ParticipantCreate();
        if (!r.isAnonymous()) {
            p.setIdentityNumber(cipher.decrypt(r.identityCipher));
        } else {
            p.setBirthYear(r.birthYear);
        }
        p.setFirstName(r.firstName);
        p.setLastName(r.lastName);
        p.setSex(se.stegvis.api.generated.model.Sex.fromValue(r.sex));
        p.setHomeMunicipalityCode(r.homeMunicipalityCode);
        return participantService.create(p).getId();
    }

    private void recordConsents(ReferralEntity r, UUID participantId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String organisations;
        try {
            // The consent always covers sharing with the agency that referred the person.
            Set<String> covered = new LinkedHashSet<>(r.consentOrganisationIds);
            covered.add(r.referringOrganisationId.toString());
            organisations = json.writeValueAsString(covered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (String purpose : r.consentPurposes) {
            em.createNativeQuery("""
                    INSERT INTO consent (id, participant_id, purpose, given_on, organisation_ids, form_reference,
                      source_referral_id, recorded_by, recorded_at)
                    VALUES (:id, :p, :purpose, :given, :orgs, :form, :r, :by, :now)""")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("p", participantId)
                    .setParameter("purpose", purpose)
                    .setParameter("given", r.consentGivenOn)
                    .setParameter("orgs", organisations)
                    .setParameter("form", r.consentFormReference)
                    .setParameter("r", r.id)
                    .setParameter("by", user.id())
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }

    private Referral changed(ReferralEntity r, String status, String eventType, String reason) {
        r.status = status;
        r.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        em.flush();
        events.record(r, eventType, reason, actor());
        if (!ReferralEntity.ENROLLED.equals(status)) {
            audit.record(Action.UPDATE, RESOURCE, r.id, participantIds(r));
        }
        return toDto(r);
    }

    /** Visible to the caller, locked until the transaction ends, then the version check. */
    private ReferralEntity lockForChange(UUID id, String ifMatch) {
        ReferralEntity r = referrals.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(this::canSee)
                .orElseThrow(() -> ApiException.notFound("Referral"));
        Versions.requireCurrent(ifMatch, r.version);
        return r;
    }

    private ReferralEntity visible(UUID id) {
        return referrals.findByIdOptional(id).filter(this::canSee)
                .orElseThrow(() -> ApiException.notFound("Referral"));
    }

    private boolean canSee(ReferralEntity r) {
        if (isPartner()) {
            UUID organisation = callerOrganisation();
            if (organisation != null && organisation.equals(r.referringOrganisationId)) {
                return true;
            }
        }
        return user.hasRole(Roles.PROJECT_MANAGER) && scope.coversProject(r.projectId);
    }

    private void requireManager(ReferralEntity r) {
        if (!scope.managesProject(r.projectId)) {
            throw ApiException.forbidden("Only a project manager managing the project may screen, decide or enroll");
        }
    }

    private boolean isPartner() {
        return user.hasRole(Roles.PARTNER_CASEWORKER) || user.hasRole(Roles.PARTNER_SYSTEM);
    }

    private UUID callerOrganisation() {
        String code = user.organisationCode();
        if (code == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT id FROM organisation WHERE code = :c").setParameter("c", code)
                .getResultList();
        return rows.isEmpty() ? null : Sql.uuid(rows.get(0));
    }

    private UUID requireCallerOrganisation() {
        UUID organisation = callerOrganisation();
        if (organisation == null) {
            throw ApiException.forbidden("Your token names no organisation known to Stegvis");
        }
        return organisation;
    }

    private String client() {
        String client = user.clientId();
        return client == null ? "" : client;
    }

    /** Who made a change: the person's name, or the partner system's client. */
    private String actor() {
        if (user.hasRole(Roles.PARTNER_SYSTEM)) {
            return "partner system " + client();
        }
        return user.displayName();
    }

    private List<UUID> participantIds(ReferralEntity r) {
        if (r.enrollmentId == null) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("SELECT participant_id FROM enrollment WHERE id = :e")
                .setParameter("e", r.enrollmentId).getResultList();
        return rows.stream().map(Sql::uuid).toList();
    }

    private Referral toDto(ReferralEntity r) {
        ProjectEntity project = projects.findById(r.projectId);
        List<?> names = em.createNativeQuery("SELECT name FROM organisation WHERE id = :id")
                .setParameter("id", r.referringOrganisationId).getResultList();
        return ReferralMapper.toDto(r, project, names.isEmpty() ? null : (String) names.get(0), events.history(r.id),
                SwedishCalendar.today());
    }

    private List<IncomeSource> incomeSources(Object column) {
        if (column == null) {
            return new ArrayList<>();
        }
        try {
            List<String> codes = json.readValue(column.toString(), new TypeReference<List<String>>() {
            });
            return new ArrayList<>(codes.stream().map(IncomeSource::fromValue).toList());
        } catch (JsonProcessingException e) {
            return new ArrayList<>();
        }
    }

    private static ArrayList<String> strings(List<UUID> ids) {
        return ids == null ? new ArrayList<>() : new ArrayList<>(ids.stream().distinct().map(UUID::toString).toList());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The list cursor: the last row's change time and id. */
    record Cursor(Instant updatedAt, UUID id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((updatedAt.toEpochMilli() + ":" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String value) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split(":", 2);
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ApiException.badRequest("cursor", "is not a cursor this API returned");
            }
        }
    }

}
