import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-client-context';
import { etagOf } from '@/lib/etag';

export type Intervention = components['schemas']['Intervention'];
export type InterventionInput = components['schemas']['InterventionInput'];
export type InterventionType = components['schemas']['InterventionType'];
export type InterventionCategory = components['schemas']['InterventionCategory'];
export type InterventionStatus = components['schemas']['InterventionStatus'];

export const CATEGORIES: readonly InterventionCategory[] = ['job_focused', 'competence', 'health', 'social'];
export const STATUSES: readonly InterventionStatus[] = ['planned', 'ongoing', 'paused', 'completed', 'cancelled'];

export const interventionsKey = (enrollmentId: string) => ['enrollments', enrollmentId, 'interventions'] as const;

export function useInterventions(enrollmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: interventionsKey(enrollmentId),
    queryFn: async () => {
      const { data } = await client.GET('/enrollments/{enrollmentId}/interventions', { params: { path: { enrollmentId } } });
      return data ?? [];
    },
  });
}

export function useInterventionTypes(projectId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['intervention-types', projectId],
    staleTime: 10 * 60_000,
    queryFn: async () => {
      const { data } = await client.GET('/intervention-types', { params: { query: { projectId } } });
      return data ?? [];
    },
  });
}

/** One intervention with the ETag to send in If-Match. */
export async function getInterventionWithEtag(client: ApiClient, interventionId: string) {
  const { data, response } = await client.GET('/interventions/{interventionId}', { params: { path: { interventionId } } });
  if (!data) throw new Error('Empty intervention response');
  return { intervention: data, etag: etagOf(response) };
}

/** After any change: the enrollment's interventions and the caseload flags (no job-focused / no active). */
function useInvalidateAfterChange(enrollmentId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: interventionsKey(enrollmentId) }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
    ]);
}

export function useCreateIntervention(enrollmentId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateAfterChange(enrollmentId);
  return useMutation({
    mutationFn: async (body: InterventionInput) => {
      const { data } = await client.POST('/enrollments/{enrollmentId}/interventions', {
        params: { path: { enrollmentId } },
        body,
      });
      return data;
    },
    onSuccess: invalidate,
  });
}

export function useUpdateIntervention(enrollmentId: string) {
  const client = useApiClient();
  const invalidate = useInvalidateAfterChange(enrollmentId);
  return useMutation({
    mutationFn: async ({ id, etag, body }: { id: string; etag: string | undefined; body: InterventionInput }) => {
      const { data, response } = await client.PUT('/interventions/{interventionId}', {
        params: { path: { interventionId: id }, header: { 'If-Match': etag } },
        body,
      });
      return { intervention: data, etag: etagOf(response) };
    },
    onSuccess: invalidate,
  });
}
