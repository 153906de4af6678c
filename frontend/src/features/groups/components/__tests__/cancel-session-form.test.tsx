import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, renderWithProviders } from '@/testing/test-utils';
import type { GroupSession } from '../../api/groups';
import { CancelSessionForm } from '../cancel-session-form';

const session: GroupSession = {
  id: 's-1',
  groupId: 'g-1',
  sessionDate: '2026-03-03',
  partOfDay: 'morning',
  startTime: '09:00',
  endTime: '12:00',
  topic: 'Studiebesök',
  status: 'scheduled',
  attendanceRecorded: false,
  attendance: { present: 0, absentWithNotice: 0, absent: 0, recorded: 0, rate: null },
  version: 2,
};

function setup() {
  // the stored session changed since the list was read: a location was added (version 3)
  const stored = { ...session, location: 'Kulturhuset', version: 3 };
  const fetch = vi.fn(async (request: Request) => {
    if (request.method === 'GET') return new Response(JSON.stringify(stored), { headers: { 'Content-Type': 'application/json', ETag: '"3"' } });
    return jsonResponse({ ...stored, status: 'cancelled', version: 4 });
  });
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  const onDone = vi.fn();
  renderWithProviders(
    <ApiClientProvider client={client}>
      <CancelSessionForm session={session} onDone={onDone} onCancel={vi.fn()} />
    </ApiClientProvider>,
  );
  return { fetch, onDone };
}

describe('CancelSessionForm', () => {
  it('asks for the reason before anything is sent', async () => {
    const { fetch } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Ställ in träffen' }));
    expect(await screen.findByText('Ange skäl.')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('cancels on the stored session with its ETag, keeping what was changed meanwhile', async () => {
    const { fetch, onDone } = setup();
    await userEvent.type(screen.getByRole('textbox', { name: 'Skäl' }), 'Ledaren är sjuk');
    await userEvent.click(screen.getByRole('button', { name: 'Ställ in träffen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const put = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!;
    expect(new URL(put.url).pathname).toMatch(/\/group-sessions\/s-1$/);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toMatchObject({
      sessionDate: '2026-03-03',
      startTime: '09:00',
      location: 'Kulturhuset',
      status: 'cancelled',
      cancellationReason: 'Ledaren är sjuk',
    });
  });
});
