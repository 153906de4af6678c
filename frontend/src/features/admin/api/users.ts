import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-client-context';

export type User = components['schemas']['User'];
export type UserCreated = components['schemas']['UserCreated'];
export type UserInput = components['schemas']['UserInput'];
export type UserUpdate = components['schemas']['UserUpdate'];
export type UserAssignmentInput = components['schemas']['UserAssignmentInput'];
export type Role = components['schemas']['Role'];
export type Organisation = components['schemas']['Organisation'];
export type Project = components['schemas']['Project'];

/** The realm roles an admin may grant, in the order the form shows them. */
export const MANAGED_ROLES: readonly Role[] = [
  'coordinator',
  'project-manager',
  'partner-caseworker',
  'partner-system',
  'analyst',
  'admin',
];

const CATALOGUE_STALE_MS = 10 * 60_000;

export const usersKey = ['admin', 'users'] as const;
export const userKey = (id: string) => ['admin', 'users', 'one', id] as const;

/** Users of the realm, optionally filtered by `q` (username, name or e-mail). */
export function useUsers(q: string) {
  const client = useApiClient();
  const query = q.trim();
  return useQuery({
    queryKey: [...usersKey, 'list', query],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { data } = await client.GET('/admin/users', { params: { query: { q: query || undefined } } });
      return data ?? [];
    },
  });
}

export function useUser(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: userKey(id),
    queryFn: async () => {
      const { data } = await client.GET('/admin/users/{userId}', { params: { path: { userId: id } } });
      if (!data) throw new Error('Empty user response');
      return data;
    },
  });
}

export function useCreateUser() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UserInput) => {
      const { data } = await client.POST('/admin/users', { body: input });
      if (!data) throw new Error('Empty response');
      return data;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: usersKey });
    },
  });
}

export function useUpdateUser(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (update: UserUpdate) => {
      const { data } = await client.PUT('/admin/users/{userId}', { params: { path: { userId: id } }, body: update });
      if (!data) throw new Error('Empty response');
      return data;
    },
    onSuccess: async (user) => {
      queryClient.setQueryData(userKey(id), user);
      await queryClient.invalidateQueries({ queryKey: usersKey });
    },
  });
}

/** The federation and partner agencies: the organisation a user belongs to. */
export function useOrganisations() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['organisations'],
    staleTime: CATALOGUE_STALE_MS,
    queryFn: async () => (await client.GET('/organisations')).data ?? [],
  });
}

/** Every project (an admin sees them all), with the municipalities each serves. */
export function useProjects() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['projects'],
    staleTime: CATALOGUE_STALE_MS,
    queryFn: async () => (await client.GET('/projects')).data ?? [],
  });
}
