package se.stegvis.group;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.AttendanceInputEntry;
import se.stegvis.api.generated.model.AttendanceStatus;
import se.stegvis.api.generated.model.AttendedSession;
import se.stegvis.api.generated.model.EnrollmentAttendance;
import se.stegvis.api.generated.model.EnrollmentGroupAttendance;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.PartOfDay;
import se.stegvis.api.generated.model.SessionAttendance;
import se.stegvis.api.generated.model.SessionAttendanceEntry;
import se.stegvis.api.generated.model.SessionAttendanceInput;
import se.stegvis.api.generated.model.SessionStatus;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Versions;
import se.stegvis.enrollment.EnrollmentAccess;
import se.stegvis.enrollment.EnrollmentEntity;

/**
 * Attendance, taken for a whole session at once, and the attendance rates built from it (see
 * {@link Figures} for the rate).
 *
 * <p>Recording replaces the session's list for the members the caller may see, in one
 * transaction under a lock on the session: members left out lose their recorded status, the others
 * get the given one. Members outside the caller's assignments are neither shown nor touched. Only
 * members of the group on the session date (joined, not left, enrollment not exited before it)
 * can be recorded. Sending the same list again changes nothing, not even the version.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    static final String RESOURCE = "group_attendance";

    @Inject
    GroupService groups;

    @Inject
    SessionService sessionService;

    @Inject
    GroupRepository groupRows;

    @Inject
    GroupMemberRepository members;

    @Inject
    GroupSessionRepository sessions;

    @Inject
    EnrollmentAccess enrollments;

    @Inject
    UserDirectory directory;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionAttendance get(UUID sessionId) {
        GroupSessionEntity s = sessionService.requireVisible(sessionId, LockModeType.NONE);
        SessionAttendance dto = view(s);
        audit.record(AuditLog.Action.READ, RESOURCE, s.id,
                dto.getEntries().stream().map(SessionAttendanceEntry::getParticipantId).toList());
        return dto;
    }

    public SessionAttendance record(UUID sessionId, String ifMatch, SessionAttendanceInput in) {
        GroupSessionEntity s = sessionService.requireVisible(sessionId, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireCurrent(ifMatch, s.attendanceVersion);
        if (s.isCancelled()) {
            throw ApiException.conflict("session-cancelled", "The session is cancelled; no attendance can be recorded");
        }
        if (s.sessionDate.isAfter(SwedishCalendar.today())) {
            throw ApiException.invalid("sessionDate", "the session has not taken place yet");
        }
        Map<UUID, Member> visible = visibleMembers(s);
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, AttendanceInputEntry> wanted = new HashMap<>();
        List<AttendanceInputEntry> entries = in.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceInputEntry entry = entries.get(i);
            if (entry == null) {
                errors.add(new FieldError("entries[" + i + "]", "must not be null"));
                continue;
            }
            Member m = visible.get(entry.getEnrollmentId());
            if (m == null || !m.activeOn(s.sessionDate)) {
                errors.add(new FieldError("entries[" + i + "].enrollmentId",
                        "is not a member of the group on the session date"));
            } else if (wanted.put(m.row.id, entry) != null) {
                errors.add(new FieldError("entries[" + i + "].enrollmentId", "is listed more than once"));
            }
            if (entry.getNote() != null && entry.getNote().length() > 1000) {
                errors.add(new FieldError("entries[" + i + "].note", "must be at most 1000 characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        Set<UUID> visibleMemberIds = visible.values().stream().map(m -> m.row.id).collect(Collectors.toSet());
        Map<UUID, AttendanceEntity> current = records(s.id).stream()
                .filter(a -> visibleMemberIds.contains(a.memberId))
                .collect(Collectors.toMap(a -> a.memberId, Function.identity()));
        boolean changed = false;
        var em = sessions.getEntityManager();
        for (AttendanceEntity a : current.values()) {
            if (!wanted.containsKey(a.memberId)) {
                em.remove(a);
                changed = true;
            }
        }
        for (Map.Entry<UUID, AttendanceInputEntry> e : wanted.entrySet()) {
            String status = e.getValue().getStatus().toString();
            String note = GroupMapper.text(e.getValue().getNote());
            AttendanceEntity a = current.get(e.getKey());
            if (a == null) {
                a = new AttendanceEntity();
                a.sessionId = s.id;
                a.memberId = e.getKey();
                a.status = status;
                a.note = note;
                em.persist(a);
                changed = true;
            } else if (!a.status.equals(status) || !Objects.equals(a.note, note)) {
                a.status = status;
                a.note = note;
                changed = true;
            }
        }
        if (changed) {
            s.attendanceVersion++;
            s.attendanceRecordedBy = user.id();
            s.attendanceRecordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }
        em.flush();
        SessionAttendance dto = view(s);
        audit.record(AuditLog.Action.UPDATE, RESOURCE, s.id,
                dto.getEntries().stream().map(SessionAttendanceEntry::getParticipantId).toList());
        return dto;
    }

    /** The enrollment's memberships with their attendance, for the participant page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EnrollmentAttendance ofEnrollment(UUID enrollmentId) {
        EnrollmentEntity enrollment = enrollments.requireVisible(enrollmentId);
        LocalDate today = SwedishCalendar.today();
        Figures total = new Figures();
        List<EnrollmentGroupAttendance> perGroup = new ArrayList<>();
        for (GroupMemberEntity m : members.ofEnrollment(enrollmentId)) {
            GroupEntity g = groupRows.findById(m.groupId);
            Figures figures = new Figures();
            List<AttendedSession> attended = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = sessions.getEntityManager().createNativeQuery("""
                    SELECT s.id, s.session_date, s.part_of_day, s.start_time, s.end_time, s.topic, a.status, a.note
                    FROM group_attendance a JOIN group_session s ON s.id = a.session_id
                    WHERE a.member_id = :m AND s.status = 'scheduled'
                    ORDER BY s.session_date DESC, s.start_time DESC, s.id""")
                    .setParameter("m", m.id).getResultList();
            for (Object[] r : rows) {
                String status = (String) r[6];
                figures.add(status, 1);
                AttendedSession a = new AttendedSession(se.stegvis.common.web.Sql.uuid(r[0]),
                        se.stegvis.common.web.Sql.date(r[1]), AttendanceStatus.fromValue(status));
                a.setPartOfDay(r[2] == null ? null : PartOfDay.fromValue((String) r[2]));
                a.setStartTime(hhmm(r[3]));
                a.setEndTime(hhmm(r[4]));
                a.setTopic((String) r[5]);
                a.setNote((String) r[7]);
                attended.add(a);
            }
            total.add(figures);
            EnrollmentGroupAttendance dto = new EnrollmentGroupAttendance();
            dto.setGroupId(g.id);
            dto.setGroupName(g.name);
            dto.setMemberId(m.id);
            dto.setJoinedOn(m.joinedOn);
            dto.setLeftOn(m.leftOn);
            dto.setLeaveReason(m.leaveReason);
            dto.setActive((m.leftOn == null || m.leftOn.isAfter(today))
                    && (enrollment.exitDate == null || !enrollment.exitDate.isBefore(today)));
            dto.setAttendance(figures.toDto());
            dto.setSessions(attended);
            perGroup.add(dto);
        }
        audit.record(AuditLog.Action.READ, RESOURCE, enrollmentId, enrollment.participantId);
        return new EnrollmentAttendance(enrollmentId, total.toDto(), perGroup);
    }

    private static String hhmm(Object time) {
        if (time == null) {
            return null;
        }
        String s = time.toString();
        return s.length() >= 5 ? s.substring(0, 5) : s;
    }

    private record Member(GroupMemberEntity row, GroupMemberRepository.Person person) {
        boolean activeOn(LocalDate day) {
            return row.memberOn(day) && (person.exitDate() == null || !person.exitDate().isBefore(day));
        }

        /** Of two memberships of one enrollment, the one holding the session's day, else the later one. */
        static Member ofSession(Member a, Member b, LocalDate day) {
            if (a.row.memberOn(day)) {
                return a;
            }
            return b.row.memberOn(day) || b.row.joinedOn.isAfter(a.row.joinedOn) ? b : a;
        }
    }

    /**
     * The session's group's members the caller may see, by enrollment id. An enrollment that left
     * and joined again has a membership per period, and the periods never overlap: the session
     * belongs to the one whose period holds its date, else to the latest.
     */
    private Map<UUID, Member> visibleMembers(GroupSessionEntity s) {
        List<GroupMemberEntity> rows = members.ofGroup(s.groupId);
        Map<UUID, GroupMemberRepository.Person> people = members.people(rows.stream().map(m -> m.enrollmentId).toList());
        Map<UUID, Member> result = new HashMap<>();
        for (GroupMemberEntity m : rows) {
            GroupMemberRepository.Person p = people.get(m.enrollmentId);
            if (groups.visible(p)) {
                result.merge(m.enrollmentId, new Member(m, p), (a, b) -> Member.ofSession(a, b, s.sessionDate));
            }
        }
        return result;
    }

    private List<AttendanceEntity> records(UUID sessionId) {
        return sessions.getEntityManager()
                .createQuery("SELECT a FROM AttendanceEntity a WHERE a.sessionId = :s", AttendanceEntity.class)
                .setParameter("s", sessionId).getResultList();
    }

    private SessionAttendance view(GroupSessionEntity s) {
        Map<UUID, Member> visible = visibleMembers(s);
        Map<UUID, AttendanceEntity> byMember = records(s.id).stream()
                .collect(Collectors.toMap(a -> a.memberId, Function.identity()));
        List<SessionAttendanceEntry> entries = new ArrayList<>();
        Figures figures = new Figures();
        for (Member m : visible.values()) {
            AttendanceEntity a = byMember.get(m.row.id);
            if (a == null && !m.activeOn(s.sessionDate)) {
                continue;
            }
            SessionAttendanceEntry e = new SessionAttendanceEntry(m.row.id, m.row.enrollmentId, m.person.participantId(),
                    m.person.name());
            if (a != null) {
                e.setStatus(AttendanceStatus.fromValue(a.status));
                e.setNote(a.note);
                figures.add(a.status, 1);
            }
            entries.add(e);
        }
        entries.sort(Comparator.comparing(SessionAttendanceEntry::getParticipantName)
                .thenComparing(e -> e.getMemberId().toString()));
        SessionAttendance dto = new SessionAttendance();
        dto.setSessionId(s.id);
        dto.setGroupId(s.groupId);
        dto.setSessionDate(s.sessionDate);
        dto.setSessionStatus(SessionStatus.fromValue(s.status));
        dto.setRecorded(!byMember.isEmpty());
        dto.setEntries(entries);
        dto.setRecordedBy(s.attendanceRecordedBy == null ? null : directory.ref(s.attendanceRecordedBy));
        dto.setRecordedAt(s.attendanceRecordedAt == null ? null : s.attendanceRecordedAt.atOffset(ZoneOffset.UTC));
        dto.setAttendance(figures.toDto());
        dto.setVersion(s.attendanceVersion);
        return dto;
    }
}
