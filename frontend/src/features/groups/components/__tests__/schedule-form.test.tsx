import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import { ScheduleForm } from '../schedule-form';

// Monday 2 March to Friday 13 March 2026: two weeks
const group = { id: 'g-1', startDate: '2026-03-02', endDate: '2026-03-13' };

function setup(handler: (request: Request) => Promise<Response> | Response) {
  const fetch = vi.fn(async (request: Request) => handler(request));
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  const onDone = vi.fn();
  const utils = renderWithProviders(
    <ApiClientProvider client={client}>
      <ScheduleForm group={group} onDone={onDone} onCancel={() => {}} />
    </ApiClientProvider>,
  );
  return { fetch, onDone, ...utils };
}

describe('ScheduleForm', { timeout: 20_000 }, () => {
  it('previews Tue + Thu 09:00–12:00 over the group’s two weeks and posts the schedule in calendar order', async () => {
    const { fetch, onDone } = setup(async () => jsonResponse({ created: [], skippedDates: ['2026-03-03'] }, 201));
    const user = userEvent.setup();
    expect(screen.getByLabelText('Från och med')).toHaveValue('2026-03-02');
    expect(screen.getByLabelText('Till och med')).toHaveValue('2026-03-13');
    // ticked out of order on purpose
    await user.click(screen.getByRole('checkbox', { name: 'Torsdag' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tisdag' }));
    await user.type(screen.getByLabelText('Starttid'), '9');
    await user.tab(); // "9" becomes 09:00 on leaving the field
    expect(screen.getByLabelText('Starttid')).toHaveValue('09:00');
    await user.type(screen.getByLabelText('Sluttid (valfritt)'), '12:00');
    await user.selectOptions(screen.getByLabelText('Del av dagen'), 'morning');
    expect(screen.getByText(/^Skapar 4 träffar:/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Skapa träffarna' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onDone.mock.calls[0]![0]).toEqual({ created: [], skippedDates: ['2026-03-03'] });
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/groups/g-1/sessions/schedule');
    expect(await request.json()).toEqual({
      fromDate: '2026-03-02',
      toDate: '2026-03-13',
      weekdays: ['tuesday', 'thursday'],
      partOfDay: 'morning',
      startTime: '09:00',
      endTime: '12:00',
      topic: null,
      location: null,
    });
  });

  it('needs a weekday and a time, an end after the start, and dates within the group', async () => {
    const { fetch } = setup(async () => jsonResponse({}));
    const user = userEvent.setup();
    const to = screen.getByLabelText('Till och med');
    await user.clear(to);
    await user.type(to, '2026-03-20');
    await user.type(screen.getByLabelText('Starttid'), '13:00');
    await user.type(screen.getByLabelText('Sluttid (valfritt)'), '12:00');
    await user.click(screen.getByRole('button', { name: 'Skapa träffarna' }));
    expect(screen.getAllByText('Välj minst en veckodag.').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Sluttiden måste vara efter starttiden.').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/kan inte vara efter gruppens slut/).length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says so when no date falls on the chosen weekdays, and shows an API problem in words', async () => {
    setup(async () => problemResponse(422, { title: 'Ogiltiga uppgifter', detail: 'Perioden ligger utanför gruppens datum.', errors: [] }));
    const user = userEvent.setup();
    const from = screen.getByLabelText('Från och med');
    const to = screen.getByLabelText('Till och med');
    await user.clear(from);
    await user.type(from, '2026-03-04');
    await user.clear(to);
    await user.type(to, '2026-03-05');
    await user.click(screen.getByRole('checkbox', { name: 'Måndag' }));
    expect(screen.getByText('Inga datum i perioden faller på de valda veckodagarna.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Onsdag' }));
    await user.selectOptions(screen.getByLabelText('Del av dagen'), 'afternoon');
    expect(screen.getByText(/^Skapar 1 träff:/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skapa träffarna' }));
    expect(await screen.findByText('Perioden ligger utanför gruppens datum.')).toBeInTheDocument();
  });
});
