import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from './api-client-context';

/** Catalogue data shared by several features (cached long: it rarely changes). */
export type Instrument = components['schemas']['Instrument'];
export type Project = components['schemas']['Project'];
export type Municipality = components['schemas']['Municipality'];

const CATALOGUE_STALE_MS = 10 * 60_000;

export const instrumentsQueryKey = ['instruments'] as const;

export function useInstruments() {
  const client = useApiClient();
  return useQuery({
    queryKey: instrumentsQueryKey,
    staleTime: CATALOGUE_STALE_MS,
    queryFn: async () => {
      const { data } = await client.GET('/instruments');
      return data ?? [];
    },
  });
}

export function useProject(projectId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['projects', projectId],
    enabled: Boolean(projectId),
    staleTime: CATALOGUE_STALE_MS,
    queryFn: async () => {
      const { data } = await client.GET('/projects/{projectId}', { params: { path: { projectId: projectId! } } });
      if (!data) throw new Error('Empty project response');
      return data;
    },
  });
}

export function useMunicipalities() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['municipalities'],
    staleTime: Infinity,
    queryFn: async () => {
      const { data } = await client.GET('/municipalities');
      return data ?? [];
    },
  });
}

/** The instrument item's label in the UI language. */
export function itemLabel(instruments: readonly Instrument[] | undefined, key: string, language: string): string {
  for (const instrument of instruments ?? []) {
    const item = instrument.items.find((i) => i.key === key);
    if (item) return language === 'en' ? item.labelEn : item.label;
  }
  return key;
}
