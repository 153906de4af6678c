import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';

export type JournalNote = components['schemas']['JournalNote'];
export type JournalNoteInput = components['schemas']['JournalNoteInput'];
export type JournalCategory = components['schemas']['JournalCategory'];
export const JOURNAL_CATEGORIES: readonly JournalCategory[] = ['contact', 'meeting', 'intervention', 'health', 'sip', 'other'];

const key = (enrollmentId: string) => ['enrollments', enrollmentId, 'journal'] as const;

export function useJournal(enrollmentId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: key(enrollmentId),
    queryFn: async () => (await client.GET('/enrollments/{enrollmentId}/journal', { params: { path: { enrollmentId } } })).data ?? [],
  });
}

export function useCreateJournalNote(enrollmentId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: JournalNoteInput) =>
      (await client.POST('/enrollments/{enrollmentId}/journal', { params: { path: { enrollmentId } }, body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(enrollmentId) }),
  });
}
