import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { isApiProblem, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-client-context';
import { etagFromVersion, etagOf } from '@/lib/etag';

export type Referral = components['schemas']['Referral'];
export type ReferralPage = components['schemas']['ReferralPage'];
export type ReferralStatus = components['schemas']['ReferralStatus'];
export type ReferralInput = components['schemas']['ReferralInput'];
export type ReferralEvent = components['schemas']['ReferralEvent'];
export type EligibilityResult = components['schemas']['EligibilityResult'];
export type ConsentPurpose = components['schemas']['ConsentPurpose'];
export type DecisionInput = components['schemas']['DecisionInput'];
export type DecisionOutcome = components['schemas']['DecisionOutcome'];
export type ScreeningInput = components['schemas']['ScreeningInput'];
export type EnrollFromReferralInput = components['schemas']['EnrollFromReferralInput'];
export type WithdrawalInput = components['schemas']['WithdrawalInput'];
export type ExitSummary = components['schemas']['ExitSummary'];
export type Enrollment = components['schemas']['Enrollment'];
export type Organisation = components['schemas']['Organisation'];
export type Project = components['schemas']['Project'];
export type SusStatus = components['schemas']['SusStatus'];
export type IncomeSource = components['schemas']['IncomeSource'];
export type EmploymentStatus = components['schemas']['EmploymentStatus'];
export type Sex = components['schemas']['Sex'];

export const REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'submitted',
  'screened',
  'accepted',
  'declined',
  'on_hold',
  'withdrawn',
  'enrolled',
];
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['participation_sharing', 'sus', 'sip', 'evaluation'];
export const DECISION_OUTCOMES: readonly DecisionOutcome[] = ['accepted', 'declined', 'on_hold'];
export const EMPLOYMENT_STATUSES: readonly EmploymentStatus[] = ['work', 'studies', 'job_seeking', 'none'];
export const INCOME_SOURCES: readonly IncomeSource[] = [
  'salary',
  'activity_support',
  'development_allowance',
  'sickness_benefit',
  'activity_compensation',
  'sickness_compensation',
  'social_assistance',
  'unemployment_benefit',
  'student_aid',
  'parental_benefit',
  'other',
  'none',
];
export const SEXES: readonly Sex[] = ['female', 'male', 'other'];

export interface ReferralFilter {
  status?: ReferralStatus;
  projectId?: string;
}

const PAGE_SIZE = 25;

export const referralsKey = ['referrals'] as const;
export const referralKey = (id: string) => ['referrals', 'one', id] as const;

/** One page of referrals (newest change first, as the API orders them). */
export async function listReferrals(client: ApiClient, filter: ReferralFilter, cursor?: string, limit = PAGE_SIZE) {
  const { data } = await client.GET('/referrals', {
    params: { query: { status: filter.status, projectId: filter.projectId, cursor, limit } },
  });
  if (!data) throw new Error('Empty referral page');
  return data;
}

/** The list, paginated with the API's cursor ("Visa fler"). */
export function useReferrals(filter: ReferralFilter) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: [...referralsKey, 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => listReferrals(client, filter, pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Every screened referral (all pages, up to a safe maximum) for the review board view. */
export function useScreenedReferrals() {
  const client = useApiClient();
  return useQuery({
    queryKey: [...referralsKey, 'screened-all'],
    queryFn: async () => {
      const items: Referral[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const result = await listReferrals(client, { status: 'screened' }, cursor, 200);
        items.push(...result.items);
        cursor = result.nextCursor ?? undefined;
        if (!cursor) break;
      }
      return items;
    },
  });
}

export interface ReferralWithEtag {
  referral: Referral;
  etag: string;
}

export function useReferral(referralId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: referralKey(referralId),
    queryFn: async (): Promise<ReferralWithEtag> => {
      const { data, response } = await client.GET('/referrals/{referralId}', { params: { path: { referralId } } });
      if (!data) throw new Error('Empty referral response');
      return { referral: data, etag: etagOf(response) ?? etagFromVersion(data.version) };
    },
  });
}

/** 404 means "no exit summary yet" (the enrollment has not ended): answered as null, not an error. */
export function useExitSummary(referralId: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...referralKey(referralId), 'exit-summary'],
    enabled,
    queryFn: async () => {
      try {
        const { data } = await client.GET('/referrals/{referralId}/exit-summary', { params: { path: { referralId } } });
        return data ?? null;
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

const CATALOGUE_STALE_MS = 10 * 60_000;

export function useOrganisations() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['organisations'],
    staleTime: CATALOGUE_STALE_MS,
    queryFn: async () => (await client.GET('/organisations')).data ?? [],
  });
}

export function useProjects() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['projects'],
    staleTime: CATALOGUE_STALE_MS,
    queryFn: async () => (await client.GET('/projects')).data ?? [],
  });
}

/** After a change: store the new version (and its ETag) and refresh the lists. */
function useStoreReferral() {
  const queryClient = useQueryClient();
  return async (referral: Referral | undefined, response: Response) => {
    if (referral) {
      queryClient.setQueryData<ReferralWithEtag>(referralKey(referral.id), {
        referral,
        etag: etagOf(response) ?? etagFromVersion(referral.version),
      });
    }
    // the lists (not the referral just stored)
    await queryClient.invalidateQueries({ queryKey: referralsKey, predicate: (q) => q.queryKey[1] !== 'one' });
  };
}

export function useSubmitReferral() {
  const client = useApiClient();
  const store = useStoreReferral();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: ReferralInput; idempotencyKey: string }) => {
      const { data, response } = await client.POST('/referrals', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body,
      });
      if (!data) throw new Error('Empty referral response');
      await store(data, response);
      return data;
    },
  });
}

interface Change<B> {
  referralId: string;
  etag: string;
  body: B;
}

export function useScreenReferral() {
  const client = useApiClient();
  const store = useStoreReferral();
  return useMutation({
    mutationFn: async ({ referralId, etag, body }: Change<ScreeningInput>) => {
      const { data, response } = await client.POST('/referrals/{referralId}/screening', {
        params: { path: { referralId }, header: { 'If-Match': etag } },
        body,
      });
      await store(data, response);
      return data;
    },
  });
}

export function useDecideReferral() {
  const client = useApiClient();
  const store = useStoreReferral();
  return useMutation({
    mutationFn: async ({ referralId, etag, body }: Change<DecisionInput>) => {
      const { data, response } = await client.POST('/referrals/{referralId}/decision', {
        params: { path: { referralId }, header: { 'If-Match': etag } },
        body,
      });
      await store(data, response);
      return data;
    },
  });
}

export function useWithdrawReferral() {
  const client = useApiClient();
  const store = useStoreReferral();
  return useMutation({
    mutationFn: async ({ referralId, etag, body }: Change<WithdrawalInput>) => {
      const { data, response } = await client.POST('/referrals/{referralId}/withdrawal', {
        params: { path: { referralId }, header: { 'If-Match': etag } },
        body,
      });
      await store(data, response);
      return data;
    },
  });
}

export function useEnrollFromReferral() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ referralId, etag, body }: Change<EnrollFromReferralInput>) => {
      const { data } = await client.POST('/referrals/{referralId}/enrollment', {
        params: { path: { referralId }, header: { 'If-Match': etag } },
        body,
      });
      if (!data) throw new Error('Empty enrollment response');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: referralsKey }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
      ]);
      return data;
    },
  });
}
