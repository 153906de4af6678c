package se.stegvis.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.ActionPlan;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.Goal;
import se.stegvis.api.generated.model.GoalInput;
import se.stegvis.api.generated.model.PlanFollowUp;
import se.stegvis.api.generated.model.PlanFollowUpInput;
import se.stegvis.api.generated.model.SubGoal;
import se.stegvis.api.generated.model.SubGoalInput;
import se.stegvis.api.generated.model.SubGoalStatus;
import se.stegvis.api.generated.model.UserRef;
import se.stegvis.audit.AuditLog;
import se.stegvis.audit.AuditLog.Action;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.KeptAnswers;
import se.stegvis.common.web.Versions;
import se.stegvis.enrollment.EnrollmentAccess;
import se.stegvis.enrollment.EnrollmentEntity;

/**
 * The action plan (handlingsplan): goals, measurable sub-goals (delmål) and follow-up meetings
 * every second month. Changes need an open enrollment; reading works after exit too.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    /** Follow-up meetings are due every second month (the seeds' "uppföljning varannan månad"). */
    static final int FOLLOW_UP_INTERVAL_MONTHS = 2;

    @Inject
    EnrollmentAccess access;

    @Inject
    GoalRepository goals;

    @Inject
    SubGoalRepository subGoals;

    @Inject
    PlanFollowUpRepository followUps;

    @Inject
    UserDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    KeptAnswers kept;

    /**
     * The plan as JSON, kept while the enrollment's change stamp holds ({@link KeptAnswers}); when
     * it moved, computed in a fixed number of queries: its goals, all their sub-goals, the
     * follow-ups, the recorders' names and the indicator comparison.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] get(UUID enrollmentId) {
        EnrollmentAccess.Visible enrollment = access.requireVisibleSummary(enrollmentId);
        byte[] answer = kept.json(new KeptAnswers.Key("action-plan", enrollmentId), enrollment.changeStamp(),
                () -> compute(enrollment));
        audit.record(Action.READ, "action-plan", enrollmentId, enrollment.participantId());
        return answer;
    }

    private ActionPlan compute(EnrollmentAccess.Visible enrollment) {
        UUID enrollmentId = enrollment.id();
        List<GoalEntity> goalRows = goals.ofEnrollment(enrollmentId);
        Map<UUID, List<SubGoalEntity>> byGoal = new LinkedHashMap<>();
        goalRows.forEach(g -> byGoal.put(g.id, new ArrayList<>()));
        int achieved = 0;
        for (SubGoalEntity s : subGoals.ofEnrollment(enrollmentId)) {
            byGoal.computeIfAbsent(s.goalId, k -> new ArrayList<>()).add(s);
            if (s.isAchieved()) {
                achieved++;
            }
        }
        List<PlanFollowUpEntity> meetings = followUps.ofEnrollment(enrollmentId);
        Map<UUID, UserRef> names = directory.names(meetings.stream().map(m -> m.recordedBy).toList());
        int raised = followUps.indicatorsRaised(enrollmentId);

        ActionPlan plan = new ActionPlan(enrollmentId,
                new ArrayList<>(goalRows.stream().map(g -> PlanMapper.toDto(g, byGoal.get(g.id))).toList()),
                new ArrayList<>(meetings.stream().map(m -> PlanMapper.toDto(m, names)).toList()),
                achieved + raised);
        plan.setNextFollowUpDue(enrollment.isOpen()
                ? nextFollowUpDue(enrollment.startDate(), meetings.isEmpty() ? null : meetings.get(0).meetingDate) : null);
        return plan;
    }

    public Goal createGoal(UUID enrollmentId, GoalInput input) {
        EnrollmentEntity enrollment = access.requireOpen(enrollmentId);
        validate(input);
        GoalEntity g = new GoalEntity();
        g.id = UUID.randomUUID();
        g.enrollmentId = enrollmentId;
        g.createdAt = now();
        PlanMapper.apply(input, g);
        goals.persist(g);
        goals.flush();
        audit.record(Action.CREATE, "plan-goal", g.id, enrollment.participantId);
        return PlanMapper.toDto(g, List.of());
    }

    public Goal updateGoal(UUID goalId, String ifMatch, GoalInput input) {
        GoalEntity g = goals.findByIdOptional(goalId).orElseThrow(() -> ApiException.notFound("Goal"));
        EnrollmentEntity enrollment = openEnrollmentOf(g.enrollmentId, "Goal");
        Versions.requireCurrent(ifMatch, g.version);
        validate(input);
        PlanMapper.apply(input, g);
        goals.flush();
        audit.record(Action.UPDATE, "plan-goal", g.id, enrollment.participantId);
        return PlanMapper.toDto(g, subGoals.ofGoal(g.id));
    }

    public SubGoal createSubGoal(UUID goalId, SubGoalInput input) {
        GoalEntity g = goals.findByIdOptional(goalId).orElseThrow(() -> ApiException.notFound("Goal"));
        EnrollmentEntity enrollment = openEnrollmentOf(g.enrollmentId, "Goal");
        validate(input, enrollment);
        SubGoalEntity s = new SubGoalEntity();
        s.id = UUID.randomUUID();
        s.goalId = goalId;
        s.createdAt = now();
        PlanMapper.apply(input, s);
        subGoals.persist(s);
        subGoals.flush();
        audit.record(Action.CREATE, "plan-sub-goal", s.id, enrollment.participantId);
        return PlanMapper.toDto(s);
    }

    public SubGoal updateSubGoal(UUID subGoalId, String ifMatch, SubGoalInput input) {
        SubGoalEntity s = subGoals.findByIdOptional(subGoalId).orElseThrow(() -> ApiException.notFound("Sub-goal"));
        GoalEntity g = goals.findByIdOptional(s.goalId).orElseThrow(() -> ApiException.notFound("Sub-goal"));
        EnrollmentEntity enrollment = openEnrollmentOf(g.enrollmentId, "Sub-goal");
        Versions.requireCurrent(ifMatch, s.version);
        validate(input, enrollment);
        PlanMapper.apply(input, s);
        subGoals.flush();
        audit.record(Action.UPDATE, "plan-sub-goal", s.id, enrollment.participantId);
        return PlanMapper.toDto(s);
    }

    public PlanFollowUp createFollowUp(UUID enrollmentId, PlanFollowUpInput input) {
        EnrollmentEntity enrollment = access.requireOpen(enrollmentId);
        LocalDate meeting = input.getMeetingDate();
        if (meeting.isAfter(SwedishCalendar.today())) {
            throw ApiException.invalid("meetingDate", "must not be in the future");
        }
        if (meeting.isBefore(enrollment.startDate)) {
            throw ApiException.invalid("meetingDate", "must not be before the enrollment's start");
        }
        PlanFollowUpEntity f = new PlanFollowUpEntity();
        f.id = UUID.randomUUID();
        f.enrollmentId = enrollmentId;
        f.meetingDate = meeting;
        f.attendees = PlanMapper.blankToNull(input.getAttendees());
        f.note = PlanMapper.blankToNull(input.getNote());
        f.recordedBy = user.id();
        f.createdAt = now();
        followUps.persist(f);
        // The caseload reads the latest meeting from the enrollment; a meeting recorded late
        // (older than the latest) leaves it as it is.
        if (enrollment.lastPlanFollowUpOn == null || meeting.isAfter(enrollment.lastPlanFollowUpOn)) {
            enrollment.lastPlanFollowUpOn = meeting;
        }
        followUps.flush();
        audit.record(Action.CREATE, "plan-follow-up", f.id, enrollment.participantId);
        return PlanMapper.toDto(f, directory.names(List.of(f.recordedBy)));
    }

    static LocalDate nextFollowUpDue(EnrollmentEntity enrollment, LocalDate latestMeeting) {
        return enrollment.isOpen() ? nextFollowUpDue(enrollment.startDate, latestMeeting) : null;
    }

    /** Of an open enrollment: one interval after the latest follow-up meeting, or after the start before any. */
    static LocalDate nextFollowUpDue(LocalDate start, LocalDate latestMeeting) {
        return (latestMeeting != null ? latestMeeting : start).plusMonths(FOLLOW_UP_INTERVAL_MONTHS);
    }

    /** The open enrollment a goal or sub-goal belongs to; one the caller may not see answers 404 as the child. */
    private EnrollmentEntity openEnrollmentOf(UUID enrollmentId, String what) {
        try {
            return access.requireOpen(enrollmentId);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw ApiException.notFound(what);
            }
            throw e;
        }
    }

    private static void validate(GoalInput in) {
        if (in.getTitle().isBlank()) {
            throw ApiException.invalid("title", "must not be blank");
        }
    }

    private void validate(SubGoalInput in, EnrollmentEntity enrollment) {
        List<FieldError> errors = new ArrayList<>();
        if (in.getDescription().isBlank()) {
            errors.add(new FieldError("description", "must not be blank"));
        }
        LocalDate start = enrollment.startDate;
        if (in.getTargetDate() != null && in.getTargetDate().isBefore(start)) {
            errors.add(new FieldError("targetDate", "must not be before the enrollment's start"));
        }
        LocalDate achievedOn = in.getAchievedOn();
        if (in.getStatus() == SubGoalStatus.ACHIEVED) {
            if (achievedOn == null) {
                errors.add(new FieldError("achievedOn", "is required when the sub-goal is achieved"));
            } else if (achievedOn.isAfter(SwedishCalendar.today())) {
                errors.add(new FieldError("achievedOn", "must not be in the future"));
            } else if (achievedOn.isBefore(start)) {
                errors.add(new FieldError("achievedOn", "must not be before the enrollment's start"));
            }
        } else if (achievedOn != null) {
            errors.add(new FieldError("achievedOn", "must be empty unless the sub-goal is achieved"));
        }
        List<String> keys = in.getLinkedItemKeys() == null ? List.of() : in.getLinkedItemKeys();
        if (!keys.isEmpty()) {
            Set<String> known = followUps.projectItemKeys(enrollment.projectId);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                if (key == null || !known.contains(key)) {
                    errors.add(new FieldError("linkedItemKeys[" + i + "]", "is not an item of the project's instruments"));
                } else if (!seen.add(key)) {
                    errors.add(new FieldError("linkedItemKeys[" + i + "]", "is listed twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
