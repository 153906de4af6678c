import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';

export type Consent = components['schemas']['Consent'];

export const consentsKey = (participantId: string) => ['participants', participantId, 'consents'] as const;

export function useConsents(participantId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: consentsKey(participantId),
    queryFn: async () =>
      (await client.GET('/participants/{participantId}/consents', { params: { path: { participantId } } })).data ?? [],
  });
}
