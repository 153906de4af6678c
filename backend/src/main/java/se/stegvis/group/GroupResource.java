package se.stegvis.group;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.GroupsApi;
import se.stegvis.api.generated.model.Group;
import se.stegvis.api.generated.model.GroupInput;
import se.stegvis.api.generated.model.GroupLeaveInput;
import se.stegvis.api.generated.model.GroupMember;
import se.stegvis.api.generated.model.GroupMemberInput;
import se.stegvis.api.generated.model.GroupSession;
import se.stegvis.api.generated.model.GroupSessionInput;
import se.stegvis.api.generated.model.GroupSessionScheduleInput;
import se.stegvis.api.generated.model.SessionAttendance;
import se.stegvis.api.generated.model.SessionAttendanceInput;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class GroupResource implements GroupsApi {

    @Inject
    GroupService groups;

    @Inject
    SessionService sessions;

    @Inject
    AttendanceService attendance;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listGroups(UUID projectId, Boolean current) {
        return Response.ok(groups.list(projectId, current)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listProjectGroups(UUID projectId) {
        return Response.ok(groups.listOfProject(projectId)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createGroup(UUID projectId, GroupInput input) {
        Group g = groups.create(projectId, input);
        return Versions.created("groups/" + g.getId(), g, g.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getGroup(UUID groupId) {
        Group g = groups.get(groupId);
        return Versions.ok(g, g.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateGroup(UUID groupId, GroupInput input, String ifMatch) {
        Group g = groups.update(groupId, ifMatch, input);
        return Versions.ok(g, g.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listGroupMembers(UUID groupId) {
        return Response.ok(groups.members(groupId)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response addGroupMember(UUID groupId, GroupMemberInput input) {
        GroupMember m = groups.add(groupId, input);
        return Versions.created("group-members/" + m.getId(), m, m.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getGroupMember(UUID memberId) {
        GroupMember m = groups.member(memberId);
        return Versions.ok(m, m.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response leaveGroup(UUID memberId, GroupLeaveInput input, String ifMatch) {
        GroupMember m = groups.leave(memberId, ifMatch, input);
        return Versions.ok(m, m.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response listGroupSessions(UUID groupId, LocalDate from, LocalDate to) {
        return Response.ok(sessions.list(groupId, from, to)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createGroupSession(UUID groupId, GroupSessionInput input) {
        GroupSession s = sessions.create(groupId, input);
        return Versions.created("group-sessions/" + s.getId(), s, s.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response scheduleGroupSessions(UUID groupId, GroupSessionScheduleInput input) {
        return Response.created(URI.create("groups/" + groupId + "/sessions")).entity(sessions.schedule(groupId, input))
                .build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getGroupSession(UUID sessionId) {
        GroupSession s = sessions.get(sessionId);
        return Versions.ok(s, s.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateGroupSession(UUID sessionId, GroupSessionInput input, String ifMatch) {
        GroupSession s = sessions.update(sessionId, ifMatch, input);
        return Versions.ok(s, s.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getSessionAttendance(UUID sessionId) {
        SessionAttendance a = attendance.get(sessionId);
        return Versions.ok(a, a.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response recordSessionAttendance(UUID sessionId, SessionAttendanceInput input, String ifMatch) {
        SessionAttendance a = attendance.record(sessionId, ifMatch, input);
        return Versions.ok(a, a.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getEnrollmentAttendance(UUID enrollmentId) {
        return Response.ok(attendance.ofEnrollment(enrollmentId)).build();
    }
}
