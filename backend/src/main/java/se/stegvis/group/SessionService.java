package se.stegvis.group;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.GroupSession;
import se.stegvis.api.generated.model.GroupSessionInput;
import se.stegvis.api.generated.model.GroupSessionSchedule;
import se.stegvis.api.generated.model.GroupSessionScheduleInput;
import se.stegvis.api.generated.model.PartOfDay;
import se.stegvis.api.generated.model.SessionStatus;
import se.stegvis.api.generated.model.Weekday;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.web.Versions;

/**
 * Dated sessions of a group, one at a time or generated from a weekly schedule. Sessions hold no
 * participant data (attendance does), so they are not audited.
 *
 * <p>Rules (422 naming the field): a session lies within the group's dates; it has a part of the
 * day or a start time ({@code startTime}); an end time needs a start time and comes after it; a
 * lecturing partner is a known organisation; a cancelled session says why. A session with recorded
 * attendance can be neither cancelled nor moved to another date (409).
 */
@ApplicationScoped
@Transactional
public class SessionService {

    /** A schedule generating more than this answers 422: a year of two sessions a week is about 100. */
    static final int MAX_GENERATED = 200;

    @Inject
    GroupService groups;

    @Inject
    GroupRepository groupRows;

    @Inject
    GroupSessionRepository sessions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupSession> list(UUID groupId, LocalDate from, LocalDate to) {
        GroupEntity g = groups.requireVisible(groupId);
        List<GroupSessionEntity> rows = sessions.ofGroup(g.id, from, to);
        Map<UUID, Figures> figures = groupRows.sessionFigures(g.id);
        Map<UUID, String> orgs = sessions.organisationNames(rows.stream().map(s -> s.partnerOrganisationId).toList());
        return rows.stream().map(s -> GroupMapper.session(s, orgs, figures.get(s.id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupSession get(UUID sessionId) {
        return toDto(requireVisible(sessionId, LockModeType.NONE));
    }

    public GroupSession create(UUID groupId, GroupSessionInput in) {
        GroupEntity g = groups.requireVisible(groupId);
        GroupSessionEntity s = new GroupSessionEntity();
        s.id = UUID.randomUUID();
        s.groupId = g.id;
        s.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        apply(in, s, g, false);
        sessions.persist(s);
        sessions.flush();
        return toDto(s);
    }

    public GroupSession update(UUID sessionId, String ifMatch, GroupSessionInput in) {
        GroupSessionEntity s = requireVisible(sessionId, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireCurrent(ifMatch, s.version);
        GroupEntity g = groupRows.findById(s.groupId);
        boolean recorded = groupRows.figuresOfSession(s.id).containsKey(s.id);
        apply(in, s, g, recorded);
        sessions.flush();
        return toDto(s);
    }

    public GroupSessionSchedule schedule(UUID groupId, GroupSessionScheduleInput in) {
        GroupEntity g = groups.requireVisible(groupId, LockModeType.PESSIMISTIC_WRITE);
        List<FieldError> errors = new ArrayList<>();
        LocalTime start = time(in.getStartTime(), "startTime", errors);
        LocalTime end = time(in.getEndTime(), "endTime", errors);
        times(in.getPartOfDay(), start, end, errors);
        if (in.getToDate().isBefore(in.getFromDate())) {
            errors.add(new FieldError("toDate", "must not be before fromDate"));
        }
        if (!g.covers(in.getFromDate())) {
            errors.add(new FieldError("fromDate", "must lie within the group's dates"));
        }
        if (!g.covers(in.getToDate())) {
            errors.add(new FieldError("toDate", "must lie within the group's dates"));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Weekday w : in.getWeekdays()) {
            days.add(DayOfWeek.valueOf(w.toString().toUpperCase(java.util.Locale.ROOT)));
        }
        List<LocalDate> dates = new ArrayList<>();
        if (errors.isEmpty()) {
            for (LocalDate d = in.getFromDate(); !d.isAfter(in.getToDate()); d = d.plusDays(1)) {
                if (days.contains(d.getDayOfWeek())) {
                    dates.add(d);
                    if (dates.size() > MAX_GENERATED) {
                        errors.add(new FieldError("toDate", "the schedule would create more than " + MAX_GENERATED
                                + " sessions; split it into shorter periods"));
                        break;
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<GroupSessionEntity> existing = sessions.ofGroup(g.id, in.getFromDate(), in.getToDate());
        String partOfDay = in.getPartOfDay() == null ? null : in.getPartOfDay().toString();
        List<GroupSessionEntity> created = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (LocalDate d : dates) {
            boolean taken = existing.stream().anyMatch(x -> !x.isCancelled() && x.sessionDate.equals(d)
                    && (start != null ? start.equals(x.startTime) : Objects.equals(partOfDay, x.partOfDay)));
            if (taken) {
                skipped.add(d);
                continue;
            }
            GroupSessionEntity s = new GroupSessionEntity();
            s.id = UUID.randomUUID();
            s.groupId = g.id;
            s.sessionDate = d;
            s.partOfDay = partOfDay;
            s.startTime = start;
            s.endTime = end;
            s.topic = GroupMapper.text(in.getTopic());
            s.location = GroupMapper.text(in.getLocation());
            s.status = GroupSessionEntity.SCHEDULED;
            s.createdAt = now;
            sessions.persist(s);
            created.add(s);
        }
        sessions.flush();
        Map<UUID, String> none = Map.of();
        return new GroupSessionSchedule(new ArrayList<>(created.stream().map(s -> GroupMapper.session(s, none, null)).toList()),
                skipped);
    }

    GroupSessionEntity requireVisible(UUID sessionId, LockModeType lock) {
        GroupSessionEntity s = sessions.findByIdOptional(sessionId, lock).orElseThrow(() -> ApiException.notFound("Session"));
        try {
            groups.requireVisible(s.groupId);
        } catch (ApiException notVisible) {
            throw ApiException.notFound("Session");
        }
        return s;
    }

    private GroupSession toDto(GroupSessionEntity s) {
        return GroupMapper.session(s, sessions.organisationNames(java.util.Collections.singletonList(s.partnerOrganisationId)),
                groupRows.figuresOfSession(s.id).get(s.id));
    }

    private void apply(GroupSessionInput in, GroupSessionEntity s, GroupEntity g, boolean attendanceRecorded) {
        List<FieldError> errors = new ArrayList<>();
        LocalTime start = time(in.getStartTime(), "startTime", errors);
        LocalTime end = time(in.getEndTime(), "endTime", errors);
        times(in.getPartOfDay(), start, end, errors);
        if (!g.covers(in.getSessionDate())) {
            errors.add(new FieldError("sessionDate", "must lie within the group's dates"));
        }
        if (in.getPartnerOrganisationId() != null
                && sessions.organisationNames(List.of(in.getPartnerOrganisationId())).isEmpty()) {
            errors.add(new FieldError("partnerOrganisationId", "no such organisation"));
        }
        boolean cancelled = in.getStatus() == SessionStatus.CANCELLED;
        String reason = GroupMapper.text(in.getCancellationReason());
        if (cancelled && reason == null) {
            errors.add(new FieldError("cancellationReason", "is required when the session is cancelled"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (attendanceRecorded && cancelled) {
            throw ApiException.conflict("attendance-recorded",
                    "Attendance has been recorded for the session; it cannot be cancelled");
        }
        if (attendanceRecorded && !in.getSessionDate().equals(s.sessionDate)) {
            throw ApiException.conflict("attendance-recorded",
                    "Attendance has been recorded for the session; it cannot move to another date");
        }
        s.sessionDate = in.getSessionDate();
        s.partOfDay = in.getPartOfDay() == null ? null : in.getPartOfDay().toString();
        s.startTime = start;
        s.endTime = end;
        s.topic = GroupMapper.text(in.getTopic());
        s.location = GroupMapper.text(in.getLocation());
        s.partnerOrganisationId = in.getPartnerOrganisationId();
        s.lecturer = GroupMapper.text(in.getLecturer());
        s.status = cancelled ? GroupSessionEntity.CANCELLED : GroupSessionEntity.SCHEDULED;
        s.cancellationReason = cancelled ? reason : null;
    }

    private static LocalTime time(String value, String field, List<FieldError> errors) {
        try {
            return GroupMapper.time(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a time of day as HH:mm"));
            return null;
        }
    }

    private static void times(PartOfDay partOfDay, LocalTime start, LocalTime end, List<FieldError> errors) {
        if (partOfDay == null && start == null && errors.stream().noneMatch(e -> e.getField().equals("startTime"))) {
            errors.add(new FieldError("startTime", "give a start time or a part of the day"));
        }
        if (end != null && start == null && partOfDay != null) {
            errors.add(new FieldError("endTime", "needs a start time"));
        } else if (end != null && start != null && !end.isAfter(start)) {
            errors.add(new FieldError("endTime", "must be after the start time"));
        }
    }
}
