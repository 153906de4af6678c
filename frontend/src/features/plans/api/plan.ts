import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';

export type ActionPlan = components['schemas']['ActionPlan'];
export type Goal = components['schemas']['Goal'];
export type SubGoal = components['schemas']['SubGoal'];
export type GoalInput = components['schemas']['GoalInput'];
export type SubGoalInput = components['schemas']['SubGoalInput'];
export type PlanFollowUpInput = components['schemas']['PlanFollowUpInput'];

export const planKey = (enrollmentId: string) => ['enrollments', enrollmentId, 'plan'] as const;

export function usePlan(enrollmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKey(enrollmentId),
    queryFn: async () => {
      const { data } = await client.GET('/enrollments/{enrollmentId}/plan', { params: { path: { enrollmentId } } });
      if (!data) throw new Error('Empty plan response');
      return data;
    },
  });
}

function useInvalidate(enrollmentId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: planKey(enrollmentId) }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
    ]);
}

export function useCreateGoal(enrollmentId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(enrollmentId);
  return useMutation({
    mutationFn: async (body: GoalInput) =>
      (await client.POST('/enrollments/{enrollmentId}/plan/goals', { params: { path: { enrollmentId } }, body })).data,
    onSuccess: invalidate,
  });
}

export function useCreateSubGoal(enrollmentId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(enrollmentId);
  return useMutation({
    mutationFn: async ({ goalId, body }: { goalId: string; body: SubGoalInput }) =>
      (await client.POST('/goals/{goalId}/sub-goals', { params: { path: { goalId } }, body })).data,
    onSuccess: invalidate,
  });
}

export function useUpdateSubGoal(enrollmentId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(enrollmentId);
  return useMutation({
    mutationFn: async ({ id, etag, body }: { id: string; etag: string; body: SubGoalInput }) =>
      (await client.PUT('/sub-goals/{subGoalId}', { params: { path: { subGoalId: id }, header: { 'If-Match': etag } }, body })).data,
    onSuccess: invalidate,
  });
}

export function useCreateFollowUp(enrollmentId: string) {
  const client = useApiClient();
  const invalidate = useInvalidate(enrollmentId);
  return useMutation({
    mutationFn: async (body: PlanFollowUpInput) =>
      (await client.POST('/enrollments/{enrollmentId}/plan/follow-ups', { params: { path: { enrollmentId } }, body })).data,
    onSuccess: invalidate,
  });
}
