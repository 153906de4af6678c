import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-client-context';

export type Caseload = components['schemas']['Caseload'];
export type CaseloadItem = components['schemas']['CaseloadItem'];
export type CaseloadFlag = components['schemas']['CaseloadFlag'];
export type CaseloadCounts = components['schemas']['CaseloadCounts'];
export type Phase = components['schemas']['Phase'];
export type InterventionCategory = components['schemas']['InterventionCategory'];

export async function getCaseload(client: ApiClient): Promise<Caseload> {
  // non-2xx answers are thrown as ApiProblem by the client's middleware
  const { data } = await client.GET('/caseload');
  if (!data) throw new Error('Empty caseload response');
  return data;
}

export const caseloadQueryKey = ['caseload'] as const;

export function caseloadQueryOptions(client: ApiClient) {
  return queryOptions({ queryKey: caseloadQueryKey, queryFn: () => getCaseload(client) });
}

export function useCaseload() {
  const client = useApiClient();
  return useQuery(caseloadQueryOptions(client));
}

/** Exited enrollments whose six-month follow-up is due (not counted in CaseloadCounts). */
export function useFollowUpsDue() {
  const client = useApiClient();
  return useQuery({
    queryKey: [...caseloadQueryKey, 'follow-ups-due'],
    queryFn: async () => (await client.GET('/caseload/follow-ups-due')).data ?? [],
  });
}
