package se.stegvis.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.stegvis.api.generated.model.Goal;
import se.stegvis.api.generated.model.GoalInput;
import se.stegvis.api.generated.model.PlanFollowUp;
import se.stegvis.api.generated.model.SubGoal;
import se.stegvis.api.generated.model.SubGoalInput;
import se.stegvis.api.generated.model.SubGoalStatus;
import se.stegvis.api.generated.model.UserRef;

final class PlanMapper {

    private PlanMapper() {
    }

    static Goal toDto(GoalEntity e, List<SubGoalEntity> subGoals) {
        Goal g = new Goal(e.id, e.enrollmentId, e.title,
                new ArrayList<>(subGoals.stream().map(PlanMapper::toDto).toList()), e.version);
        g.setDescription(e.description);
        return g;
    }

    static SubGoal toDto(SubGoalEntity e) {
        SubGoal s = new SubGoal(e.id, e.goalId, e.description, SubGoalStatus.fromValue(e.status),
                e.linkedItemKeys == null ? new ArrayList<>() : new ArrayList<>(e.linkedItemKeys), e.version);
        s.setTargetDate(e.targetDate);
        s.setAchievedOn(e.achievedOn);
        return s;
    }

    static PlanFollowUp toDto(PlanFollowUpEntity e, Map<UUID, UserRef> names) {
        PlanFollowUp f = new PlanFollowUp(e.id, e.meetingDate);
        f.setAttendees(e.attendees);
        f.setNote(e.note);
        f.setRecordedBy(ref(e.recordedBy, names));
        return f;
    }

    static UserRef ref(UUID id, Map<UUID, UserRef> names) {
        if (id == null) {
            return null;
        }
        return names.getOrDefault(id, new UserRef(id, "Okänd användare"));
    }

    static void apply(GoalInput in, GoalEntity e) {
        e.title = in.getTitle().strip();
        e.description = blankToNull(in.getDescription());
    }

    static void apply(SubGoalInput in, SubGoalEntity e) {
        e.description = in.getDescription().strip();
        e.targetDate = in.getTargetDate();
        e.status = in.getStatus().toString();
        e.achievedOn = in.getAchievedOn();
        e.linkedItemKeys = in.getLinkedItemKeys() == null ? new ArrayList<>() : new ArrayList<>(in.getLinkedItemKeys());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
