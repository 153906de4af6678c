import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';
import { etagOf } from '@/lib/etag';

export type SipMeeting = components['schemas']['SipMeeting'];
export type SipMeetingInput = components['schemas']['SipMeetingInput'];
export type SipParticipant = components['schemas']['SipParticipant'];
export type SipActionItem = components['schemas']['SipActionItem'];

export const sipKey = (enrollmentId: string) => ['enrollments', enrollmentId, 'sip-meetings'] as const;

export function useSipMeetings(enrollmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: sipKey(enrollmentId),
    queryFn: async () =>
      (await client.GET('/enrollments/{enrollmentId}/sip-meetings', { params: { path: { enrollmentId } } })).data ?? [],
  });
}

export function useCreateSipMeeting(enrollmentId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SipMeetingInput) =>
      (await client.POST('/enrollments/{enrollmentId}/sip-meetings', { params: { path: { enrollmentId } }, body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sipKey(enrollmentId) }),
  });
}

/**
 * Marks one action item of a meeting done or not done. The meeting is read again and sent back whole with its ETag,
 * the item found by who and what (not by its place), so a change made meanwhile is kept and the right item is marked.
 */
export function useSetActionItemDone(enrollmentId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ meetingId, item, done }: { meetingId: string; item: SipActionItem; done: boolean }) => {
      const current = await client.GET('/sip-meetings/{sipMeetingId}', { params: { path: { sipMeetingId: meetingId } } });
      const m = current.data;
      if (!m) throw new Error('Empty SIP meeting response');
      const marked = m.actionItems.findIndex((a) => a.who === item.who && a.what === item.what);
      if (marked < 0) throw new Error('The action item is no longer in the meeting');
      const actionItems = m.actionItems.map((a, i) => (i === marked ? { ...a, done } : a));
      const body: SipMeetingInput = {
        meetingDate: m.meetingDate,
        participants: m.participants,
        agreed: m.agreed ?? null,
        actionItems,
        nextMeetingDate: m.nextMeetingDate ?? null,
      };
      const etag = etagOf(current.response);
      return (
        await client.PUT('/sip-meetings/{sipMeetingId}', { params: { path: { sipMeetingId: meetingId }, header: { 'If-Match': etag } }, body })
      ).data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sipKey(enrollmentId) }),
  });
}

export function useOrganisations() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['organisations'],
    staleTime: 10 * 60_000,
    queryFn: async () => (await client.GET('/organisations')).data ?? [],
  });
}
