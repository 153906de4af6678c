import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import type { SessionAttendance } from '../../api/groups';
import { AttendanceForm } from '../attendance-form';

const entry = (n: number, name: string, status: SessionAttendance['entries'][number]['status'] = null) => ({
  memberId: `m-${n}`,
  enrollmentId: `e-${n}`,
  participantId: `p-${n}`,
  participantName: name,
  status,
});

const attendance: SessionAttendance = {
  sessionId: 's-1',
  groupId: 'g-1',
  sessionDate: '2026-03-03',
  sessionStatus: 'scheduled',
  recorded: false,
  entries: [entry(1, 'Ali Hassan'), entry(2, 'Sara Nilsson', 'absent_with_notice'), entry(3, 'Tove Ek')],
  attendance: { present: 0, absentWithNotice: 0, absent: 0, recorded: 0, rate: null },
  version: 0,
};

function setup(handler: (request: Request) => Promise<Response> | Response, initial = attendance) {
  const fetch = vi.fn(async (request: Request) => handler(request));
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  const onSaved = vi.fn();
  const utils = renderWithProviders(
    <ApiClientProvider client={client}>
      <AttendanceForm groupId="g-1" initial={{ attendance: initial, etag: '"0"' }} onSaved={onSaved} today="2026-03-10" />
    </ApiClientProvider>,
  );
  return { fetch, onSaved, ...utils };
}

const saved = (entries: SessionAttendance['entries'], version: number) =>
  new Response(JSON.stringify({ ...attendance, recorded: true, entries, version }), {
    status: 200,
    headers: { 'Content-Type': 'application/json', ETag: `"${version}"` },
  });

describe('AttendanceForm', { timeout: 20_000 }, () => {
  it('lists every member with one radio group, marks everyone present without undoing an absence, and saves in one PUT', async () => {
    const { fetch, onSaved } = setup(async (request) => {
      const body = (await request.clone().json()) as { entries: { enrollmentId: string; status: string }[] };
      return saved(attendance.entries.map((e) => ({ ...e, status: body.entries.find((b) => b.enrollmentId === e.enrollmentId)!.status as 'present' })), 1);
    });
    const user = userEvent.setup();
    const groups = screen.getAllByRole('radiogroup');
    expect(groups.map((g) => within(g).getAllByRole('radio').length)).toEqual([3, 3, 3]);
    expect(screen.getByRole('radiogroup', { name: 'Sara Nilsson' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Markera alla som närvarande' }));
    expect(within(screen.getByRole('radiogroup', { name: 'Ali Hassan' })).getByRole('radio', { name: 'Närvarande' })).toBeChecked();
    expect(within(screen.getByRole('radiogroup', { name: 'Sara Nilsson' })).getByRole('radio', { name: 'Frånvarande med anmälan' })).toBeChecked();
    // the keyboard moves the choice within a member
    const tove = within(screen.getByRole('radiogroup', { name: 'Tove Ek' }));
    tove.getByRole('radio', { name: 'Närvarande' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(tove.getByRole('radio', { name: 'Frånvarande' })).toBeChecked();
    expect(screen.getByText('Närvarande 1, frånvarande med anmälan 1, frånvarande 1, ej angivet 0')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara närvaron' }));
    expect(await screen.findByText('Närvaron är sparad.')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('PUT');
    expect(new URL(request.url).pathname).toBe('/api/v1/group-sessions/s-1/attendance');
    expect(request.headers.get('If-Match')).toBe('"0"');
    expect(await request.json()).toEqual({
      entries: [
        { enrollmentId: 'e-1', status: 'present', note: null },
        { enrollmentId: 'e-2', status: 'absent_with_notice', note: null },
        { enrollmentId: 'e-3', status: 'absent', note: null },
      ],
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it('names the members without a status and sends nothing', async () => {
    const { fetch } = setup(async () => jsonResponse({}));
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('radiogroup', { name: 'Ali Hassan' })).getByRole('radio', { name: 'Närvarande' }));
    await user.click(screen.getByRole('button', { name: 'Spara närvaron' }));
    expect(screen.getAllByText('Välj närvaro för Tove Ek.').length).toBeGreaterThan(0);
    expect(screen.queryByText('Välj närvaro för Ali Hassan.')).not.toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('on 412 keeps the choices, reloads the list and ETag, and saves again with the new ETag', async () => {
    let puts = 0;
    const { fetch } = setup(async (request) => {
      if (request.method === 'GET') {
        // someone else recorded Ali as absent meanwhile
        return new Response(JSON.stringify({ ...attendance, recorded: true, entries: [entry(1, 'Ali Hassan', 'absent'), ...attendance.entries.slice(1)], version: 2, recordedBy: { userId: 'u-2', name: 'Erik Svensson' }, recordedAt: '2026-03-03T11:00:00Z' }), {
          status: 200,
          headers: { 'Content-Type': 'application/json', ETag: '"2"' },
        });
      }
      puts += 1;
      if (puts === 1) return problemResponse(412, { title: 'Precondition Failed', detail: 'Närvaron har ändrats.' });
      return saved(attendance.entries.map((e) => ({ ...e, status: 'present' as const })), 3);
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Markera alla som närvarande' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Sara Nilsson' })).getByRole('radio', { name: 'Närvarande' }));
    await user.click(screen.getByRole('button', { name: 'Spara närvaron' }));

    expect(await screen.findByText('Någon annan har ändrat uppgifterna')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ladda om' }));
    expect(await screen.findByText(/Dina val finns kvar/)).toBeInTheDocument();
    expect(screen.getByText(/av Erik Svensson/)).toBeInTheDocument();
    // the user's choice (present) wins over what was saved meanwhile
    expect(within(screen.getByRole('radiogroup', { name: 'Ali Hassan' })).getByRole('radio', { name: 'Närvarande' })).toBeChecked();
    expect(within(screen.getByRole('radiogroup', { name: 'Sara Nilsson' })).getByRole('radio', { name: 'Närvarande' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Spara närvaron' }));
    await screen.findByText('Närvaron är sparad.');
    const lastPut = fetch.mock.calls.filter(([r]) => r.method === 'PUT').at(-1)![0];
    expect(lastPut.headers.get('If-Match')).toBe('"2"');
    expect((await lastPut.json()).entries.map((e: { status: string }) => e.status)).toEqual(['present', 'present', 'present']);
  });

  it('shows the API problem in words', async () => {
    setup(async () => problemResponse(409, { title: 'Conflict', detail: 'Träffen är inställd.' }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Markera alla som närvarande' }));
    await user.click(screen.getByRole('button', { name: 'Spara närvaron' }));
    expect(await screen.findByText('Träffen är inställd.')).toBeInTheDocument();
    expect(screen.getByText('Det gick inte att spara närvaron')).toBeInTheDocument();
  });

  it('does not offer a form for a session that has not taken place or is cancelled', () => {
    setup(async () => jsonResponse({}), { ...attendance, sessionDate: '2026-03-12' });
    expect(screen.getByText(/Träffen har inte ägt rum ännu/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara närvaron' })).not.toBeInTheDocument();
  });
});
