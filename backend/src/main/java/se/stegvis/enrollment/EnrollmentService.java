package se.stegvis.enrollment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Caseworker;
import se.stegvis.api.generated.model.CoordinatorChange;
import se.stegvis.api.generated.model.Enrollment;
import se.stegvis.api.generated.model.EnrollmentCreate;
import se.stegvis.api.generated.model.EnrollmentUpdate;
import se.stegvis.api.generated.model.ExitInput;
import se.stegvis.api.generated.model.ExitOutcome;
import se.stegvis.api.generated.model.ExtensionInput;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.FollowUpInput;
import se.stegvis.api.generated.model.PhaseChange;
import se.stegvis.api.generated.model.UserRef;
import se.stegvis.audit.AuditLog;
import se.stegvis.audit.AuditLog.Action;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.Roles;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.KeptAnswers;
import se.stegvis.common.web.Sql;
import se.stegvis.common.web.Versions;
import se.stegvis.project.ProjectEntity;
import se.stegvis.project.ProjectRepository;

/**
 * Enrollments (inskrivningar): creating them under the project's rules (one open stay per project,
 * age range, capacity per municipality), their phase and coordinator histories, extensions, exit
 * and the follow-up after exit.
 *
 * <p>Every change locks the enrollment row, then checks {@code If-Match}, so that two changes sent
 * with the same version end as one success and one 412.
 */
@ApplicationScoped
@Transactional
public class EnrollmentService {

    static final String RESOURCE = "enrollment";
    private static final byte[] EMPTY_LIST = "[]".getBytes(StandardCharsets.UTF_8);
    /** How far ahead an enrollment may be registered. */
    static final int MAX_MONTHS_AHEAD = 12;
    private static final String UNIQUE_OPEN = "uk_enrollment_one_open";

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    EnrollmentHistoryRepository history;

    @Inject
    EnrollmentAccess access;

    @Inject
    ParticipantLookup participants;

    @Inject
    ProjectRepository projects;

    @Inject
    AccessScope scope;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    KeptAnswers kept;

    // ---------------------------------------------------------------------------------- reads

    /**
     * The participant's enrollments within the caller's assignments as JSON, kept while the
     * fingerprint of those enrollments holds ({@link KeptAnswers}): their ids and change stamps,
     * read with the access check applied, so an enrollment that comes into or goes out of the
     * caller's sight changes it as surely as a change to one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] listForParticipant(UUID participantId) {
        UUID me = scope.userId();
        String fingerprint = enrollments.visibleFingerprint(participantId, me);
        byte[] answer;
        if (fingerprint.isEmpty()) {
            // Only then can the participant be invisible: an enrollment within the caller's
            // assignments makes its participant visible, so a non-empty list needs no check of its own.
            visibleParticipant(participantId);
            answer = EMPTY_LIST;
        } else {
            answer = kept.json(new KeptAnswers.Key(RESOURCE, List.of(participantId, me)), fingerprint,
                    () -> computeList(participantId, me));
        }
        audit.record(Action.LIST, RESOURCE, null, participantId);
        return answer;
    }

    private List<Enrollment> computeList(UUID participantId, UUID me) {
        List<EnrollmentEntity> rows = enrollments.listForParticipant(participantId, me);
        if (rows.isEmpty()) {
            return List.of();
        }
        // The same statements for one enrollment or ten: each history in one query for the participant.
        Map<UUID, List<EnrollmentPhaseEntity>> phases = history.phasesOfParticipant(participantId).stream()
                .collect(Collectors.groupingBy(p -> p.enrollmentId));
        Map<UUID, List<EnrollmentCoordinatorEntity>> coordinators = history.coordinatorsOfParticipant(participantId).stream()
                .collect(Collectors.groupingBy(c -> c.enrollmentId));
        Map<UUID, List<EnrollmentExtensionEntity>> extensions = history.extensionsOfParticipant(participantId).stream()
                .collect(Collectors.groupingBy(x -> x.enrollmentId));
        Set<UUID> userIds = new HashSet<>();
        for (EnrollmentEntity e : rows) {
            userIds.add(e.coordinatorId);
        }
        phases.values().forEach(l -> l.forEach(p -> userIds.add(p.changedBy)));
        coordinators.values().forEach(l -> l.forEach(c -> userIds.add(c.coordinatorId)));
        userIds.remove(null);
        Map<UUID, UserRef> names = directory.names(userIds);
        Map<UUID, String> projectNames = projects.names(rows.stream().map(e -> e.projectId).collect(Collectors.toSet()));
        return rows.stream().map(e -> EnrollmentMapper.toDto(e, new EnrollmentMapper.Details(
                projectNames.getOrDefault(e.projectId, ""), phases.getOrDefault(e.id, List.of()),
                coordinators.getOrDefault(e.id, List.of()), extensions.getOrDefault(e.id, List.of()), names))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrollment get(UUID enrollmentId) {
        EnrollmentEntity e = access.requireVisible(enrollmentId);
        audit.record(Action.READ, RESOURCE, e.id, e.participantId);
        return toDto(e);
    }

    // --------------------------------------------------------------------------------- create

    public Enrollment create(EnrollmentCreate in) {
        ParticipantLookup.Person person = visibleParticipant(in.getParticipantId());
        ProjectEntity project = visibleProject(in.getProjectId());
        LocalDate start = in.getStartDate();
        LocalDate plannedEnd = in.getPlannedEndDate() != null ? in.getPlannedEndDate()
                : start.plusMonths(project.maxStayMonths);

        List<FieldError> errors = new ArrayList<>();
        checkMunicipality(project, in.getMunicipalityCode(), errors);
        checkStart(project, person, start, errors);
        checkPlannedEnd(start, plannedEnd, start.plusMonths(project.maxStayMonths), errors);
        UUID coordinator = in.getCoordinatorUserId();
        if (coordinator == null) {
            if (user.hasRole(Roles.COORDINATOR)) {
                coordinator = user.id();
            } else {
                coordinator = leastLoadedCoordinator(project.id, in.getMunicipalityCode());
                if (coordinator == null) {
                    errors.add(new FieldError("coordinatorUserId",
                            "is required: no coordinator works in this municipality of the project yet"));
                }
            }
        } else if (!coordinatorAssigned(coordinator, project.id, in.getMunicipalityCode())) {
            errors.add(new FieldError("coordinatorUserId", "is not a user assigned to this project and municipality"));
        }
        checkCaseworker(in.getReferringCaseworker(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        String override = takesPlace(project, in.getMunicipalityCode(), in.getCapacityOverrideReason());
        if (enrollments.openExists(person.id(), project.id)) {
            throw openEnrollmentExists();
        }

        EnrollmentEntity e = new EnrollmentEntity();
        e.id = UUID.randomUUID();
        e.participantId = person.id();
        e.projectId = project.id;
        e.municipalityCode = in.getMunicipalityCode();
        e.startDate = start;
        e.plannedEndDate = plannedEnd;
        e.status = EnrollmentEntity.OPEN;
        e.phase = "mapping";
        e.coordinatorId = coordinator;
        e.capacityOverrideReason = override;
        EnrollmentMapper.applyCaseworker(in.getReferringCaseworker(), e);
        EnrollmentMapper.applySusEntry(in.getSusEntry(), e);
        e.nextAssessmentDue = start;
        e.openMarker = 1;
        enrollments.persist(e);
        history.persist(EnrollmentPhaseEntity.of(e.id, "mapping", start, user.id()));
        history.persist(EnrollmentCoordinatorEntity.of(e.id, coordinator, start, user.id()));
        try {
            em.flush();
        } catch (RuntimeException ex) {
            if (violates(ex, UNIQUE_OPEN)) {
                throw openEnrollmentExists();
            }
            throw ex;
        }
        audit.record(Action.CREATE, RESOURCE, e.id, e.participantId);
        return toDto(e);
    }

    // -------------------------------------------------------------------------------- changes

    public Enrollment update(UUID enrollmentId, String ifMatch, EnrollmentUpdate in) {
        EnrollmentEntity e = lockForChange(enrollmentId, ifMatch, true);
        ProjectEntity project = projects.findById(e.projectId);
        ParticipantLookup.Person person = participants.visible(e.participantId, scope.userId())
                .orElseThrow(() -> ApiException.notFound("Enrollment"));
        List<EnrollmentPhaseEntity> phases = history.phases(e.id);
        List<EnrollmentCoordinatorEntity> coordinators = history.coordinators(e.id);
        int extensions = history.extensions(e.id).size();
        LocalDate start = in.getStartDate();
        boolean moves = !in.getMunicipalityCode().equals(e.municipalityCode);

        List<FieldError> errors = new ArrayList<>();
        if (moves) {
            checkMunicipality(project, in.getMunicipalityCode(), errors);
        }
        if (!start.equals(e.startDate)) {
            checkStart(project, person, start, errors);
            LocalDate firstLaterChange = firstLaterChange(phases, coordinators);
            if (firstLaterChange != null && start.isAfter(firstLaterChange)) {
                errors.add(new FieldError("startDate", "must not be after a later phase or coordinator change"));
            }
        }
        checkPlannedEnd(start, in.getPlannedEndDate(),
                start.plusMonths(project.maxStayMonths + (long) extensions * project.extensionMonths), errors);
        checkCaseworker(in.getReferringCaseworker(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (moves) {
            e.capacityOverrideReason = takesPlace(project, in.getMunicipalityCode(), in.getCapacityOverrideReason());
            e.municipalityCode = in.getMunicipalityCode();
        }
        if (!start.equals(e.startDate)) {
            // The first phase and the first coordinator period begin with the stay.
            if (!phases.isEmpty()) {
                phases.get(0).fromDate = start;
            }
            if (!coordinators.isEmpty()) {
                coordinators.get(0).fromDate = start;
            }
            if (e.lastAssessmentOn == null) {
                e.nextAssessmentDue = start;
            }
            e.startDate = start;
        }
        e.plannedEndDate = in.getPlannedEndDate();
        EnrollmentMapper.applyCaseworker(in.getReferringCaseworker(), e);
        EnrollmentMapper.applySusEntry(in.getSusEntry(), e);
        return changed(e);
    }

    public Enrollment changePhase(UUID enrollmentId, String ifMatch, PhaseChange in) {
        EnrollmentEntity e = lockForChange(enrollmentId, ifMatch, true);
        String phase = in.getPhase().toString();
        List<EnrollmentPhaseEntity> phases = history.phases(e.id);
        LocalDate currentFrom = phases.isEmpty() ? e.startDate : phases.get(phases.size() - 1).fromDate;
        List<FieldError> errors = new ArrayList<>();
        if (phase.equals(e.phase)) {
            errors.add(new FieldError("phase", "is already the current phase"));
        }
        checkChangeDate("fromDate", in.getFromDate(), e.startDate, currentFrom, "the current phase began", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        history.persist(EnrollmentPhaseEntity.of(e.id, phase, in.getFromDate(), user.id()));
        e.phase = phase;
        return changed(e);
    }

    public Enrollment changeCoordinator(UUID enrollmentId, String ifMatch, CoordinatorChange in) {
        EnrollmentEntity e = lockForChange(enrollmentId, ifMatch, true);
        UUID next = in.getCoordinatorUserId();
        EnrollmentCoordinatorEntity current = history.coordinators(e.id).stream()
                .filter(c -> c.toDate == null).reduce((a, b) -> b).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        if (next.equals(e.coordinatorId)) {
            errors.add(new FieldError("coordinatorUserId", "is already the coordinator"));
        } else if (!coordinatorAssigned(next, e.projectId, e.municipalityCode)) {
            errors.add(new FieldError("coordinatorUserId", "is not a user assigned to this project and municipality"));
        }
        checkChangeDate("fromDate", in.getFromDate(), e.startDate, current == null ? null : current.fromDate,
                "the current coordinator began", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (current != null) {
            current.toDate = in.getFromDate();
        }
        history.persist(EnrollmentCoordinatorEntity.of(e.id, next, in.getFromDate(), user.id()));
        e.coordinatorId = next;
        return changed(e);
    }

    /**
     * One extension moves the planned end later by at most the project's extension period
     * (e.g. six months), counted from the current planned end; several may follow each other.
     */
    public Enrollment extend(UUID enrollmentId, String ifMatch, ExtensionInput in) {
        EnrollmentEntity e = lockForChange(enrollmentId, ifMatch, true);
        ProjectEntity project = projects.findById(e.projectId);
        List<FieldError> errors = new ArrayList<>();
        if (!in.getNewPlannedEndDate().isAfter(e.plannedEndDate)) {
            errors.add(new FieldError("newPlannedEndDate", "must be after the current planned end date"));
        } else if (in.getNewPlannedEndDate().isAfter(e.plannedEndDate.plusMonths(project.extensionMonths))) {
            errors.add(new FieldError("newPlannedEndDate", "must not be more than " + project.extensionMonths
                    + " months after the current planned end date"));
        }
        if (in.getDecidedOn().isBefore(e.startDate)) {
            errors.add(new FieldError("decidedOn", "must not be before the enrollment's start date"));
        } else if (in.getDecidedOn().isAfter(SwedishCalendar.today())) {
            errors.add(new FieldError("decidedOn", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        EnrollmentExtensionEntity x = new EnrollmentExtensionEntity();
        x.id = UUID.randomUUID();
        x.enrollmentId = e.id;
        x.previousPlannedEnd = e.plannedEndDate;
        x.newPlannedEnd = in.getNewPlannedEndDate();
        x.decidedOn = in.getDecidedOn();
        x.reason = blankToNull(in.getReason());
        x.recordedBy = user.id();
        history.persist(x);
        e.plannedEndDate = in.getNewPlannedEndDate();
        return changed(e);
    }

    public Enrollment exit(UUID enrollmentId, String ifMatch, ExitInput in) {
        EnrollmentEntity e = lockForChange(enrollmentId, ifMatch, true);
        List<EnrollmentPhaseEntity> phases = history.phases(e.id);
        LocalDate phaseFrom = phases.isEmpty() ? e.startDate : phases.get(phases.size() - 1).fromDate;
        List<FieldError> errors = new ArrayList<>();
        checkChangeDate("exitDate", in.getExitDate(), e.startDate, phaseFrom, "the current phase began", errors);
        if (in.getOutcome() == ExitOutcome.WORK) {
            if (in.getWorkExtentPct() == null) {
                errors.add(new FieldError("workExtentPct", "is required when the outcome is work"));
            }
            if (in.getWageSubsidy() == null) {
                errors.add(new FieldError("wageSubsidy", "is required when the outcome is work"));
            }
        } else {
            if (in.getWorkExtentPct() != null) {
                errors.add(new FieldError("workExtentPct", "is only given when the outcome is work"));
            }
            if (in.getWageSubsidy() != null) {
                errors.add(new FieldError("wageSubsidy", "is only given when the outcome is work"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        LocalDate exitDate = in.getExitDate();
        e.status = EnrollmentEntity.EXITED;
        e.phase = "exit";
        e.openMarker = null;
        e.nextAssessmentDue = null;
        e.exitDate = exitDate;
        e.exitOutcome = in.getOutcome().toString();
        e.exitWorkExtentPct = in.getWorkExtentPct();
        e.exitWageSubsidy = in.getWageSubsidy();
        e.exitSummary = blankToNull(in.getSummary());
        EnrollmentMapper.applySusExit(in.getSusExit(), e);
        history.persist(EnrollmentPhaseEntity.of(e.id, "exit", exitDate, user.id()));
        history.coordinators(e.id).stream().filter(c -> c.toDate == null).forEach(c -> c.toDate = exitDate);
        em.flush();
        enrollments.endInterventions(e.id, exitDate);
        return changed(e);
    }

    public Enrollment recordFollowUp(UUID enrollmentId, String ifMatch, FollowUpInput in) {
        EnrollmentEntity e = lockForChange(enrollmentId, ifMatch, false);
        if (e.isOpen()) {
            throw ApiException.conflict("enrollment-open", "A follow-up is recorded only after the participant has exited");
        }
        if (!in.getFollowUpDate().isAfter(e.exitDate)) {
            throw ApiException.invalid("followUpDate", "must be after the exit date");
        }
        if (in.getFollowUpDate().isAfter(SwedishCalendar.today())) {
            throw ApiException.invalid("followUpDate", "must not be in the future");
        }
        e.followUpDate = in.getFollowUpDate();
        e.followUpOutcome = in.getOutcome().toString();
        e.followUpNote = blankToNull(in.getNote());
        return changed(e);
    }

    // -------------------------------------------------------------------------------- helpers

    /**
     * The enrollment, visible to the caller and locked until the transaction ends; then the
     * version check; then, when {@code mustBeOpen}, 409 if it has ended.
     */
    private EnrollmentEntity lockForChange(UUID enrollmentId, String ifMatch, boolean mustBeOpen) {
        EnrollmentEntity e = enrollments.findByIdOptional(enrollmentId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Enrollment"));
        if (!scope.covers(e.projectId, e.municipalityCode)) {
            throw ApiException.notFound("Enrollment");
        }
        Versions.requireCurrent(ifMatch, e.version);
        if (mustBeOpen && !e.isOpen()) {
            throw ApiException.conflict("enrollment-exited", "The enrollment has ended; it can no longer be changed");
        }
        return e;
    }

    private Enrollment changed(EnrollmentEntity e) {
        em.flush();
        audit.record(Action.UPDATE, RESOURCE, e.id, e.participantId);
        return toDto(e);
    }

    private Enrollment toDto(EnrollmentEntity e) {
        List<EnrollmentPhaseEntity> phases = history.phases(e.id);
        List<EnrollmentCoordinatorEntity> coordinators = history.coordinators(e.id);
        Set<UUID> userIds = new HashSet<>();
        userIds.add(e.coordinatorId);
        phases.forEach(p -> userIds.add(p.changedBy));
        coordinators.forEach(c -> userIds.add(c.coordinatorId));
        userIds.remove(null);
        String projectName = projects.names(List.of(e.projectId)).getOrDefault(e.projectId, "");
        return EnrollmentMapper.toDto(e, new EnrollmentMapper.Details(projectName, phases,
                coordinators, history.extensions(e.id), directory.names(userIds)));
    }

    private ParticipantLookup.Person visibleParticipant(UUID participantId) {
        return participants.visible(participantId, scope.userId())
                .orElseThrow(() -> ApiException.notFound("Participant"));
    }

    private ProjectEntity visibleProject(UUID projectId) {
        ProjectEntity p = projects.findById(projectId);
        if (p == null || !scope.coversProject(projectId)) {
            throw ApiException.notFound("Project");
        }
        return p;
    }

    private void checkMunicipality(ProjectEntity project, String code, List<FieldError> errors) {
        if (project.capacityIn(code) < 0) {
            errors.add(new FieldError("municipalityCode", "is not served by the project"));
        } else if (!scope.covers(project.id, code)) {
            errors.add(new FieldError("municipalityCode", "is not among your assigned municipalities in this project"));
        }
    }

    private void checkStart(ProjectEntity project, ParticipantLookup.Person person, LocalDate start, List<FieldError> errors) {
        if (start.isAfter(SwedishCalendar.today().plusMonths(MAX_MONTHS_AHEAD))) {
            errors.add(new FieldError("startDate", "must not be more than " + MAX_MONTHS_AHEAD + " months ahead"));
        } else if (start.isBefore(project.startDate)) {
            errors.add(new FieldError("startDate", "must not be before the project's start date"));
        } else if (project.endDate != null && start.isAfter(project.endDate)) {
            errors.add(new FieldError("startDate", "must not be after the project's end date"));
        }
        int age = person.ageOn(start);
        if (age < project.minAge || age > project.maxAge) {
            errors.add(new FieldError("participantId", "the participant's age on the start date is outside the project's age range "
                    + project.minAge + "–" + project.maxAge));
        }
    }

    private static void checkPlannedEnd(LocalDate start, LocalDate plannedEnd, LocalDate latest, List<FieldError> errors) {
        if (!plannedEnd.isAfter(start)) {
            errors.add(new FieldError("plannedEndDate", "must be after startDate"));
        } else if (plannedEnd.isAfter(latest)) {
            errors.add(new FieldError("plannedEndDate",
                    "must not be later than the project's maximum stay (plus decided extensions) allows; extend the enrollment instead"));
        }
    }

    /** A change dated {@code date}: not before the start, not before the current period began, not in the future. */
    private void checkChangeDate(String field, LocalDate date, LocalDate start, LocalDate currentFrom, String currentWhat,
            List<FieldError> errors) {
        if (date.isBefore(start)) {
            errors.add(new FieldError(field, "must not be before the enrollment's start date"));
        } else if (currentFrom != null && date.isBefore(currentFrom)) {
            errors.add(new FieldError(field, "must not be before " + currentWhat));
        } else if (date.isAfter(SwedishCalendar.today())) {
            errors.add(new FieldError(field, "must not be in the future"));
        }
    }

    private void checkCaseworker(Caseworker c, List<FieldError> errors) {
        if (c == null) {
            return;
        }
        if (c.getName().isBlank()) {
            errors.add(new FieldError("referringCaseworker.name", "must not be blank"));
        }
        if (c.getOrganisationId() != null && ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM organisation WHERE id = :id").setParameter("id", c.getOrganisationId())
                .getSingleResult()).longValue() == 0) {
            errors.add(new FieldError("referringCaseworker.organisationId", "is not a known organisation"));
        }
    }

    /**
     * When a project manager enrolls without naming a coordinator, the stay goes to whoever among
     * the people coordinating in this project and municipality has the fewest open stays (ties by
     * name). A coordinator is known from the stays they coordinate; roles live in Keycloak.
     */
    private UUID leastLoadedCoordinator(UUID projectId, String municipalityCode) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                SELECT u.id FROM app_user u
                JOIN enrollment mine ON mine.coordinator_id = u.id AND mine.project_id = :p
                WHERE EXISTS (SELECT 1 FROM user_assignment ua WHERE ua.user_id = u.id AND ua.project_id = :p
                                AND (ua.municipality_code IS NULL OR ua.municipality_code = :m))
                GROUP BY u.id, u.display_name
                ORDER BY SUM(mine.status = 'open'), u.display_name
                LIMIT 1""")
                .setParameter("p", projectId)
                .setParameter("m", municipalityCode)
                .getResultList();
        return ids.isEmpty() ? null : Sql.uuid(ids.get(0));
    }

    private boolean coordinatorAssigned(UUID userId, UUID projectId, String municipalityCode) {
        return ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM app_user u WHERE u.id = :u AND EXISTS (SELECT 1 FROM user_assignment ua
                  WHERE ua.user_id = u.id AND ua.project_id = :p
                    AND (ua.municipality_code IS NULL OR ua.municipality_code = :m))""")
                .setParameter("u", userId)
                .setParameter("p", projectId)
                .setParameter("m", municipalityCode)
                .getSingleResult()).longValue() > 0;
    }

    /**
     * Takes a place in the municipality under a lock on the project's municipality row. When it is
     * full, only a project manager managing the project may go beyond, and must give a reason.
     * Answers the override reason to keep (null when no override was needed).
     */
    private String takesPlace(ProjectEntity project, String municipalityCode, String overrideReason) {
        Integer capacity = enrollments.lockCapacity(project.id, municipalityCode);
        if (capacity == null) {
            throw ApiException.invalid("municipalityCode", "is not served by the project");
        }
        if (enrollments.openCount(project.id, municipalityCode) < capacity) {
            return null;
        }
        String reason = blankToNull(overrideReason);
        if (reason == null) {
            throw capacityExceeded("The municipality has no free place in the project; a project manager may enroll beyond "
                    + "capacity by giving capacityOverrideReason");
        }
        if (!scope.managesProject(project.id)) {
            throw capacityExceeded("The municipality has no free place in the project; only the project's manager may "
                    + "enroll beyond capacity");
        }
        return reason.trim();
    }

    private static LocalDate firstLaterChange(List<EnrollmentPhaseEntity> phases, List<EnrollmentCoordinatorEntity> coordinators) {
        LocalDate first = null;
        for (int i = 1; i < phases.size(); i++) {
            first = earlier(first, phases.get(i).fromDate);
        }
        for (int i = 1; i < coordinators.size(); i++) {
            first = earlier(first, coordinators.get(i).fromDate);
        }
        return first;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static ApiException capacityExceeded(String detail) {
        return ApiException.conflict("capacity-exceeded", detail);
    }

    private static ApiException openEnrollmentExists() {
        return ApiException.conflict("open-enrollment-exists",
                "The participant already has an open enrollment in this project; exit it before enrolling again");
    }

    private static boolean violates(Throwable ex, String constraint) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getConstraintName() != null && cve.getConstraintName().contains(constraint)) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
