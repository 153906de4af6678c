import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import type { Instrument } from '@/lib/catalogue';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import type { Assessment } from '../../api/assessments';
import { formatChange, indicatorRows, toAssessmentInput, validateAssessment } from '../../utils';
import { AssessmentForm } from '../assessment-form';
import { ChangeTable } from '../assessments-section';

const instrument: Instrument = {
  id: 'bip',
  code: 'BIP11',
  version: 1,
  name: 'BIP – elva indikatorer',
  nameEn: 'BIP – eleven indicators',
  purpose: 'progression',
  scale: {
    min: 1,
    max: 5,
    steps: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: ['Mycket låg', 'Låg', 'Medel', 'Hög', 'Mycket hög'][v - 1]!, labelEn: `L${v}` })),
  },
  items: [
    { id: 'i1', key: 'job_search', position: 1, label: 'Jobbsökningsbeteende', labelEn: 'Job search', participantRates: true, coordinatorRates: true, predictsEmployment: true },
    { id: 'i7', key: 'coordinator_belief', position: 7, label: 'Handledarens tilltro', labelEn: 'Belief', participantRates: false, coordinatorRates: true, predictsEmployment: true },
  ],
};

function assessment(overrides: Partial<Assessment>): Assessment {
  return {
    id: crypto.randomUUID(),
    enrollmentId: 'e-1',
    instrumentId: 'bip',
    instrumentCode: 'BIP11',
    assessedOn: '2026-01-15',
    ratings: [],
    changeSincePrevious: [],
    changeSinceFirst: [],
    lowestItems: [],
    version: 1,
    ...overrides,
  };
}

const first = assessment({ assessedOn: '2026-01-15', ratings: [{ itemKey: 'job_search', participant: 2, coordinator: 2 }, { itemKey: 'coordinator_belief', coordinator: 3 }] });
const latest = assessment({
  assessedOn: '2026-04-14',
  ratings: [{ itemKey: 'job_search', participant: 3, coordinator: 4 }, { itemKey: 'coordinator_belief', coordinator: 2 }],
  changeSinceFirst: [{ itemKey: 'job_search', participant: 1, coordinator: 2 }, { itemKey: 'coordinator_belief', participant: null, coordinator: -1 }],
  lowestItems: ['coordinator_belief'],
});

describe('assessment utils', () => {
  it('formats changes with a sign and leaves missing ones out', () => {
    expect(formatChange(2)).toBe('+2');
    expect(formatChange(-1)).toBe('\u22121');
    expect(formatChange(0)).toBe('\u00b10');
    expect(formatChange(null)).toBeUndefined();
  });

  it('validates the date (not in future) and requires at least one rating', () => {
    const today = '2026-04-20';
    const isIso = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
    expect(validateAssessment({ assessedOn: '2026-04-21', comment: '', ratings: {} }, today, isIso)).toEqual({ assessedOn: 'future', ratings: 'required' });
    expect(validateAssessment({ assessedOn: '20/4', comment: '', ratings: { job_search: { participant: '3', coordinator: '' } } }, today, isIso)).toEqual({ assessedOn: 'invalid' });
    expect(validateAssessment({ assessedOn: today, comment: '', ratings: { job_search: { participant: '', coordinator: '2' } } }, today, isIso)).toEqual({});
  });

  it('builds the payload from rated items only and never sends a rater the item does not allow', () => {
    const body = toAssessmentInput(instrument, {
      assessedOn: '2026-04-20',
      comment: '  ',
      ratings: { coordinator_belief: { participant: '4', coordinator: '3' }, job_search: { participant: '', coordinator: '' } },
    });
    expect(body).toEqual({ instrumentId: 'bip', assessedOn: '2026-04-20', comment: null, ratings: [{ itemKey: 'coordinator_belief', participant: null, coordinator: 3 }] });
  });
});

describe('ChangeTable', () => {
  it('shows latest ratings, the change since the first and marks the lowest items', () => {
    render(<ChangeTable rows={indicatorRows(instrument, [first, latest], 'sv')} several caption="BIP" />);
    const job = screen.getByRole('row', { name: /Jobbsökningsbeteende/ });
    expect(within(job).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '+1', '4', '+2']);
    expect(within(job).queryByText('Lägst')).not.toBeInTheDocument();
    const belief = screen.getByRole('row', { name: /Handledarens tilltro/ });
    expect(within(belief).getByText('Lägst')).toBeInTheDocument();
    expect(within(belief).getAllByRole('cell').map((c) => c.textContent)).toEqual(['–', '–', '2', '\u22121']);
  });
});

describe('AssessmentForm', { timeout: 20_000 }, () => {
  function setup(handler: (r: Request) => Response | Promise<Response>) {
    const fetch = vi.fn(async (request: Request) => handler(request));
    const client = createApiClient({ getAccessToken: () => 'token', fetch });
    const onSaved = vi.fn();
    renderWithProviders(
      <ApiClientProvider client={client}>
        <AssessmentForm enrollmentId="e-1" instrument={instrument} previous={[first, latest]} onSaved={onSaved} onCancel={() => {}} today="2026-04-20" />
      </ApiClientProvider>,
    );
    return { fetch, onSaved };
  }

  it('shows the previous ratings and disables the participant for a coordinator-only item', () => {
    setup(() => jsonResponse({}));
    expect(screen.getByText('Förra mätningen (2026-04-14): deltagare 3, samordnare 4')).toBeInTheDocument();
    const group = screen.getByText('Deltagarens skattning: Handledarens tilltro').closest('fieldset')!;
    for (const radio of within(group).getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(within(group).getByText('Deltagaren skattar inte den här indikatorn.')).toBeInTheDocument();
  });

  it('validates as the user types and refuses to send without a rating', async () => {
    const { fetch } = setup(() => jsonResponse({}));
    const user = userEvent.setup();
    const date = screen.getByLabelText('Mätdatum');
    await user.clear(date);
    await user.type(date, '2026-05-01');
    expect(screen.getByText('Mätdatumet kan inte vara i framtiden.')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '2026-04-18');
    expect(screen.queryByText('Mätdatumet kan inte vara i framtiden.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara mätningen' }));
    expect(screen.getAllByText('Skatta minst en indikator.').length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('submits one POST with the chosen ratings and maps server field errors to the item', async () => {
    let calls = 0;
    const { fetch, onSaved } = setup(() => {
      calls += 1;
      return calls === 1
        ? problemResponse(422, { title: 'Ogiltiga uppgifter', errors: [{ field: 'ratings[1].coordinator', message: 'måste vara mellan 1 och 5' }] })
        : jsonResponse(latest, 201);
    });
    const user = userEvent.setup();
    const jobP = screen.getByRole('radiogroup', { name: 'Deltagarens skattning: Jobbsökningsbeteende' });
    await user.click(within(jobP).getByRole('radio', { name: '4 – Hög' }));
    const beliefC = screen.getByRole('radiogroup', { name: 'Samordnarens skattning: Handledarens tilltro' });
    await user.click(within(beliefC).getByRole('radio', { name: '2 – Låg' }));
    await user.click(screen.getByRole('button', { name: 'Spara mätningen' }));

    expect(await within(beliefC).findByText('måste vara mellan 1 och 5', {}, { timeout: 5000 })).toBeInTheDocument();
    const body = await fetch.mock.calls[0]![0].json();
    expect(body).toEqual({
      instrumentId: 'bip',
      assessedOn: '2026-04-20',
      comment: null,
      ratings: [
        { itemKey: 'job_search', participant: 4, coordinator: null },
        { itemKey: 'coordinator_belief', participant: null, coordinator: 2 },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Spara mätningen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
