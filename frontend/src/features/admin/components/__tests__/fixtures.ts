import { vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { jsonResponse } from '@/testing/test-utils';
import type { Organisation, Project, User } from '../../api/users';

export const CRESCO = '30000000-0000-0000-0000-000000000001';
export const MAC = '30000000-0000-0000-0000-000000000002';

const project = (id: string, name: string, municipalities: [string, string][]): Project => ({
  id,
  name,
  startDate: '2024-01-01',
  municipalities: municipalities.map(([municipalityCode, municipalityName]) => ({ municipalityCode, municipalityName, capacity: 10 })),
  eligibility: { minAge: 18, maxAge: 64, minKnownAgencies: 0 },
  instrumentIds: [],
  assessmentIntervalMonths: 3,
  maxStayMonths: 12,
  extensionMonths: 6,
  goals: {},
  budgets: [],
  version: 0,
});

export const projects: Project[] = [
  project(CRESCO, 'Cresco+', [
    ['1496', 'Skövde'],
    ['1499', 'Falköping'],
  ]),
  project(MAC, 'MAC', [['1496', 'Skövde']]),
];

export const organisations: Organisation[] = [
  { id: '40000000-0000-0000-0000-000000000001', code: 'fsk', name: 'Samordningsförbundet Skaraborg', type: 'federation' },
  { id: '40000000-0000-0000-0000-000000000002', code: 'af', name: 'Arbetsförmedlingen', type: 'employment_service' },
];

export const anna: User = {
  id: '5e9f1a00-0000-4000-8000-000000000001',
  username: 'anna',
  firstName: 'Anna',
  lastName: 'Lindqvist',
  email: 'anna.lindqvist@example.se',
  enabled: true,
  organisationCode: 'fsk',
  roles: ['coordinator'],
  assignments: [{ projectId: CRESCO, projectName: 'Cresco+', municipalityCodes: ['1496'] }],
  lastLoginAt: '2026-11-20T07:58:00Z',
};

/** An API client whose catalogue calls answer with the fixtures; everything else goes to `handler`. */
export function mockClient(handler: (request: Request, path: string) => Promise<Response> | Response) {
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname.replace('/api/v1', '');
    if (request.method === 'GET' && path === '/projects') return jsonResponse(projects);
    if (request.method === 'GET' && path === '/organisations') return jsonResponse(organisations);
    return handler(request, path);
  });
  return { fetch, client: createApiClient({ getAccessToken: () => 'token', fetch }) };
}
