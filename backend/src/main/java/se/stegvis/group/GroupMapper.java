package se.stegvis.group;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.stegvis.api.generated.model.Group;
import se.stegvis.api.generated.model.GroupMember;
import se.stegvis.api.generated.model.GroupSession;
import se.stegvis.api.generated.model.PartOfDay;
import se.stegvis.api.generated.model.SessionStatus;
import se.stegvis.api.generated.model.UserRef;

final class GroupMapper {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private GroupMapper() {
    }

    static Group group(GroupEntity e, String projectName, List<UserRef> leaders, int memberCount, int sessionCount,
            java.time.LocalDate nextSession, Figures figures) {
        Group dto = new Group();
        dto.setId(e.id);
        dto.setProjectId(e.projectId);
        dto.setProjectName(projectName);
        dto.setName(e.name);
        dto.setDescription(e.description);
        dto.setStartDate(e.startDate);
        dto.setEndDate(e.endDate);
        dto.setCapacity(e.capacity);
        dto.setCapacityOverrideReason(e.capacityOverrideReason);
        dto.setLeaders(new ArrayList<>(leaders));
        dto.setMemberCount(memberCount);
        dto.setSessionCount(sessionCount);
        dto.setNextSessionDate(nextSession);
        dto.setAttendance((figures == null ? new Figures() : figures).toDto());
        dto.setVersion(e.version);
        return dto;
    }

    static GroupMember member(GroupMemberEntity m, GroupMemberRepository.Person person, Figures figures,
            java.time.LocalDate today) {
        GroupMember dto = new GroupMember();
        dto.setId(m.id);
        dto.setGroupId(m.groupId);
        dto.setEnrollmentId(m.enrollmentId);
        dto.setParticipantId(person.participantId());
        dto.setParticipantName(person.name());
        dto.setJoinedOn(m.joinedOn);
        dto.setLeftOn(m.leftOn);
        dto.setLeaveReason(m.leaveReason);
        dto.setCapacityOverrideReason(m.capacityOverrideReason);
        dto.setActive((m.leftOn == null || m.leftOn.isAfter(today))
                && (person.exitDate() == null || !person.exitDate().isBefore(today)));
        dto.setAttendance((figures == null ? new Figures() : figures).toDto());
        dto.setVersion(m.version);
        return dto;
    }

    static GroupSession session(GroupSessionEntity s, Map<UUID, String> organisationNames, Figures figures) {
        GroupSession dto = new GroupSession();
        dto.setId(s.id);
        dto.setGroupId(s.groupId);
        dto.setSessionDate(s.sessionDate);
        dto.setPartOfDay(s.partOfDay == null ? null : PartOfDay.fromValue(s.partOfDay));
        dto.setStartTime(time(s.startTime));
        dto.setEndTime(time(s.endTime));
        dto.setTopic(s.topic);
        dto.setLocation(s.location);
        dto.setPartnerOrganisationId(s.partnerOrganisationId);
        dto.setPartnerOrganisationName(s.partnerOrganisationId == null ? null : organisationNames.get(s.partnerOrganisationId));
        dto.setLecturer(s.lecturer);
        dto.setStatus(SessionStatus.fromValue(s.status));
        dto.setCancellationReason(s.cancellationReason);
        Figures f = figures == null ? new Figures() : figures;
        dto.setAttendanceRecorded(f.recorded() > 0);
        dto.setAttendance(f.toDto());
        dto.setVersion(s.version);
        return dto;
    }

    static String time(LocalTime t) {
        return t == null ? null : t.format(HH_MM);
    }

    static LocalTime time(String hhmm) {
        return hhmm == null || hhmm.isBlank() ? null : LocalTime.parse(hhmm.trim(), HH_MM);
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
