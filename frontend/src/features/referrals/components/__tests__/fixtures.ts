import { vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { jsonResponse } from '@/testing/test-utils';
import type { Organisation, Project, Referral } from '../../api/referrals';

export const PROJECT_ID = '30000000-0000-0000-0000-000000000001';
export const AF = '40000000-0000-0000-0000-000000000002';
export const SOC = '40000000-0000-0000-0000-000000000004';

export const projects: Project[] = [
  {
    id: PROJECT_ID,
    name: 'Cresco+',
    startDate: '2025-01-01',
    municipalities: [
      { municipalityCode: '1496', municipalityName: 'Skövde', capacity: 20, activeCount: 12 },
      { municipalityCode: '1499', municipalityName: 'Falköping', capacity: 10, activeCount: 10 },
    ],
    eligibility: { minAge: 18, maxAge: 64, minKnownAgencies: 2 },
    instrumentIds: [],
    assessmentIntervalMonths: 3,
    maxStayMonths: 12,
    extensionMonths: 6,
    goals: {},
    budgets: [],
    version: 1,
  },
];

export const organisations: Organisation[] = [
  { id: '40000000-0000-0000-0000-000000000001', code: 'fsk', name: 'Samordningsförbundet Skaraborg', type: 'federation' },
  { id: AF, code: 'af', name: 'Arbetsförmedlingen', type: 'employment_service' },
  { id: SOC, code: 'skovde-soc', name: 'Skövde kommun, socialtjänsten', type: 'municipal_social_services', municipalityCode: '1496' },
];

export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'a1000000-0000-0000-0000-000000000001',
    projectId: PROJECT_ID,
    projectName: 'Cresco+',
    municipalityCode: '1496',
    status: 'screened',
    referringOrganisationId: AF,
    referringOrganisationName: 'Arbetsförmedlingen',
    person: { anonymous: true, sex: 'female', birthYear: 1990, identityNumberMasked: null },
    caseworker: { name: 'Lars Ek', email: 'lars.ek@example.se' },
    reason: 'Långvarigt utanför arbetsmarknaden.',
    background: null,
    knownToOrganisationIds: [AF, SOC],
    consent: { purposes: ['participation_sharing'], givenOn: '2026-11-02', organisationIds: [AF, SOC], formReference: 'Af-2026/0042' },
    eligibility: [
      { rule: 'age', passed: true, detail: '36 år; projektet tar emot 18–64 år' },
      { rule: 'known_agencies', passed: false, detail: '1 myndighet känner personen; projektet kräver minst 2' },
    ],
    boardMeetingDate: '2026-12-03',
    decision: null,
    enrollmentId: null,
    history: [],
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-03T09:00:00Z',
    version: 3,
    ...overrides,
  };
}

/** A client whose fetch answers the catalogue and delegates everything else to `handler`. */
export function mockClient(handler: (request: Request, path: string) => Promise<Response> | Response) {
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname.replace('/api/v1', '');
    if (request.method === 'GET' && path === '/projects') return jsonResponse(projects);
    if (request.method === 'GET' && path === '/organisations') return jsonResponse(organisations);
    if (request.method === 'GET' && path === '/municipalities')
      return jsonResponse([
        { code: '1496', name: 'Skövde', countyCode: '14', countyName: 'Västra Götalands län' },
        { code: '1499', name: 'Falköping', countyCode: '14', countyName: 'Västra Götalands län' },
      ]);
    return handler(request, path);
  });
  return { fetch, client: createApiClient({ getAccessToken: () => 'token', fetch }) };
}
