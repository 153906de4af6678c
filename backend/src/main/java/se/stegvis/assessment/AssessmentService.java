package se.stegvis.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Assessment;
import se.stegvis.api.generated.model.AssessmentInput;
import se.stegvis.api.generated.model.AssessmentList;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.Rating;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.enrollment.EnrollmentAccess;
import se.stegvis.enrollment.EnrollmentEntity;
import se.stegvis.project.ProjectEntity;
import se.stegvis.project.ProjectRepository;

/**
 * Progression measurements (and well-being surveys) of an enrollment, with the changes and lowest
 * items derived from them (see {@link AssessmentMapper}). Recording one keeps the enrollment's
 * {@code last_assessment_on} and {@code next_assessment_due} in step for the caseload: both follow
 * the latest assessment with a {@code progression} instrument (the latest date plus the project's
 * assessment interval); a well-being survey moves neither.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    static final String PROGRESSION = "progression";
    /** "Today" is the users' date, not the server's. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String RESOURCE = "assessment";

    @Inject
    AssessmentRepository assessments;

    @Inject
    InstrumentRepository instruments;

    @Inject
    ProjectRepository projects;

    @Inject
    EnrollmentAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentList list(UUID enrollmentId) {
        EnrollmentAccess.Visible enrollment = access.requireVisibleSummary(enrollmentId);
        List<AssessmentEntity> all = assessments.byEnrollment(enrollmentId);
        List<Assessment> items = derive(all);
        AssessmentList result = new AssessmentList(new ArrayList<>(items));
        result.setNextDue(nextDue(enrollment));
        audit.record(AuditLog.Action.LIST, RESOURCE, enrollmentId, enrollment.participantId());
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment get(UUID assessmentId) {
        AssessmentEntity a = assessments.findByIdOptional(assessmentId)
                .orElseThrow(() -> ApiException.notFound("Assessment"));
        EnrollmentEntity enrollment;
        try {
            enrollment = access.requireVisible(a.enrollmentId);
        } catch (ApiException notVisible) {
            throw ApiException.notFound("Assessment");
        }
        Assessment dto = pick(derive(assessments.byEnrollment(a.enrollmentId)), assessmentId);
        audit.record(AuditLog.Action.READ, RESOURCE, assessmentId, enrollment.participantId);
        return dto;
    }

    public Assessment create(UUID enrollmentId, AssessmentInput in) {
        EnrollmentEntity enrollment = access.requireOpen(enrollmentId);
        ProjectEntity project = projects.findById(enrollment.projectId);
        InstrumentEntity instrument = project.instrumentIds.contains(in.getInstrumentId())
                ? instruments.findById(in.getInstrumentId()) : null;
        List<AssessmentRatingEntity> ratings = validate(in, enrollment, instrument);

        AssessmentEntity a = new AssessmentEntity();
        a.id = UUID.randomUUID();
        a.enrollmentId = enrollmentId;
        a.instrumentId = instrument.id;
        a.assessedOn = in.getAssessedOn();
        a.comment = in.getComment() == null || in.getComment().isBlank() ? null : in.getComment().trim();
        a.recordedBy = user.id();
        a.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assessments.persist(a);
        for (AssessmentRatingEntity r : ratings) {
            r.assessmentId = a.id;
            assessments.persistRating(r);
        }

        List<AssessmentEntity> all = assessments.byEnrollment(enrollmentId);
        if (PROGRESSION.equals(instrument.purpose)) {
            Map<UUID, InstrumentEntity> used = instrumentsOf(all);
            LocalDate latest = all.stream()
                    .filter(x -> PROGRESSION.equals(used.get(x.instrumentId).purpose))
                    .map(x -> x.assessedOn).max(LocalDate::compareTo).orElse(a.assessedOn);
            enrollment.lastAssessmentOn = latest;
            enrollment.nextAssessmentDue = latest.plusMonths(project.assessmentIntervalMonths);
        }
        Assessment dto = pick(derive(all), a.id);
        audit.record(AuditLog.Action.CREATE, RESOURCE, a.id, enrollment.participantId);
        return dto;
    }

    /** The due date the list shows: the enrollment's, or one interval after its start before any; none once exited. */
    private LocalDate nextDue(EnrollmentAccess.Visible enrollment) {
        if (!enrollment.isOpen()) {
            return null;
        }
        if (enrollment.nextAssessmentDue() != null) {
            return enrollment.nextAssessmentDue();
        }
        ProjectEntity project = projects.findById(enrollment.projectId());
        return enrollment.startDate().plusMonths(project.assessmentIntervalMonths);
    }

    /** DTOs of an enrollment's assessments (oldest first), their ratings loaded in one more query. */
    private List<Assessment> derive(List<AssessmentEntity> all) {
        Set<UUID> enrollments = all.stream().map(x -> x.enrollmentId).collect(java.util.stream.Collectors.toSet());
        List<AssessmentRatingEntity> ratings = all.isEmpty() ? List.of()
                : enrollments.size() == 1 ? assessments.ratingsOfEnrollment(enrollments.iterator().next())
                : assessments.ratingsOf(all.stream().map(x -> x.id).toList());
        Set<UUID> recorders = new HashSet<>();
        all.forEach(x -> recorders.add(x.recordedBy));
        return AssessmentMapper.toDtos(all, ratings, instrumentsOf(all), directory.names(recorders));
    }

    private Map<UUID, InstrumentEntity> instrumentsOf(List<AssessmentEntity> all) {
        Map<UUID, InstrumentEntity> used = new HashMap<>();
        for (AssessmentEntity x : all) {
            used.computeIfAbsent(x.instrumentId, instruments::cached);
        }
        return used;
    }

    private static Assessment pick(List<Assessment> dtos, UUID id) {
        return dtos.stream().filter(d -> d.getId().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Assessment"));
    }

    /**
     * Checks the body (every failure answers 422, all of them at once) and returns the ratings to
     * store, without their assessment id.
     */
    private List<AssessmentRatingEntity> validate(AssessmentInput in, EnrollmentEntity enrollment,
            InstrumentEntity instrument) {
        List<FieldError> errors = new ArrayList<>();
        if (instrument == null) {
            errors.add(new FieldError("instrumentId", "is not one of the project's instruments"));
        }
        LocalDate today = LocalDate.now(SWEDEN);
        if (in.getAssessedOn().isAfter(today)) {
            errors.add(new FieldError("assessedOn", "must not be in the future"));
        } else if (in.getAssessedOn().isBefore(enrollment.startDate)) {
            errors.add(new FieldError("assessedOn", "must not be before the enrollment started"));
        }
        List<AssessmentRatingEntity> result = new ArrayList<>();
        if (instrument != null) {
            String scale = "must be between " + instrument.scaleMin + " and " + instrument.scaleMax;
            Set<String> seen = new HashSet<>();
            boolean anyValue = false;
            List<Rating> ratings = in.getRatings();
            for (int i = 0; i < ratings.size(); i++) {
                Rating r = ratings.get(i);
                String at = "ratings[" + i + "]";
                if (r == null || r.getItemKey() == null) {
                    errors.add(new FieldError(at + ".itemKey", "is required"));
                    continue;
                }
                InstrumentItemEntity item = instrument.item(r.getItemKey()).orElse(null);
                if (item == null) {
                    errors.add(new FieldError(at + ".itemKey", "is not an item of the instrument"));
                    continue;
                }
                if (!seen.add(item.itemKey)) {
                    errors.add(new FieldError(at + ".itemKey", "is rated more than once"));
                    continue;
                }
                Integer p = r.getParticipant();
                Integer c = r.getCoordinator();
                if (p != null) {
                    if (!item.participantRates) {
                        errors.add(new FieldError(at + ".participant", "the participant does not rate this item"));
                    } else if (!instrument.onScale(p)) {
                        errors.add(new FieldError(at + ".participant", scale));
                    }
                }
                if (c != null) {
                    if (!item.coordinatorRates) {
                        errors.add(new FieldError(at + ".coordinator", "the coordinator does not rate this item"));
                    } else if (!instrument.onScale(c)) {
                        errors.add(new FieldError(at + ".coordinator", scale));
                    }
                }
                anyValue |= p != null || c != null;
                AssessmentRatingEntity e = new AssessmentRatingEntity();
                e.itemId = item.id;
                e.participantValue = p;
                e.coordinatorValue = c;
                e.comment = r.getComment() == null || r.getComment().isBlank() ? null : r.getComment().trim();
                result.add(e);
            }
            if (!anyValue && errors.isEmpty()) {
                errors.add(new FieldError("ratings", "at least one rating needs a value"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return result;
    }
}
