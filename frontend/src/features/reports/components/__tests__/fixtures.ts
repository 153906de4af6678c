import { vi } from 'vitest';
import type { components } from '@/api/schema';
import { createApiClient } from '@/lib/api-client';
import { jsonResponse } from '@/testing/test-utils';

type S = components['schemas'];

const count = (value: number | null): S['CountCell'] => (value === null ? { value: null, suppressed: true } : { value, suppressed: false });
export const counts = (female: number | null, male: number | null, other: number | null, total: number | null): S['CountBySex'] => ({
  female: count(female),
  male: count(male),
  other: count(other),
  total: count(total),
});
const share = (n: number | null, d: number | null): S['ShareCell'] =>
  n === null || d === null
    ? { pct: null, numerator: null, denominator: null, suppressed: true }
    : { pct: d === 0 ? null : Math.round((n / d) * 1000) / 10, numerator: n, denominator: d, suppressed: false };
export const shares = (f: [number, number] | null, m: [number, number] | null, o: [number, number] | null, t: [number, number] | null): S['ShareBySex'] => ({
  female: share(f?.[0] ?? null, f?.[1] ?? null),
  male: share(m?.[0] ?? null, m?.[1] ?? null),
  other: share(o?.[0] ?? null, o?.[1] ?? null),
  total: share(t?.[0] ?? null, t?.[1] ?? null),
});
const num = (value: number | null, n: number): S['NumberCell'] => ({ value, n, suppressed: false });
export const numbers = (f: number | null, m: number | null, o: number | null, t: number | null): S['NumberBySex'] => ({
  female: num(f, 5),
  male: num(m, 5),
  other: num(o, 0),
  total: num(t, 10),
});

export const scope: S['ReportScope'] = {
  projectId: null,
  projectName: null,
  municipalityCode: null,
  municipalityName: null,
  from: '2026-07-01',
  to: '2026-09-30',
  compareFrom: '2026-04-01',
  compareTo: '2026-06-30',
  minCell: 5,
  exact: false,
  generatedAt: '2026-11-22T10:00:00Z',
  dataAsOf: '2026-11-22T09:55:00Z',
};
const period = { from: '2026-07-01', to: '2026-09-30' };
const zeroShares = shares([0, 0], [0, 0], [0, 0], [0, 0]);
const noGoal: S['GoalAttainment'] = { goalPct: null, actualPct: null, met: null, suppressed: false };

export const participantsReport: S['ParticipantsReport'] = {
  scope,
  current: {
    period,
    activeAtEnd: counts(20, 14, null, 34),
    started: counts(12, 9, 0, 21),
    exited: counts(10, 8, 0, 18),
    medianDaysInProject: numbers(230, 190, null, 214),
    municipalities: [],
  },
  comparison: {
    period: { from: '2026-04-01', to: '2026-06-30' },
    activeAtEnd: counts(18, 13, 0, 31),
    started: counts(10, 9, 0, 19),
    exited: counts(11, 9, 0, 20),
    medianDaysInProject: numbers(200, 180, null, 190),
    municipalities: [],
  },
};

const funnel = (org: string | null): S['ReferralFunnelRow'] => ({
  organisationId: org ? '40000000-0000-0000-0000-000000000002' : null,
  organisationName: org,
  received: counts(8, 6, 0, 14),
  screened: counts(8, 6, 0, 14),
  accepted: counts(7, 5, 0, 12),
  declined: counts(null, null, 0, null),
  withdrawn: counts(0, 0, 0, 0),
  enrolled: counts(7, 5, 0, 12),
});
export const referralsReport: S['ReferralsReport'] = {
  scope,
  current: { period, total: funnel(null), byAgency: [funnel('Arbetsförmedlingen')], declineReasons: [] },
  comparison: null,
};

const workAtExit: S['WorkAtExit'] = {
  withWageSubsidy: counts(0, 0, 0, 0),
  withoutWageSubsidy: counts(0, 0, 0, 0),
  fullTime: counts(0, 0, 0, 0),
  partTime: counts(0, 0, 0, 0),
  meanExtentPct: numbers(null, null, null, null),
};
export const outcomesReport: S['OutcomesReport'] = {
  scope,
  current: {
    period,
    exited: counts(10, 8, 0, 18),
    outcomes: [{ outcome: 'work', count: counts(3, 2, 0, 5), share: shares([3, 10], [2, 8], [0, 0], [5, 18]) }],
    work: workAtExit,
    workOrStudies: shares([3, 10], [2, 8], [0, 0], [5, 18]),
    goal: { goalPct: 30, actualPct: 27.8, met: false, suppressed: false },
    followUp: { followedUp: counts(0, 0, 0, 0), outcomes: [], workOrStudies: zeroShares },
  },
  comparison: null,
};

export const progressionReport: S['ProgressionReport'] = {
  scope,
  current: {
    period,
    stays: counts(10, 8, 0, 18),
    stepForward: shares([8, 10], [6, 8], [0, 0], [14, 18]),
    subGoalAchieved: zeroShares,
    indicatorImproved: zeroShares,
    stepForwardGoal: { goalPct: 80, actualPct: 77.8, met: false, suppressed: false },
    indicators: [],
    changeDistribution: [],
    wellbeingImproved: zeroShares,
    wellbeingGoal: noGoal,
  },
  comparison: null,
};

export const bipReport: S['BipSignalsReport'] = {
  scope,
  current: {
    period,
    stays: counts(10, 8, 0, 18),
    parallelJobFocusedDays: zeroShares,
    daysWithoutIntervention: zeroShares,
    coordinatorChangesPerParticipant: numbers(null, null, null, null),
    assessmentsOverdue: counts(0, 0, 0, 0),
  },
  comparison: null,
};

export const susReport: S['SusVariablesReport'] = {
  scope,
  current: { period, exited: counts(10, 8, 0, 18), entryNotRecorded: counts(0, 0, 0, 0), exitNotRecorded: counts(0, 0, 0, 0), employment: [], incomeSources: [] },
  comparison: null,
};

export const budgetReport: S['BudgetReport'] = {
  scope,
  rows: [{ projectId: '30000000-0000-0000-0000-000000000001', projectName: 'Cresco+', year: 2026, budgetSek: 4200000, spentSek: 3150000, usedPct: 75 }],
};

export const summary: S['PeriodSummary'] = {
  scope,
  current: {
    period,
    activeAtEnd: counts(20, 14, null, 34),
    started: counts(12, 9, 0, 21),
    exited: counts(10, 8, 0, 18),
    referralsReceived: counts(15, 11, 0, 26),
    workOrStudiesAtExit: shares([3, 10], [2, 8], [0, 0], [5, 18]),
    workOrStudiesGoal: { goalPct: 30, actualPct: 27.8, met: false, suppressed: false },
    stepForward: shares([8, 10], [6, 8], [0, 0], [14, 18]),
    stepForwardGoal: { goalPct: 80, actualPct: 82, met: true, suppressed: false },
    wellbeingImproved: zeroShares,
    wellbeingGoal: noGoal,
    attendanceAndSip: null,
  },
  comparison: null,
  budget: budgetReport.rows,
};

const BY_PATH: Record<string, unknown> = {
  '/reports/participants': participantsReport,
  '/reports/referrals': referralsReport,
  '/reports/outcomes': outcomesReport,
  '/reports/progression': progressionReport,
  '/reports/bip-signals': bipReport,
  '/reports/sus-variables': susReport,
  '/reports/budget': budgetReport,
  '/reports/summary': summary,
  '/projects': [],
};

/** A client answering every report with the fixtures; `override` may answer first. */
export function mockReportsClient(override?: (request: Request, path: string) => Response | undefined) {
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname.replace('/api/v1', '');
    const answer = override?.(request, path);
    if (answer) return answer;
    if (path in BY_PATH) return jsonResponse(BY_PATH[path]);
    return new Response('not found', { status: 404 });
  });
  return { fetch, client: createApiClient({ getAccessToken: () => 'token-123', fetch }) };
}
