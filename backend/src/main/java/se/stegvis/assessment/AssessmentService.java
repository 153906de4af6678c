package se.stegvis.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.query.NativeQuery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Assessment;
import se.stegvis.api.generated.model.AssessmentInput;
import se.stegvis.api.generated.model.AssessmentList;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.Rating;
import se.stegvis.api.generated.model.UserRef;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.web.KeptAnswers;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Sql;
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
    KeptAnswers kept;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    @Inject
    EntityManager em;

    /** The enrollment's assessments with their changes as JSON, kept while its change stamp holds ({@link KeptAnswers}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] list(UUID enrollmentId) {
        EnrollmentAccess.Visible enrollment = access.requireVisibleSummary(enrollmentId);
        byte[] answer = kept.json(new KeptAnswers.Key(RESOURCE, enrollmentId), enrollment.changeStamp(), () -> {
            AssessmentList result = new AssessmentList(new ArrayList<>(derive(assessments.byEnrollment(enrollmentId))));
            result.setNextDue(nextDue(enrollment));
            return result;
        });
        audit.record(AuditLog.Action.LIST, RESOURCE, enrollmentId, enrollment.participantId());
        return answer;
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

    /**
     * Records an assessment. One transaction of a fixed number of statements, each reading a fixed
     * number of rows whatever the enrollment's history: the locking read of the enrollment (with the
     * caller's assignments and its latest progression date); one read of the project's interval and
     * instruments together with the two earlier assessments the changes are computed against and
     * their ratings (before anything is written, so nothing is flushed early); the audit entry and
     * the enrollment's due date; and at commit the assessment and its ratings (one batch). The
     * answer is derived in memory from what was read and written.
     */
    public Assessment create(UUID enrollmentId, AssessmentInput in) {
        EnrollmentAccess.OpenEnrollment enrollment = access.lockOpen(enrollmentId);
        AssessmentEntity a = new AssessmentEntity();
        a.id = UUID.randomUUID();
        a.enrollmentId = enrollmentId;
        a.instrumentId = in.getInstrumentId();
        a.assessedOn = in.getAssessedOn();
        a.comment = in.getComment() == null || in.getComment().isBlank() ? null : in.getComment().trim();
        a.recordedBy = user.id();
        a.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Context context = context(enrollment.projectId(), a);
        InstrumentEntity instrument = context.usesInstrument() ? instruments.cached(a.instrumentId) : null;
        List<AssessmentRatingEntity> ratings = validate(in, enrollment.startDate(), instrument);

        assessments.persist(a);
        for (AssessmentRatingEntity r : ratings) {
            r.assessmentId = a.id;
            assessments.persistRating(r);
        }
        if (PROGRESSION.equals(instrument.purpose)) {
            LocalDate before = enrollment.lastAssessmentOn();
            LocalDate latest = before == null || a.assessedOn.isAfter(before) ? a.assessedOn : before;
            // Only the two derived columns (excluded from the enrollment's optimistic lock).
            em.createNativeQuery("""
                    UPDATE enrollment SET last_assessment_on = :latest, next_assessment_due = :due WHERE id = :id""")
                    .unwrap(NativeQuery.class)
                    .addSynchronizedEntityClass(EnrollmentEntity.class)
                    .setParameter("latest", latest)
                    .setParameter("due", latest.plusMonths(context.intervalMonths()))
                    .setParameter("id", enrollmentId)
                    .executeUpdate();
        }

        List<AssessmentEntity> sameInstrument = new ArrayList<>(context.earlier());
        sameInstrument.add(a);
        List<AssessmentRatingEntity> allRatings = new ArrayList<>(context.ratings());
        allRatings.addAll(ratings);
        Assessment dto = pick(AssessmentMapper.toDtos(sameInstrument, allRatings, Map.of(instrument.id, instrument),
                Map.of(a.recordedBy, new UserRef(a.recordedBy, user.displayName()))), a.id);
        audit.record(AuditLog.Action.CREATE, RESOURCE, a.id, enrollment.participantId());
        return dto;
    }

    /**
     * What a new assessment is recorded in and compared with: the project's assessment interval
     * and whether the instrument is one of its instruments; and the only two earlier assessments
     * its changes are computed against, with their ratings: the first on the same instrument and
     * the last one before it (in the list's order: by date, then by recording time, then id), both
     * only if they sort before the new one (a backdated one may come first). Each is one entry of
     * the index on enrollment, instrument and that order (migration V101), however long the
     * enrollment's history.
     */
    record Context(int intervalMonths, boolean usesInstrument, List<AssessmentEntity> earlier,
            List<AssessmentRatingEntity> ratings) {
    }

    /**
     * The enrollment's assessments on the instrument that sort before the new one. The index is
     * named because weighing the table's four indexes for this condition took MariaDB far longer
     * than the read itself (ANALYZE: 0.37 ms of optimising against 0.06 ms of execution; about
     * 0.2 ms of optimising with the index named).
     */
    private static final String EARLIER_ON_INSTRUMENT = """
            FROM assessment a FORCE INDEX (ix_assessment_enrollment_instrument)
            WHERE a.enrollment_id = :e AND a.instrument_id = :instrument
              AND (a.assessed_on < :on OR (a.assessed_on = :on AND (a.created_at < :at OR (a.created_at = :at AND a.id < :id))))
            """;

    private Context context(UUID projectId, AssessmentEntity a) {
        // One statement; one row for the project alone when nothing comes before the new one.
        // Whether a row sorts before the new one is decided by the database, in its own order.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.assessment_interval_months,
                  EXISTS (SELECT 1 FROM project_instrument pi WHERE pi.project_id = p.id AND pi.instrument_id = :instrument),
                  x.kind, x.id, x.assessed_on, r.item_id, r.participant_value, r.coordinator_value
                FROM project p
                LEFT JOIN (
                  (SELECT 1 AS kind, a.id, a.assessed_on
                """ + EARLIER_ON_INSTRUMENT + """
                   ORDER BY a.assessed_on, a.created_at, a.id LIMIT 1)
                  UNION ALL
                  (SELECT 2, a.id, a.assessed_on
                """ + EARLIER_ON_INSTRUMENT + """
                   ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1)
                ) x ON 1 = 1
                LEFT JOIN assessment_rating r ON r.assessment_id = x.id
                WHERE p.id = :p
                ORDER BY x.kind""")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("project")
                .addSynchronizedEntityClass(AssessmentEntity.class)
                .addSynchronizedEntityClass(AssessmentRatingEntity.class)
                .setParameter("p", projectId)
                .setParameter("on", a.assessedOn)
                .setParameter("at", a.createdAt)
                .setParameter("id", a.id)
                .setParameter("instrument", a.instrumentId)
                .setParameter("e", a.enrollmentId)
                .getResultList();
        // Kind 1 is the first assessment, kind 2 the last before the new one: often the same.
        Map<Integer, AssessmentEntity> byKind = new HashMap<>();
        List<AssessmentRatingEntity> ratings = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[3] == null) {
                continue;
            }
            int kind = Sql.integer(row[2]);
            UUID id = Sql.uuid(row[3]);
            if (kind == 2 && byKind.containsKey(1) && byKind.get(1).id.equals(id)) {
                continue;
            }
            if (!byKind.containsKey(kind)) {
                AssessmentEntity e = new AssessmentEntity();
                e.id = id;
                e.enrollmentId = a.enrollmentId;
                e.instrumentId = a.instrumentId;
                e.assessedOn = Sql.date(row[4]);
                byKind.put(kind, e);
            }
            if (row[5] != null) {
                AssessmentRatingEntity r = new AssessmentRatingEntity();
                r.assessmentId = id;
                r.itemId = Sql.uuid(row[5]);
                r.participantValue = row[6] == null ? null : Sql.integer(row[6]);
                r.coordinatorValue = row[7] == null ? null : Sql.integer(row[7]);
                ratings.add(r);
            }
        }
        List<AssessmentEntity> earlier = new ArrayList<>();
        for (int kind = 1; kind <= 2; kind++) {
            if (byKind.containsKey(kind)) {
                earlier.add(byKind.get(kind));
            }
        }
        Object[] first = rows.get(0);
        return new Context(Sql.integer(first[0]), Sql.bool(first[1]), earlier, ratings);
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
    private List<AssessmentRatingEntity> validate(AssessmentInput in, LocalDate enrollmentStart,
            InstrumentEntity instrument) {
        List<FieldError> errors = new ArrayList<>();
        if (instrument == null) {
            errors.add(new FieldError("instrumentId", "is not one of the project's instruments"));
        }
        LocalDate today = SwedishCalendar.today();
        if (in.getAssessedOn().isAfter(today)) {
            errors.add(new FieldError("assessedOn", "must not be in the future"));
        } else if (in.getAssessedOn().isBefore(enrollmentStart)) {
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
