import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, renderWithProviders } from '@/testing/test-utils';
import type { WellbeingChange } from '../../api/wellbeing';
import { WellbeingSection } from '../wellbeing-section';

const WB = '20000000-0000-0000-0000-000000000003';

const change: WellbeingChange = {
  enrollmentId: 'e-1',
  exited: true,
  endDate: '2026-06-12',
  instruments: [
    {
      instrumentId: WB,
      instrumentCode: 'WELLBEING',
      instrumentName: 'Självskattat välbefinnande',
      assessmentCount: 3,
      first: { assessmentId: 'a-1', assessedOn: '2026-02-02', mean: 2.33 },
      last: { assessmentId: 'a-3', assessedOn: '2026-06-12', mean: 3.67 },
      items: [
        { itemKey: 'health', label: 'Självskattad hälsa', labelEn: 'Self-rated health', first: 2, last: 4, change: 2 },
        { itemKey: 'sleep', label: 'Sömn', labelEn: 'Sleep', first: 3, last: 2, change: -1 },
      ],
      meanChange: 1.34,
      improved: true,
    },
  ],
};

function setup(body: WellbeingChange) {
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/wellbeing-change')) return jsonResponse(body);
    return jsonResponse([{ id: WB, code: 'WELLBEING', version: 1, name: 'Självskattat välbefinnande', nameEn: 'Self-rated well-being', purpose: 'wellbeing', scale: { min: 1, max: 5, steps: [] }, items: [] }]);
  });
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  return renderWithProviders(
    <ApiClientProvider client={client}>
      <WellbeingSection enrollmentId="e-1" instrumentIds={[WB]} recordHref={(id) => `/deltagare/p-1/matning/ny?enrollment=e-1&instrument=${id}`} />
    </ApiClientProvider>,
  );
}

describe('WellbeingSection', { timeout: 20_000 }, () => {
  it('shows the change from start to exit per question and for the mean, as a table', async () => {
    setup(change);
    const table = await screen.findByRole('table', { name: /Självskattat välbefinnande: skattning per fråga och medelvärde/ });
    expect(within(table).getByRole('row', { name: /Självskattad hälsa 2 4 \+2/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Sömn 3 2 −1/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Medelvärde 2,3 3,7 \+1,3/ })).toBeInTheDocument();
    expect(screen.getByText('Från inskrivning till avslut (2026-06-12).')).toBeInTheDocument();
    expect(screen.getByText('Förbättrat')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /första och senaste skattningen per fråga/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Registrera mående' })).toHaveAttribute('href', `/deltagare/p-1/matning/ny?enrollment=e-1&instrument=${WB}`);
  });

  it('explains that the change needs two ratings', async () => {
    setup({ ...change, exited: false, endDate: null, instruments: [{ ...change.instruments[0]!, assessmentCount: 1, last: null, meanChange: null, improved: null }] });
    expect(await screen.findByText(/Förändringen syns när det finns två skattningar/)).toBeInTheDocument();
  });
});
