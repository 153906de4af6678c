package se.stegvis.intervention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.Intervention;
import se.stegvis.api.generated.model.InterventionInput;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.web.KeptAnswers;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Versions;
import se.stegvis.enrollment.EnrollmentAccess;
import se.stegvis.enrollment.EnrollmentEntity;

/**
 * Interventions (insatser) below an enrollment. Every read goes through
 * {@link EnrollmentAccess#requireVisible}, every change through {@link EnrollmentAccess#requireOpen}
 * (404 outside the caller's scope, 409 once the enrollment has ended).
 *
 * <p>Rules on the body (each answers 422 naming the field):
 * <ul>
 * <li>{@code typeId}: the type exists and is global or the enrollment's project's own; a new or
 * changed type must also be active (an intervention may keep a type that was retired later).</li>
 * <li>{@code providerOrganisationId}: the organisation exists.</li>
 * <li>{@code startDate}: not before the enrollment started.</li>
 * <li>{@code plannedEndDate}, {@code endDate}: not before {@code startDate}.</li>
 * <li>{@code endDate} and {@code status}: completed and cancelled need an end date, and it is not in
 * the future; planned, ongoing and paused have not ended, so an end date in the past is refused
 * (a date from today on is accepted as the known end).</li>
 * <li>{@code hoursPerWeek}: 0–60 (the contract), at most one decimal (the column).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class InterventionService {

    /** "Today" is the users' date, not the server's. */
    private static final String RESOURCE = "intervention";

    @Inject
    InterventionRepository interventions;

    @Inject
    InterventionTypeRepository types;

    @Inject
    EnrollmentAccess access;

    @Inject
    AuditLog audit;

    @Inject
    KeptAnswers kept;

    /** The enrollment's interventions as JSON, kept while its change stamp holds ({@link KeptAnswers}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] list(UUID enrollmentId) {
        EnrollmentAccess.Visible enrollment = access.requireVisibleSummary(enrollmentId);
        byte[] answer = kept.json(new KeptAnswers.Key(RESOURCE, enrollmentId), enrollment.changeStamp(), () -> {
            List<InterventionEntity> rows = interventions.byEnrollment(enrollmentId);
            Map<UUID, InterventionTypeEntity> typesById = rows.isEmpty() ? Map.of() : typesOfEnrollment(enrollmentId);
            return rows.stream().map(e -> InterventionMapper.toDto(e, typesById.get(e.typeId))).toList();
        });
        audit.record(AuditLog.Action.LIST, RESOURCE, enrollmentId, enrollment.participantId());
        return answer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Intervention get(UUID interventionId) {
        InterventionEntity e = interventions.findByIdOptional(interventionId)
                .orElseThrow(() -> ApiException.notFound("Intervention"));
        EnrollmentEntity enrollment = visibleOrNotFound(e.enrollmentId);
        audit.record(AuditLog.Action.READ, RESOURCE, e.id, enrollment.participantId);
        return InterventionMapper.toDto(e, types.findById(e.typeId));
    }

    public Intervention create(UUID enrollmentId, InterventionInput in) {
        EnrollmentEntity enrollment = access.requireOpen(enrollmentId);
        InterventionTypeEntity type = validate(in, enrollment, null);
        InterventionEntity e = new InterventionEntity();
        e.id = UUID.randomUUID();
        e.enrollmentId = enrollmentId;
        e.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        InterventionMapper.apply(in, e);
        interventions.persist(e);
        interventions.flush();
        audit.record(AuditLog.Action.CREATE, RESOURCE, e.id, enrollment.participantId);
        return InterventionMapper.toDto(e, type);
    }

    public Intervention update(UUID interventionId, String ifMatch, InterventionInput in) {
        InterventionEntity e = interventions.findByIdOptional(interventionId)
                .orElseThrow(() -> ApiException.notFound("Intervention"));
        EnrollmentEntity enrollment;
        try {
            enrollment = access.requireOpen(e.enrollmentId);
        } catch (ApiException notVisible) {
            if (notVisible.status() == 404) {
                throw ApiException.notFound("Intervention");
            }
            throw notVisible;
        }
        Versions.requireCurrent(ifMatch, e.version);
        InterventionTypeEntity type = validate(in, enrollment, e);
        InterventionMapper.apply(in, e);
        interventions.flush();
        audit.record(AuditLog.Action.UPDATE, RESOURCE, e.id, enrollment.participantId);
        return InterventionMapper.toDto(e, type);
    }

    private EnrollmentEntity visibleOrNotFound(UUID enrollmentId) {
        try {
            return access.requireVisible(enrollmentId);
        } catch (ApiException notVisible) {
            // The intervention, not the enrollment, is what the caller asked for.
            throw ApiException.notFound("Intervention");
        }
    }

    /**
     * The types of the enrollment's interventions. One parameter, not an IN list of ids: Hibernate
     * translates a query with a list parameter again for every call, this one once.
     */
    private Map<UUID, InterventionTypeEntity> typesOfEnrollment(UUID enrollmentId) {
        return types.list("id in (select i.typeId from InterventionEntity i where i.enrollmentId = ?1)", enrollmentId).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
    }

    /** Checks the body against the rules above and returns the intervention's type. */
    private InterventionTypeEntity validate(InterventionInput in, EnrollmentEntity enrollment, InterventionEntity current) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = SwedishCalendar.today();

        InterventionTypeEntity type = types.findByIdOptional(in.getTypeId()).orElse(null);
        boolean typeChanged = current == null || !Objects.equals(current.typeId, in.getTypeId());
        if (type == null || (type.projectId != null && !type.projectId.equals(enrollment.projectId))) {
            errors.add(new FieldError("typeId", "is not an intervention type of this project"));
        } else if (!type.active && typeChanged) {
            errors.add(new FieldError("typeId", "the intervention type is no longer in use"));
        }

        if (in.getProviderOrganisationId() != null
                && !interventions.organisationExists(in.getProviderOrganisationId())) {
            errors.add(new FieldError("providerOrganisationId", "no such organisation"));
        }

        LocalDate start = in.getStartDate();
        if (start.isBefore(enrollment.startDate)) {
            errors.add(new FieldError("startDate", "must not be before the enrollment started"));
        }
        if (in.getPlannedEndDate() != null && in.getPlannedEndDate().isBefore(start)) {
            errors.add(new FieldError("plannedEndDate", "must not be before the start date"));
        }
        LocalDate end = in.getEndDate();
        if (end != null && end.isBefore(start)) {
            errors.add(new FieldError("endDate", "must not be before the start date"));
        }

        String status = in.getStatus().toString();
        boolean ended = InterventionEntity.COMPLETED.equals(status) || InterventionEntity.CANCELLED.equals(status);
        if (ended && end == null) {
            errors.add(new FieldError("endDate", "is required when the intervention is " + status));
        } else if (ended && end.isAfter(today)) {
            errors.add(new FieldError("endDate", "must not be in the future when the intervention is " + status));
        } else if (!ended && end != null && end.isBefore(today)) {
            errors.add(new FieldError("endDate", "lies in the past; set the status to completed or cancelled"));
        }

        BigDecimal hours = in.getHoursPerWeek();
        if (hours != null) {
            if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(60)) > 0) {
                errors.add(new FieldError("hoursPerWeek", "must be between 0 and 60"));
            } else if (hours.stripTrailingZeros().scale() > 1) {
                errors.add(new FieldError("hoursPerWeek", "must have at most one decimal"));
            }
        }

        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return type;
    }
}
