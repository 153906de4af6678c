import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';

export type Assessment = components['schemas']['Assessment'];
export type AssessmentInput = components['schemas']['AssessmentInput'];
export type Rating = components['schemas']['Rating'];
export type ItemChange = components['schemas']['ItemChange'];

export const assessmentsKey = (enrollmentId: string) => ['enrollments', enrollmentId, 'assessments'] as const;

export function useAssessments(enrollmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: assessmentsKey(enrollmentId),
    queryFn: async () => {
      const { data } = await client.GET('/enrollments/{enrollmentId}/assessments', { params: { path: { enrollmentId } } });
      return data ?? { items: [] };
    },
  });
}

export function useCreateAssessment(enrollmentId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AssessmentInput) => {
      const { data } = await client.POST('/enrollments/{enrollmentId}/assessments', { params: { path: { enrollmentId } }, body });
      return data;
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentsKey(enrollmentId) }),
        queryClient.invalidateQueries({ queryKey: ['enrollments', enrollmentId, 'plan'] }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
        queryClient.invalidateQueries({ queryKey: ['participants'] }),
      ]),
  });
}
