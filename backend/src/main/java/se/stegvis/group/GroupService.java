package se.stegvis.group;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import se.stegvis.api.generated.model.Group;
import se.stegvis.api.generated.model.GroupInput;
import se.stegvis.api.generated.model.GroupLeaveInput;
import se.stegvis.api.generated.model.GroupMember;
import se.stegvis.api.generated.model.GroupMemberInput;
import se.stegvis.api.generated.model.UserRef;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.common.security.UserDirectory;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Versions;

/**
 * Group starts and their members.
 *
 * <p>Access: a group is visible to coordinators and project managers assigned to its project
 * (in any municipality); a group outside that answers 404. Members are participant data, so a
 * caller sees (and may add, or record attendance for) only the members whose enrollment lies in
 * their own assignments, exactly as elsewhere; the counts on the group cover everyone.
 *
 * <p>Capacity: at most {@link GroupEntity#DEFAULT_CAPACITY} unless a project manager of the
 * project sets more with a reason. A full group takes a new member only when a project manager
 * gives a reason; the reason is kept on the membership.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    static final String RESOURCE_MEMBER = "group_member";

    @Inject
    GroupRepository groups;

    @Inject
    GroupMemberRepository members;

    @Inject
    AccessScope scope;

    @Inject
    CurrentUser user;

    @Inject
    UserDirectory directory;

    @Inject
    AuditLog audit;

    // ------------------------------------------------------------------------------------ groups

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Group> list(UUID projectId, Boolean current) {
        Set<UUID> projects = new HashSet<>(scope.projectIds());
        if (projectId != null) {
            projects.retainAll(Set.of(projectId));
        }
        return toDtos(groups.ofProjects(projects, Boolean.TRUE.equals(current) ? SwedishCalendar.today() : null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Group> listOfProject(UUID projectId) {
        if (!scope.coversProject(projectId)) {
            throw ApiException.notFound("Project");
        }
        return toDtos(groups.ofProjects(Set.of(projectId), null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Group get(UUID groupId) {
        return toDto(requireVisible(groupId));
    }

    public Group create(UUID projectId, GroupInput in) {
        if (!scope.coversProject(projectId)) {
            throw ApiException.notFound("Project");
        }
        GroupEntity g = new GroupEntity();
        g.id = UUID.randomUUID();
        g.projectId = projectId;
        g.createdBy = user.id();
        g.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        apply(in, g, true);
        groups.persist(g);
        groups.flush();
        return toDto(g);
    }

    public Group update(UUID groupId, String ifMatch, GroupInput in) {
        GroupEntity g = requireVisible(groupId, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireCurrent(ifMatch, g.version);
        apply(in, g, false);
        groups.flush();
        return toDto(g);
    }

    /** The group, if the caller's assignments include its project; 404 otherwise. */
    GroupEntity requireVisible(UUID groupId) {
        return requireVisible(groupId, LockModeType.NONE);
    }

    GroupEntity requireVisible(UUID groupId, LockModeType lock) {
        GroupEntity g = groups.findByIdOptional(groupId, lock).orElseThrow(() -> ApiException.notFound("Group"));
        if (!scope.coversProject(g.projectId)) {
            throw ApiException.notFound("Group");
        }
        return g;
    }

    private void apply(GroupInput in, GroupEntity g, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        String name = GroupMapper.text(in.getName());
        if (name == null) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (in.getEndDate() != null && in.getEndDate().isBefore(in.getStartDate())) {
            errors.add(new FieldError("endDate", "must not be before the start date"));
        }
        int capacity = in.getCapacity() == null ? GroupEntity.DEFAULT_CAPACITY : in.getCapacity();
        String reason = GroupMapper.text(in.getCapacityOverrideReason());
        boolean capacityChanged = creating || capacity != g.capacity;
        if (capacity > GroupEntity.DEFAULT_CAPACITY) {
            if (capacityChanged && !scope.managesProject(g.projectId)) {
                errors.add(new FieldError("capacity", "only the project's manager may allow more than "
                        + GroupEntity.DEFAULT_CAPACITY + " members"));
            } else if (reason == null && (capacityChanged || g.capacityOverrideReason == null)) {
                errors.add(new FieldError("capacityOverrideReason", "is required for more than "
                        + GroupEntity.DEFAULT_CAPACITY + " members"));
            }
        } else {
            reason = null;
        }
        List<UUID> leaders = new ArrayList<>(new LinkedHashSet<>(
                in.getLeaderUserIds() == null ? List.<UUID>of() : in.getLeaderUserIds()));
        Map<UUID, UserRef> known = directory.names(leaders);
        for (int i = 0; i < leaders.size(); i++) {
            if (!known.containsKey(leaders.get(i))) {
                errors.add(new FieldError("leaderUserIds[" + i + "]", "no such user"));
            }
        }
        if (!creating && (!in.getStartDate().equals(g.startDate) || !Objects.equals(in.getEndDate(), g.endDate))
                && sessionsOutside(g.id, in.getStartDate(), in.getEndDate())) {
            // Sessions must stay within the group's dates.
            errors.add(new FieldError(in.getEndDate() != null ? "endDate" : "startDate",
                    "the group has sessions outside these dates; move or cancel them first"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (!creating && capacity < g.capacity && capacity < members.countStaying(g.id, SwedishCalendar.today())) {
            throw ApiException.conflict("capacity-below-members",
                    "The group has more members than the new capacity; let someone leave first");
        }
        g.name = name;
        g.description = GroupMapper.text(in.getDescription());
        g.startDate = in.getStartDate();
        g.endDate = in.getEndDate();
        g.capacity = capacity;
        g.capacityOverrideReason = reason != null ? reason : (capacity > GroupEntity.DEFAULT_CAPACITY ? g.capacityOverrideReason : null);
        g.leaderIds.clear();
        g.leaderIds.addAll(leaders);
    }

    private boolean sessionsOutside(UUID groupId, LocalDate start, LocalDate end) {
        String jpql = "SELECT COUNT(s) FROM GroupSessionEntity s WHERE s.groupId = :g AND s.status = 'scheduled'"
                + " AND (s.sessionDate < :start" + (end == null ? ")" : " OR s.sessionDate > :end)");
        var query = groups.getEntityManager().createQuery(jpql, Long.class)
                .setParameter("g", groupId).setParameter("start", start);
        if (end != null) {
            query.setParameter("end", end);
        }
        return query.getSingleResult() > 0;
    }

    private Group toDto(GroupEntity g) {
        return toDtos(List.of(g)).get(0);
    }

    private List<Group> toDtos(List<GroupEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = SwedishCalendar.today();
        Set<UUID> ids = new HashSet<>();
        Set<UUID> projectIds = new HashSet<>();
        Set<UUID> leaderIds = new HashSet<>();
        rows.forEach(g -> {
            ids.add(g.id);
            projectIds.add(g.projectId);
            leaderIds.addAll(g.leaderIds);
        });
        Map<UUID, String> projectNames = groups.projectNames(projectIds);
        Map<UUID, UserRef> leaders = directory.names(leaderIds);
        Map<UUID, Integer> memberCounts = groups.memberCounts(ids, today);
        Map<UUID, Object[]> sessions = groups.sessionSummaries(ids, today);
        Map<UUID, Figures> figures = groups.groupFigures(ids);
        return rows.stream().map(g -> {
            Object[] s = sessions.getOrDefault(g.id, new Object[] { 0, null });
            List<UserRef> leaderRefs = g.leaderIds.stream()
                    .map(id -> leaders.getOrDefault(id, new UserRef(id, "Okänd användare")))
                    .sorted(Comparator.comparing(UserRef::getName)).toList();
            return GroupMapper.group(g, projectNames.get(g.projectId), leaderRefs, memberCounts.getOrDefault(g.id, 0),
                    (Integer) s[0], (LocalDate) s[1], figures.get(g.id));
        }).toList();
    }

    // ----------------------------------------------------------------------------------- members

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupMember> members(UUID groupId) {
        GroupEntity g = requireVisible(groupId);
        List<GroupMemberEntity> rows = members.ofGroup(g.id);
        Map<UUID, GroupMemberRepository.Person> people = members.people(rows.stream().map(m -> m.enrollmentId).toList());
        Map<UUID, Figures> figures = groups.memberFigures(g.id);
        LocalDate today = SwedishCalendar.today();
        List<GroupMember> visible = rows.stream()
                .filter(m -> visible(people.get(m.enrollmentId)))
                .map(m -> GroupMapper.member(m, people.get(m.enrollmentId), figures.get(m.id), today))
                .sorted(Comparator.comparing((GroupMember m) -> !m.getActive())
                        .thenComparing(GroupMember::getParticipantName).thenComparing(m -> m.getId().toString()))
                .toList();
        audit.record(AuditLog.Action.LIST, RESOURCE_MEMBER, g.id, visible.stream().map(GroupMember::getParticipantId).toList());
        return visible;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupMember member(UUID memberId) {
        GroupMemberEntity m = members.findByIdOptional(memberId).orElseThrow(() -> ApiException.notFound("Group member"));
        GroupMemberRepository.Person person = requireVisibleMember(m);
        audit.record(AuditLog.Action.READ, RESOURCE_MEMBER, m.id, person.participantId());
        return GroupMapper.member(m, person, groups.figuresOfMember(m.id).get(m.id), SwedishCalendar.today());
    }

    public GroupMember add(UUID groupId, GroupMemberInput in) {
        GroupEntity g = requireVisible(groupId, LockModeType.PESSIMISTIC_WRITE);
        GroupMemberRepository.Person person = members.people(List.of(in.getEnrollmentId())).get(in.getEnrollmentId());
        if (person == null || !visible(person) || !person.projectId().equals(g.projectId) || !"open".equals(person.status())) {
            throw ApiException.invalid("enrollmentId", "is not an open enrollment of the group's project");
        }
        GroupMemberEntity m = join(g, person, in.getJoinedOn(), in.getCapacityOverrideReason(), "joinedOn",
                "capacityOverrideReason");
        audit.record(AuditLog.Action.CREATE, RESOURCE_MEMBER, m.id, person.participantId());
        return GroupMapper.member(m, person, null, SwedishCalendar.today());
    }

    /**
     * Adds an enrollment just created from a referral to the group it was accepted for, in the
     * caller's transaction. The group must be one of the enrollment's project (422 on
     * {@code groupField} otherwise); a full group needs a project manager's reason (409).
     */
    public void addFromReferral(UUID groupId, UUID enrollmentId, LocalDate joinedOn, String overrideReason,
            String groupField, String reasonField) {
        GroupEntity g = groups.findByIdOptional(groupId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        GroupMemberRepository.Person person = members.people(List.of(enrollmentId)).get(enrollmentId);
        if (g == null || person == null || !g.projectId.equals(person.projectId()) || !scope.coversProject(g.projectId)) {
            throw ApiException.invalid(groupField, "is not a group of the referral's project");
        }
        LocalDate join = joinedOn != null ? joinedOn
                : (g.startDate.isAfter(person.startDate()) ? g.startDate : person.startDate());
        GroupMemberEntity m = join(g, person, join, overrideReason, groupField, reasonField);
        audit.record(AuditLog.Action.CREATE, RESOURCE_MEMBER, m.id, person.participantId());
    }

    /** Whether the group exists and belongs to the project (for validating a referral decision). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isGroupOfProject(UUID groupId, UUID projectId) {
        return groups.findByIdOptional(groupId).map(g -> g.projectId.equals(projectId)).orElse(false);
    }

    private GroupMemberEntity join(GroupEntity g, GroupMemberRepository.Person person, LocalDate requestedJoin,
            String overrideReason, String joinField, String reasonField) {
        LocalDate today = SwedishCalendar.today();
        LocalDate joinedOn = requestedJoin != null ? requestedJoin : (g.startDate.isAfter(today) ? g.startDate : today);
        List<FieldError> errors = new ArrayList<>();
        if (!g.covers(joinedOn)) {
            errors.add(new FieldError(joinField, "must lie within the group's dates"));
        }
        if (joinedOn.isBefore(person.startDate())) {
            errors.add(new FieldError(joinField, "must not be before the enrollment started"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (members.memberFrom(g.id, person.enrollmentId(), joinedOn)) {
            throw ApiException.conflict("already-member",
                    "The enrollment is a member of the group on that day or later; one that has left may join again from the day it left");
        }
        String reason = GroupMapper.text(overrideReason);
        if (members.countStaying(g.id, joinedOn) >= g.capacity) {
            if (reason == null) {
                throw ApiException.conflict("group-full", "The group is full (" + g.capacity
                        + " members); a project manager may add beyond capacity by giving " + reasonField);
            }
            if (!scope.managesProject(g.projectId)) {
                throw ApiException.invalid(reasonField, "only the project's manager may add members beyond capacity");
            }
        } else {
            reason = null;
        }
        GroupMemberEntity m = new GroupMemberEntity();
        m.id = UUID.randomUUID();
        m.groupId = g.id;
        m.enrollmentId = person.enrollmentId();
        m.joinedOn = joinedOn;
        m.capacityOverrideReason = reason;
        m.addedBy = user.id();
        m.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        members.persist(m);
        members.flush();
        return m;
    }

    public GroupMember leave(UUID memberId, String ifMatch, GroupLeaveInput in) {
        GroupMemberEntity m = members.findByIdOptional(memberId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Group member"));
        GroupMemberRepository.Person person = requireVisibleMember(m);
        Versions.requireCurrent(ifMatch, m.version);
        if (m.leftOn != null) {
            throw ApiException.conflict("already-left", "The member has already left the group");
        }
        String reason = GroupMapper.text(in.getReason());
        List<FieldError> errors = new ArrayList<>();
        if (in.getLeftOn().isBefore(m.joinedOn)) {
            errors.add(new FieldError("leftOn", "must not be before the member joined"));
        }
        if (reason == null) {
            errors.add(new FieldError("reason", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        m.leftOn = in.getLeftOn();
        m.leaveReason = reason;
        members.flush();
        audit.record(AuditLog.Action.UPDATE, RESOURCE_MEMBER, m.id, person.participantId());
        return GroupMapper.member(m, person, groups.figuresOfMember(m.id).get(m.id), SwedishCalendar.today());
    }

    /** The member's person, if the caller may see both the group and the enrollment; 404 otherwise. */
    GroupMemberRepository.Person requireVisibleMember(GroupMemberEntity m) {
        GroupMemberRepository.Person person = members.people(List.of(m.enrollmentId)).get(m.enrollmentId);
        if (!visible(person)) {
            throw ApiException.notFound("Group member");
        }
        return person;
    }

    boolean visible(GroupMemberRepository.Person person) {
        return person != null && scope.covers(person.projectId(), person.municipalityCode());
    }
}
