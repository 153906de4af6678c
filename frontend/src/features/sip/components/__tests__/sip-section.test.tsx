import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, renderWithProviders } from '@/testing/test-utils';
import type { SipMeeting } from '../../api/sip';
import { SipSection } from '../sip-section';

const meeting: SipMeeting = {
  id: 'sip-1',
  enrollmentId: 'e-1',
  participantId: 'p-1',
  meetingDate: '2026-03-20',
  participants: [{ organisationName: 'Vårdcentralen Mariestad', role: 'Fast vårdkontakt' }],
  agreed: 'Vården utreder sömnproblem.',
  actionItems: [
    { who: 'Vårdcentralen', what: 'Utreda sömnproblem', done: false },
    { who: 'Socialtjänsten', what: 'Ansöka om boendestöd', dueDate: '2026-04-15', done: false },
  ],
  createdAt: '2026-03-20T14:00:00Z',
  version: 1,
};

function setup(readOnly = false) {
  // stored since the list was read: the healthcare item moved below a new one, and the meeting is at version 2
  const stored: SipMeeting = {
    ...meeting,
    actionItems: [{ who: 'Arbetsförmedlingen', what: 'Boka möte', done: false }, ...meeting.actionItems],
    version: 2,
  };
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'GET' && path.endsWith('/sip-meetings')) return jsonResponse([meeting]);
    if (request.method === 'GET') return new Response(JSON.stringify(stored), { headers: { 'Content-Type': 'application/json', ETag: '"2"' } });
    return jsonResponse({ ...stored, version: 3 });
  });
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  renderWithProviders(
    <ApiClientProvider client={client}>
      <SipSection enrollmentId="e-1" consentsHref="#consents" readOnly={readOnly} />
    </ApiClientProvider>,
  );
  return { fetch };
}

describe('SipSection action items', () => {
  it('marks the item done on the stored meeting, found by who and what, with its ETag', async () => {
    const { fetch } = setup();
    const table = await screen.findByRole('table', { name: /Åtgärder från SIP-mötet/ });
    await userEvent.click(within(table).getByRole('button', { name: 'Markera klar: Utreda sömnproblem' }));

    await waitFor(() => expect(fetch.mock.calls.some(([r]) => r.method === 'PUT')).toBe(true));
    const put = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    const body = await put.json();
    expect(body.actionItems.map((a: { what: string; done: boolean }) => [a.what, a.done])).toEqual([
      ['Boka möte', false],
      ['Utreda sömnproblem', true],
      ['Ansöka om boendestöd', false],
    ]);
    expect(body).toMatchObject({ meetingDate: '2026-03-20', agreed: 'Vården utreder sömnproblem.' });
  });

  it('offers no marking to a reader', async () => {
    setup(true);
    const table = await screen.findByRole('table', { name: /Åtgärder från SIP-mötet/ });
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });
});
