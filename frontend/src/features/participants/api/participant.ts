import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';

export type Participant = components['schemas']['Participant'];
export type Enrollment = components['schemas']['Enrollment'];
export type SusStatus = components['schemas']['SusStatus'];

export function useParticipant(participantId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['participants', participantId],
    queryFn: async () => {
      const { data } = await client.GET('/participants/{participantId}', { params: { path: { participantId } } });
      if (!data) throw new Error('Empty participant response');
      return data;
    },
  });
}

export function useParticipantEnrollments(participantId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['participants', participantId, 'enrollments'],
    queryFn: async () => {
      const { data } = await client.GET('/participants/{participantId}/enrollments', {
        params: { path: { participantId } },
      });
      return data ?? [];
    },
  });
}

/** The audited reveal; never cached (the number lives only in the component's state). */
export async function revealIdentityNumber(client: ReturnType<typeof useApiClient>, participantId: string) {
  const { data } = await client.GET('/participants/{participantId}/identity-number', {
    params: { path: { participantId } },
    cache: 'no-store',
  });
  if (!data) throw new Error('Empty identity number response');
  return data;
}
