import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import { SipMeetingForm } from '../sip-meeting-form';

const VGR = '40000000-0000-0000-0000-000000000006';

function setup(post: (request: Request) => Promise<Response> | Response) {
  const fetch = vi.fn(async (request: Request) => {
    if (request.method === 'GET') return jsonResponse([{ id: VGR, code: 'vgr', name: 'Västra Götalandsregionen', type: 'healthcare' }]);
    return post(request);
  });
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const utils = renderWithProviders(
    <ApiClientProvider client={client}>
      <SipMeetingForm enrollmentId="e-1" consentsHref="#consents-p-1" onDone={onDone} onCancel={onCancel} today="2026-03-20" />
    </ApiClientProvider>,
  );
  return { fetch, onDone, onCancel, ...utils };
}

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: 'Västra Götalandsregionen' });
  await user.selectOptions(screen.getByLabelText('Organisation'), VGR);
  await user.type(screen.getByLabelText('Roll'), 'Fast vårdkontakt');
  await user.click(screen.getByRole('button', { name: 'Lägg till organisation' }));
  const organisations = screen.getAllByLabelText('Organisation');
  await user.selectOptions(organisations[1]!, 'other');
  await user.type(screen.getByLabelText('Organisationens namn'), 'Vårdcentralen Mariestad');
  await user.type(screen.getAllByLabelText('Roll')[1]!, 'Läkare');
  await user.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
  await user.type(screen.getByLabelText('Vem gör det'), 'Socialtjänsten');
  await user.type(screen.getByLabelText('Vad ska göras'), 'Ansöka om boendestöd');
}

describe('SipMeetingForm', { timeout: 60_000 }, () => {
  it('posts the organisations (known by id, others by name), the agreement and the actions', async () => {
    const { fetch, onDone } = setup(async () => jsonResponse({ id: 'sip-1', meetingDate: '2026-03-20' }, 201));
    const user = userEvent.setup();
    await fill(user);
    await user.type(screen.getByLabelText('Vad kom ni överens om? (valfritt)'), 'Vården utreder sömnproblem.');
    await user.click(screen.getByRole('button', { name: 'Spara SIP-mötet' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const request = fetch.mock.calls.find(([r]) => r.method === 'POST')![0];
    expect(new URL(request.url).pathname).toBe('/api/v1/enrollments/e-1/sip-meetings');
    expect(await request.json()).toEqual({
      meetingDate: '2026-03-20',
      participants: [
        { organisationId: VGR, organisationName: null, role: 'Fast vårdkontakt', personName: null },
        { organisationId: null, organisationName: 'Vårdcentralen Mariestad', role: 'Läkare', personName: null },
      ],
      agreed: 'Vården utreder sömnproblem.',
      actionItems: [{ who: 'Socialtjänsten', what: 'Ansöka om boendestöd', dueDate: null, done: false }],
      nextMeetingDate: null,
    });
  });

  it('says in words that the SIP consent is missing and points to the consents', async () => {
    const { onCancel } = setup(async () =>
      problemResponse(422, { title: 'Ogiltiga uppgifter', detail: '1 invalid field', errors: [{ field: 'consent', message: 'no active SIP consent on 2026-03-20' }] }),
    );
    const user = userEvent.setup();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Spara SIP-mötet' }));
    expect(await screen.findByText('Deltagaren saknar SIP-samtycke')).toBeInTheDocument();
    expect(screen.getByText(/Registrera samtycket under Samtycken/)).toBeInTheDocument();
    expect(screen.queryByText('1 invalid field')).not.toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Gå till samtyckena' });
    expect(link).toHaveAttribute('href', '#consents-p-1');
    await user.click(link);
    expect(onCancel).toHaveBeenCalled();
  });

  it('requires an organisation and a role per participant before sending', async () => {
    const { fetch } = setup(async () => jsonResponse({}));
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Västra Götalandsregionen' });
    await user.click(screen.getByRole('button', { name: 'Spara SIP-mötet' }));
    expect(screen.getAllByText('Välj organisation eller skriv dess namn.').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Ange rollen.').length).toBeGreaterThan(0);
    expect(fetch.mock.calls.filter(([r]) => r.method === 'POST')).toHaveLength(0);
  });
});
