import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import type { Caseload, CaseloadItem } from '../../api/get-caseload';
import { CaseloadView } from '../caseload-view';

function item(overrides: Partial<CaseloadItem>): CaseloadItem {
  return {
    participantId: crypto.randomUUID(),
    enrollmentId: crypto.randomUUID(),
    firstName: 'Tolvan',
    lastName: 'Tolvansson',
    sex: 'male',
    birthYear: 1990,
    projectId: '30000000-0000-0000-0000-000000000001',
    projectName: 'Cresco+',
    municipalityCode: '1496',
    coordinator: null,
    phase: 'activity',
    startDate: '2026-01-12',
    plannedEndDate: '2026-07-12',
    lastAssessmentOn: null,
    nextAssessmentDue: null,
    activeCategories: [],
    flags: [],
    ...overrides,
  };
}

const caseload: Caseload = {
  counts: {
    total: 3,
    assessmentDue: 1,
    assessmentOverdue: 1,
    noJobFocusedIntervention: 2,
    noActiveIntervention: 0,
    planFollowUpDue: 0,
    endApproaching: 0,
  },
  items: [
    item({
      firstName: 'Örjan',
      lastName: 'Berg',
      nextAssessmentDue: '2026-04-15',
      activeCategories: ['health'],
      flags: ['assessment_overdue', 'no_job_focused_intervention'],
    }),
    item({ firstName: 'Anna', lastName: 'Åberg', nextAssessmentDue: '2026-03-01', flags: ['assessment_due'], activeCategories: ['job_focused'] }),
    item({ firstName: 'Bertil', lastName: 'Ek', nextAssessmentDue: '2026-05-20', flags: ['no_job_focused_intervention'] }),
  ],
};

function renderView(respond: () => Response) {
  const fetch = vi.fn(async (request: Request) =>
    request.url.endsWith('/caseload/follow-ups-due') ? jsonResponse([]) : respond(),
  );
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  renderWithProviders(
    <ApiClientProvider client={client}>
      <CaseloadView participantHref={(i) => `/deltagare/${i.participantId}`} />
    </ApiClientProvider>,
  );
  return fetch;
}

function firstColumn() {
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return rows.map((row) => within(row).getAllByRole('rowheader')[0]!.textContent);
}

describe('CaseloadView', () => {
  it('fetches GET /api/v1/caseload and shows counts, rows and flags as tags', async () => {
    const fetch = renderView(() => jsonResponse(caseload));
    expect(screen.getByRole('status')).toBeInTheDocument(); // loading
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(new URL(fetch.mock.calls[0]![0].url).pathname).toBe('/api/v1/caseload');

    expect(screen.getByTestId('count-total')).toHaveTextContent('3 Inskrivna deltagare');
    expect(screen.getByTestId('count-no_job_focused_intervention')).toHaveTextContent('2');

    const orjan = screen.getByRole('row', { name: /Örjan Berg/ });
    expect(within(orjan).getByText('Mätning försenad')).toBeInTheDocument();
    expect(within(orjan).getByText('Saknar arbetsinriktad insats')).toBeInTheDocument();
    expect(within(orjan).getByText('Hälsa')).toBeInTheDocument();
    expect(within(orjan).getByText('2026-04-15')).toBeInTheDocument(); // sv-SE date
    expect(screen.getByText('Visar 3 av 3 deltagare')).toBeInTheDocument();
  });

  it('sorts by next measurement by default and by name (Swedish collation) on click', async () => {
    renderView(() => jsonResponse(caseload));
    await screen.findByRole('table');
    expect(firstColumn()).toEqual(['Anna Åberg', 'Örjan Berg', 'Bertil Ek']);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Deltagare' }));
    expect(firstColumn()).toEqual(['Anna Åberg', 'Bertil Ek', 'Örjan Berg']);
    expect(screen.getByRole('columnheader', { name: 'Deltagare' })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: 'Deltagare' }));
    expect(firstColumn()).toEqual(['Örjan Berg', 'Bertil Ek', 'Anna Åberg']);
  });

  it('filters by flag and clears the filter with "Alla"', async () => {
    renderView(() => jsonResponse(caseload));
    await screen.findByRole('table');
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Saknar arbetsinriktad insats (2)' }));
    expect(firstColumn()).toEqual(['Örjan Berg', 'Bertil Ek']);
    expect(screen.getByText('Visar 2 av 3 deltagare')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Saknar arbetsinriktad insats (2)' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Ingen pågående insats (0)' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Inga deltagare matchar filtret.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Alla' }));
    expect(firstColumn()).toHaveLength(3);
  });

  it('shows an empty state', async () => {
    renderView(() => jsonResponse({ counts: { ...caseload.counts, total: 0 }, items: [] }));
    expect(await screen.findByText('Du har inga inskrivna deltagare just nu.')).toBeInTheDocument();
  });

  it('shows the problem detail when the API fails', async () => {
    renderView(() => problemResponse(403, { title: 'Forbidden', detail: 'Du saknar behörighet till projektet.' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Det gick inte att hämta dina deltagare')).toBeInTheDocument();
    expect(within(alert).getByText('Du saknar behörighet till projektet.')).toBeInTheDocument();
  });
});
