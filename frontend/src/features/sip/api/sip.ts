import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';

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

export function useOrganisations() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['organisations'],
    staleTime: 10 * 60_000,
    queryFn: async () => (await client.GET('/organisations')).data ?? [],
  });
}
