import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import { DecisionForm, EnrollForm } from '../action-forms';
import { EligibilityList } from '../eligibility-list';
import { mockClient, referral } from './fixtures';

function renderWith(handler: (request: Request) => Promise<Response> | Response, ui: React.ReactElement) {
  const { fetch, client } = mockClient(handler);
  renderWithProviders(<ApiClientProvider client={client}>{ui}</ApiClientProvider>);
  return fetch;
}

describe('DecisionForm', { timeout: 20_000 }, () => {
  it('requires a reason when the referral is declined', async () => {
    const onDone = vi.fn();
    const fetch = renderWith(() => jsonResponse(referral({ status: 'declined' })), (
      <DecisionForm referral={referral()} etag={'"3"'} onReload={async () => {}} onDone={onDone} />
    ));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Avslagen' }));
    expect(screen.getByLabelText('Skäl (krävs vid avslag och vilande)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    expect(screen.getAllByText(/Skriv ett skäl/).length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Skäl (krävs vid avslag och vilande)'), 'Uppfyller inte kravet på två kända parter.');
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const request = fetch.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe('/api/v1/referrals/a1000000-0000-0000-0000-000000000001/decision');
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toMatchObject({
      outcome: 'declined',
      reason: 'Uppfyller inte kravet på två kända parter.',
      plannedStartDate: null,
      groupStartName: null,
    });
  });

  it('does not require a reason when accepted and sends the planned start and group start', async () => {
    const onDone = vi.fn();
    const fetch = renderWith(() => jsonResponse(referral({ status: 'accepted' })), (
      <DecisionForm referral={referral()} etag={'"3"'} onReload={async () => {}} onDone={onDone} />
    ));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Beviljad' }));
    await user.type(screen.getByLabelText('Planerad start (valfritt)'), '2027-01-11');
    await user.type(screen.getByLabelText('Gruppstart (valfritt)'), 'Grupp januari 2027');
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await fetch.mock.calls[0]![0].json()).toMatchObject({ outcome: 'accepted', reason: null, plannedStartDate: '2027-01-11', groupStartName: 'Grupp januari 2027' });
  });

  it('on 412 shows the stale alert, keeps the values and reloads', async () => {
    const onReload = vi.fn(async () => {});
    renderWith(() => problemResponse(412, { title: 'Precondition Failed' }), (
      <DecisionForm referral={referral()} etag={'"2"'} onReload={onReload} onDone={() => {}} />
    ));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Vilande' }));
    await user.type(screen.getByLabelText('Skäl (krävs vid avslag och vilande)'), 'Inväntar läkarintyg.');
    await user.click(screen.getByRole('button', { name: 'Spara beslutet' }));
    expect(await screen.findByText('Någon annan har ändrat uppgifterna')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ladda om' }));
    expect(onReload).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByText('Någon annan har ändrat uppgifterna')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Skäl (krävs vid avslag och vilande)')).toHaveValue('Inväntar läkarintyg.');
    expect(screen.getByRole('radio', { name: 'Vilande' })).toBeChecked();
  });
});

describe('EnrollForm', { timeout: 20_000 }, () => {
  it('sends no coordinator, asks for an override reason on 409 capacity-exceeded and then enrolls', async () => {
    let attempt = 0;
    const onEnrolled = vi.fn();
    const fetch = renderWith(
      () => {
        attempt += 1;
        if (attempt === 1)
          return problemResponse(409, { type: 'https://stegvis.se/problems/capacity-exceeded', title: 'Konflikt', detail: 'Skövde har 20 av 20 platser belagda.' });
        return jsonResponse({ id: 'e-1', participantId: 'p-1' }, 201);
      },
      <EnrollForm referral={referral({ status: 'accepted' })} etag={'"4"'} onReload={async () => {}} onEnrolled={onEnrolled} />,
    );
    const user = userEvent.setup();
    expect(screen.queryByLabelText(/Skäl att skriva in/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skriv in' }));
    expect(await screen.findByText('Skövde har 20 av 20 platser belagda.')).toBeInTheDocument();
    const body1 = await fetch.mock.calls[0]![0].json();
    expect(body1).toMatchObject({ coordinatorUserId: null, capacityOverrideReason: null });
    expect(body1.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await user.type(screen.getByLabelText('Skäl att skriva in trots att platserna är fulla'), 'Gruppstart med extra handledare.');
    await user.click(screen.getByRole('button', { name: 'Skriv in' }));
    await waitFor(() => expect(onEnrolled).toHaveBeenCalledWith(expect.objectContaining({ participantId: 'p-1' })));
    expect(await fetch.mock.calls[1]![0].json()).toMatchObject({ capacityOverrideReason: 'Gruppstart med extra handledare.' });
  });
});

describe('EligibilityList', () => {
  it('shows each rule with its result in words and the detail text', () => {
    renderWithProviders(<EligibilityList results={referral().eligibility} />);
    const list = screen.getByRole('list', { name: 'Behörighetskontroll' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Ålder: Uppfyllt');
    expect(items[0]).toHaveTextContent('36 år; projektet tar emot 18–64 år');
    expect(items[1]).toHaveTextContent('Kända hos myndigheter: Inte uppfyllt');
    expect(items[1]).toHaveTextContent('1 myndighet känner personen; projektet kräver minst 2');
    // icons are decorative: the words carry the result
    expect(items[0]!.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says when the project has no requirements', () => {
    renderWithProviders(<EligibilityList results={[]} />);
    expect(screen.getByText('Projektet har inga krav att kontrollera.')).toBeInTheDocument();
  });
});
