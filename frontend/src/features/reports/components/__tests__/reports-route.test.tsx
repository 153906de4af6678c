import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClientProvider } from '@/lib/api-client-context';
import type { CurrentUser } from '@/lib/auth';
import { problemResponse, renderWithProviders } from '@/testing/test-utils';
import { PeriodReportRoute, ReportsRoute } from '@/app/routes/reports';
import { mockReportsClient } from './fixtures';

let currentUser: CurrentUser | undefined;
vi.mock('@/lib/auth', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/auth')>()), useCurrentUser: () => currentUser }));

const ROUTE = '/rapporter?typ=kvartal&fran=2026-07-01&till=2026-09-30&jamfor=foregaende';

function renderReports(client: ReturnType<typeof mockReportsClient>['client'], route = ROUTE, print = false) {
  return renderWithProviders(<ApiClientProvider client={client}>{print ? <PeriodReportRoute /> : <ReportsRoute />}</ApiClientProvider>, { route });
}

describe('/rapporter', { timeout: 30_000 }, () => {
  beforeEach(() => {
    currentUser = { name: 'Sara Analytiker', roles: ['analyst'] };
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks for the chosen quarter with the previous one as comparison and shows figures by sex', async () => {
    const { fetch, client } = mockReportsClient();
    renderReports(client);
    const section = await screen.findByRole('region', { name: 'Deltagare' });
    // the chart's table alternative repeats the rows (collapsed by CSS in a browser)
    const [row] = await within(section).findAllByRole('row', { name: /Började under perioden/ });
    expect(within(row!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['12', '9', '0', '21', '+2']);
    const url = fetch.mock.calls.map(([r]) => new URL(r.url)).find((u) => u.pathname.endsWith('/reports/participants'))!;
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: '2026-07-01', to: '2026-09-30', compareFrom: '2026-04-01', compareTo: '2026-06-30' });
    // a hidden cell for the analyst
    expect(within(section).getAllByText('dolt, färre än 5').length).toBeGreaterThan(0);
    const outcomes = await screen.findByRole('region', { name: 'Resultat vid avslut' });
    expect(await within(outcomes).findByText(/Mål 30\s%, utfall 28\s%/)).toBeInTheDocument();
    expect(within(outcomes).getByText('Målet inte nått')).toBeInTheDocument();
    // analysts get no SUS list (personal data)
    expect(screen.queryByRole('button', { name: /SUS-listan/ })).not.toBeInTheDocument();
  });

  it('downloads an export through the client, with the token in the header and not the address', async () => {
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { fetch, client } = mockReportsClient((_, path) =>
      path === '/reports/export'
        ? new Response('\ufeffRad;Kvinnor\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="deltagare.csv"' } })
        : undefined,
    );
    renderReports(client);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ladda ner deltagartabellen som CSV' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const request = fetch.mock.calls.map(([r]) => r).find((r) => r.url.includes('/reports/export'))!;
    expect(request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(request.url).not.toContain('token');
    expect(Object.fromEntries(new URL(request.url).searchParams)).toEqual({ table: 'participants', format: 'csv', from: '2026-07-01', to: '2026-09-30' });
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('deltagare.csv');
  });

  it('offers the SUS-ready list to a project manager', async () => {
    currentUser = { name: 'Maria Holm', roles: ['project-manager'] };
    const { client } = mockReportsClient();
    renderReports(client);
    expect(await screen.findByRole('button', { name: 'Ladda ner SUS-listan som CSV' })).toBeInTheDocument();
  });

  it('says in words why a report failed', async () => {
    const { client } = mockReportsClient((_, path) =>
      path === '/reports/outcomes' ? problemResponse(422, { title: 'Unprocessable', detail: 'Perioden får vara högst tio år.' }) : undefined,
    );
    renderReports(client);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Det gick inte att hämta resultaten vid avslut')).toBeInTheDocument();
    expect(within(alert).getByText('Perioden får vara högst tio år.')).toBeInTheDocument();
  });

  it('changes the period with the presets', async () => {
    const { fetch, client } = mockReportsClient();
    renderReports(client);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'År' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'År' }), '2025');
    await vi.waitFor(() => {
      const last = fetch.mock.calls.map(([r]) => new URL(r.url)).filter((u) => u.pathname.endsWith('/reports/participants')).at(-1)!;
      expect(Object.fromEntries(last.searchParams)).toMatchObject({ from: '2025-01-01', to: '2025-12-31', compareFrom: '2024-01-01', compareTo: '2024-12-31' });
    });
  });

  it('prints the period report with main figures and goal attainment', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { client } = mockReportsClient();
    renderReports(client, '/rapporter/periodrapport?typ=kvartal&fran=2026-07-01&till=2026-09-30&jamfor=ingen', true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Periodrapport till styrgruppen' })).toBeInTheDocument();
    expect((await screen.findAllByRole('row', { name: /Mottagna remisser/ })).length).toBeGreaterThan(0);
    expect(screen.getByText('Målet nått')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
