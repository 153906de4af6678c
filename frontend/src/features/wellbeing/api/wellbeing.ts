import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';

export type WellbeingChange = components['schemas']['WellbeingChange'];
export type WellbeingInstrumentChange = components['schemas']['WellbeingInstrumentChange'];

/** Nested under the assessments key: recording an assessment invalidates that key, and with it this change. */
export const wellbeingKey = (enrollmentId: string) => ['enrollments', enrollmentId, 'assessments', 'wellbeing-change'] as const;

export function useWellbeingChange(enrollmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: wellbeingKey(enrollmentId),
    queryFn: async () => {
      const { data } = await client.GET('/enrollments/{enrollmentId}/wellbeing-change', { params: { path: { enrollmentId } } });
      if (!data) throw new Error('Empty well-being response');
      return data;
    },
  });
}
