import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-client-context';
import { etagOf } from '@/lib/etag';

export type Group = components['schemas']['Group'];
export type GroupInput = components['schemas']['GroupInput'];
export type GroupMember = components['schemas']['GroupMember'];
export type GroupMemberInput = components['schemas']['GroupMemberInput'];
export type GroupLeaveInput = components['schemas']['GroupLeaveInput'];
export type GroupSession = components['schemas']['GroupSession'];
export type GroupSessionInput = components['schemas']['GroupSessionInput'];
export type GroupSessionScheduleInput = components['schemas']['GroupSessionScheduleInput'];
export type GroupSessionSchedule = components['schemas']['GroupSessionSchedule'];
export type SessionAttendance = components['schemas']['SessionAttendance'];
export type SessionAttendanceInput = components['schemas']['SessionAttendanceInput'];
export type AttendanceStatus = components['schemas']['AttendanceStatus'];
export type AttendanceFigures = components['schemas']['AttendanceFigures'];
export type EnrollmentAttendance = components['schemas']['EnrollmentAttendance'];
export type PartOfDay = components['schemas']['PartOfDay'];
export type Weekday = components['schemas']['Weekday'];
export type ParticipantSummary = components['schemas']['ParticipantSummary'];

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'absent_with_notice', 'absent'];
export const PARTS_OF_DAY: readonly PartOfDay[] = ['morning', 'afternoon', 'full_day'];
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Above this a group needs a project manager and a reason (issue #10: groups of at most 12). */
export const DEFAULT_CAPACITY = 12;

export const groupsKey = ['groups'] as const;
export const groupKey = (groupId: string) => ['groups', groupId] as const;
export const membersKey = (groupId: string) => ['groups', groupId, 'members'] as const;
export const sessionsKey = (groupId: string) => ['groups', groupId, 'sessions'] as const;
export const attendanceKey = (sessionId: string) => ['group-sessions', sessionId, 'attendance'] as const;
export const enrollmentAttendanceKey = (enrollmentId: string) => ['enrollments', enrollmentId, 'attendance'] as const;

export function useGroups() {
  const client = useApiClient();
  return useQuery({
    queryKey: groupsKey,
    queryFn: async () => (await client.GET('/groups')).data ?? [],
  });
}

/** One group with its ETag (for changing it). */
export async function getGroupWithEtag(client: ApiClient, groupId: string) {
  const { data, response } = await client.GET('/groups/{groupId}', { params: { path: { groupId } } });
  if (!data) throw new Error('Empty group response');
  return { group: data, etag: etagOf(response) };
}

export function useGroup(groupId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: groupKey(groupId), queryFn: () => getGroupWithEtag(client, groupId) });
}

export function useGroupMembers(groupId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: membersKey(groupId),
    queryFn: async () => (await client.GET('/groups/{groupId}/members', { params: { path: { groupId } } })).data ?? [],
  });
}

export function useGroupSessions(groupId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: sessionsKey(groupId),
    queryFn: async () => (await client.GET('/groups/{groupId}/sessions', { params: { path: { groupId } } })).data ?? [],
  });
}

/** How many participants the member picker lists at once; a name search narrows a larger project. */
export const MEMBER_CANDIDATES_LIMIT = 200;

/**
 * Participants with an open enrollment in the project, within the caller's assignments (not only their own
 * caseload: a group mixes coordinators' participants), by name, to pick new members from.
 */
export function useMemberCandidates(projectId: string | undefined, name: string) {
  const client = useApiClient();
  const q = name.trim();
  return useQuery({
    queryKey: ['participants', 'member-candidates', projectId, q],
    enabled: Boolean(projectId),
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { data } = await client.GET('/participants', {
        params: { query: { projectId: projectId!, q: q || undefined, limit: MEMBER_CANDIDATES_LIMIT, sort: 'name' } },
      });
      return {
        items: (data?.items ?? []).filter((p): p is ParticipantSummary & { openEnrollmentId: string } => Boolean(p.openEnrollmentId)),
        more: Boolean(data?.nextCursor),
      };
    },
  });
}

export function useMe() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['me'],
    staleTime: 10 * 60_000,
    queryFn: async () => {
      const { data } = await client.GET('/me');
      if (!data) throw new Error('Empty me response');
      return data;
    },
  });
}

function useInvalidateGroup(groupId?: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: groupsKey, exact: true }),
      ...(groupId ? [queryClient.invalidateQueries({ queryKey: groupKey(groupId) })] : []),
      // attendance rates on participant pages follow members and attendance
      queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'enrollments' && q.queryKey[2] === 'attendance' }),
    ]);
}

export function useCreateGroup(projectId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateGroup();
  return useMutation({
    mutationFn: async (body: GroupInput) =>
      (await client.POST('/projects/{projectId}/groups', { params: { path: { projectId } }, body })).data,
    onSuccess: invalidate,
  });
}

export function useUpdateGroup(groupId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateGroup(groupId);
  return useMutation({
    mutationFn: async ({ etag, body }: { etag: string | undefined; body: GroupInput }) => {
      const { data, response } = await client.PUT('/groups/{groupId}', {
        params: { path: { groupId }, header: { 'If-Match': etag } },
        body,
      });
      return { group: data, etag: etagOf(response) };
    },
    onSuccess: invalidate,
  });
}

export function useAddMember(groupId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateGroup(groupId);
  return useMutation({
    mutationFn: async (body: GroupMemberInput) =>
      (await client.POST('/groups/{groupId}/members', { params: { path: { groupId } }, body })).data,
    onSuccess: invalidate,
  });
}

/** A member leaves; the ETag comes from a fresh GET so the If-Match is the current version. */
export function useLeaveGroup(groupId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateGroup(groupId);
  return useMutation({
    mutationFn: async ({ memberId, body }: { memberId: string; body: GroupLeaveInput }) => {
      const current = await client.GET('/group-members/{memberId}', { params: { path: { memberId } } });
      const etag = etagOf(current.response);
      return (await client.POST('/group-members/{memberId}/leave', { params: { path: { memberId }, header: { 'If-Match': etag } }, body })).data;
    },
    onSuccess: invalidate,
  });
}

export function useCreateSession(groupId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateGroup(groupId);
  return useMutation({
    mutationFn: async (body: GroupSessionInput) =>
      (await client.POST('/groups/{groupId}/sessions', { params: { path: { groupId } }, body })).data,
    onSuccess: invalidate,
  });
}

export function useScheduleSessions(groupId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateGroup(groupId);
  return useMutation({
    mutationFn: async (body: GroupSessionScheduleInput) => {
      const { data } = await client.POST('/groups/{groupId}/sessions/schedule', { params: { path: { groupId } }, body });
      if (!data) throw new Error('Empty schedule response');
      return data;
    },
    onSuccess: invalidate,
  });
}

/**
 * Cancels a session with a reason, or (reason `null`) restores a cancelled one. The rest of the body comes from a
 * fresh read sent back with its ETag, so a change made meanwhile is neither lost nor overwritten.
 */
export function useSetSessionCancelled(groupId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateGroup(groupId);
  return useMutation({
    mutationFn: async ({ sessionId, reason }: { sessionId: string; reason: string | null }) => {
      const current = await client.GET('/group-sessions/{sessionId}', { params: { path: { sessionId } } });
      const s = current.data;
      if (!s) throw new Error('Empty session response');
      const body: GroupSessionInput = {
        sessionDate: s.sessionDate,
        partOfDay: s.partOfDay ?? null,
        startTime: s.startTime ?? null,
        endTime: s.endTime ?? null,
        topic: s.topic ?? null,
        location: s.location ?? null,
        partnerOrganisationId: s.partnerOrganisationId ?? null,
        lecturer: s.lecturer ?? null,
        status: reason === null ? 'scheduled' : 'cancelled',
        cancellationReason: reason,
      };
      const etag = etagOf(current.response);
      return (await client.PUT('/group-sessions/{sessionId}', { params: { path: { sessionId }, header: { 'If-Match': etag } }, body })).data;
    },
    onSuccess: invalidate,
  });
}

export function useGroupSession(sessionId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['group-sessions', sessionId],
    queryFn: async () => {
      const { data } = await client.GET('/group-sessions/{sessionId}', { params: { path: { sessionId } } });
      if (!data) throw new Error('Empty session response');
      return data;
    },
  });
}

/** The session's attendance list with the ETag of the attendance (`"0"` before anything is recorded). */
export async function getAttendanceWithEtag(client: ApiClient, sessionId: string) {
  const { data, response } = await client.GET('/group-sessions/{sessionId}/attendance', { params: { path: { sessionId } } });
  if (!data) throw new Error('Empty attendance response');
  return { attendance: data, etag: etagOf(response) };
}

export function useSessionAttendance(sessionId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: attendanceKey(sessionId),
    // the list is the starting point of a form: no refetch behind the user's back
    refetchOnWindowFocus: false,
    queryFn: () => getAttendanceWithEtag(client, sessionId),
  });
}

export function useRecordAttendance(sessionId: string, groupId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateGroup(groupId);
  return useMutation({
    mutationFn: async ({ etag, body }: { etag: string | undefined; body: SessionAttendanceInput }) => {
      const { data, response } = await client.PUT('/group-sessions/{sessionId}/attendance', {
        params: { path: { sessionId }, header: { 'If-Match': etag } },
        body,
      });
      if (!data) throw new Error('Empty attendance response');
      return { attendance: data, etag: etagOf(response) };
    },
    onSuccess: (result) => {
      queryClient.setQueryData(attendanceKey(sessionId), result);
      return Promise.all([
        invalidate(),
        queryClient.invalidateQueries({ queryKey: membersKey(groupId) }),
        queryClient.invalidateQueries({ queryKey: sessionsKey(groupId) }),
      ]);
    },
  });
}

export function useEnrollmentAttendance(enrollmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: enrollmentAttendanceKey(enrollmentId),
    queryFn: async () => {
      const { data } = await client.GET('/enrollments/{enrollmentId}/attendance', { params: { path: { enrollmentId } } });
      if (!data) throw new Error('Empty attendance response');
      return data;
    },
  });
}
