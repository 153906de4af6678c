import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import { ReferralForm } from '../referral-form';
import { AF, PROJECT_ID, SOC, mockClient, referral } from './fixtures';

function setup(handler: (request: Request) => Promise<Response> | Response) {
  const { fetch, client } = mockClient(handler);
  const onSubmitted = vi.fn();
  renderWithProviders(
    <ApiClientProvider client={client}>
      <ReferralForm caseworker={{ name: 'Lars Ek', email: 'lars.ek@example.se' }} onSubmitted={onSubmitted} onCancel={() => {}} />
    </ApiClientProvider>,
  );
  const posts = () => fetch.mock.calls.map(([r]) => r).filter((r) => r.method === 'POST');
  return { fetch, onSubmitted, posts };
}

async function fillAnonymous(user: ReturnType<typeof userEvent.setup>, { consent = true } = {}) {
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Projekt' }), PROJECT_ID);
  await user.selectOptions(screen.getByRole('combobox', { name: /^Kommun/ }), '1496');
  await user.click(screen.getByRole('radio', { name: 'Utan personnummer (anonym)' }));
  await user.type(screen.getByLabelText('Födelseår'), '1990');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Kön' }), 'female');
  await user.type(screen.getByLabelText('Skäl till remissen'), 'Behöver samordnat stöd.');
  await user.click(screen.getByRole('checkbox', { name: 'Arbetsförmedlingen' }));
  await user.click(screen.getByRole('checkbox', { name: 'Skövde kommun, socialtjänsten' }));
  if (consent) await user.click(screen.getByRole('checkbox', { name: 'Deltagande och informationsutbyte mellan myndigheterna' }));
}

describe('ReferralForm', { timeout: 30_000 }, () => {
  it('prefills the caseworker and lists only the project’s municipalities and partner agencies', async () => {
    setup(() => jsonResponse({}));
    expect(await screen.findByLabelText('Namn')).toHaveValue('Lars Ek');
    const municipality = screen.getByRole('combobox', { name: /^Kommun/ });
    expect(municipality).toBeDisabled();
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Projekt' }), PROJECT_ID);
    expect(within(municipality).getAllByRole('option').map((o) => o.textContent)).toEqual(['Välj kommun', 'Skövde', 'Falköping']);
    expect(screen.queryByRole('checkbox', { name: 'Samordningsförbundet Skaraborg' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Personnummer')).toHaveAccessibleDescription('ÅÅÅÅMMDD-NNNN');
  });

  it('requires consent to participation and sharing before sending anything', async () => {
    const { fetch } = setup(() => jsonResponse({}));
    const user = userEvent.setup();
    await fillAnonymous(user, { consent: false });
    await user.click(screen.getByRole('checkbox', { name: 'Registrering i SUS (Försäkringskassans uppföljningssystem)' }));
    await user.click(screen.getByRole('button', { name: 'Skicka remissen' }));
    expect(screen.getAllByText('Personen måste ha samtyckt till deltagande och informationsutbyte.').length).toBeGreaterThan(0);
    expect(fetch.mock.calls.filter(([r]) => r.method === 'POST')).toHaveLength(0);
  });

  it('posts the referral with an Idempotency-Key and reuses the key when retrying after a failure', async () => {
    let attempt = 0;
    const { posts, onSubmitted } = setup(() => {
      attempt += 1;
      if (attempt === 1) return problemResponse(503, { title: 'Service Unavailable', detail: 'Tjänsten svarar inte just nu.' });
      return jsonResponse(referral({ status: 'submitted' }), 201);
    });
    const user = userEvent.setup();
    await fillAnonymous(user);
    await user.click(screen.getByRole('button', { name: 'Skicka remissen' }));
    expect(await screen.findByText('Tjänsten svarar inte just nu.')).toBeInTheDocument();
    expect(screen.getByText(/Remissen skickas bara en gång/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Skicka remissen' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());

    const [first, second] = posts();
    const key = first!.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.headers.get('Idempotency-Key')).toBe(key);
    expect(new URL(first!.url).pathname).toBe('/api/v1/referrals');
    expect(first!.url).not.toMatch(/identity|\d{8}-\d{4}/);

    const body = await second!.json();
    expect(body).toEqual({
      projectId: PROJECT_ID,
      municipalityCode: '1496',
      person: { firstName: null, lastName: null, sex: 'female', birthYear: 1990, homeMunicipalityCode: null },
      caseworker: { name: 'Lars Ek', email: 'lars.ek@example.se', phone: null },
      reason: 'Behöver samordnat stöd.',
      background: null,
      knownToOrganisationIds: [AF, SOC],
      susEntry: null,
      consent: {
        purposes: ['participation_sharing'],
        givenOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        organisationIds: [AF, SOC],
        formReference: null,
      },
    });
  });

  it('sends the identity number only in the body and shows the API field errors on the right fields', async () => {
    const { posts } = setup(() =>
      problemResponse(422, {
        title: 'Ogiltiga uppgifter',
        detail: '2 invalid fields',
        errors: [
          { field: 'person.identityNumber', message: 'kontrollsiffran stämmer inte' },
          { field: 'consent.purposes', message: 'samtycke till deltagande krävs' },
        ],
      }),
    );
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Projekt' }), PROJECT_ID);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Kommun/ }), '1496');
    await user.type(screen.getByLabelText('Personnummer'), '19121212-1212');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kön' }), 'male');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sysselsättning' }), 'job_seeking');
    await user.click(screen.getByRole('checkbox', { name: 'Ekonomiskt bistånd' }));
    await user.type(screen.getByLabelText('Skäl till remissen'), 'Behöver stöd.');
    await user.click(screen.getByRole('checkbox', { name: 'Deltagande och informationsutbyte mellan myndigheterna' }));
    await user.click(screen.getByRole('button', { name: 'Skicka remissen' }));

    await waitFor(() => expect(screen.getByLabelText('Personnummer')).toHaveAccessibleDescription(expect.stringContaining('kontrollsiffran stämmer inte')));
    expect(screen.getByText('samtycke till deltagande krävs')).toBeInTheDocument();
    const [post] = posts();
    const body = await post!.json();
    expect(body.person).toMatchObject({ identityNumber: '19121212-1212', sex: 'male', birthYear: null });
    expect(body.susEntry).toEqual({ employmentStatus: 'job_seeking', extentPct: null, incomeSources: ['social_assistance'], monthsOnPublicSupport: null });
    expect(post!.url).not.toContain('19121212');
    expect(JSON.stringify(sessionStorage)).not.toContain('19121212');
    expect(JSON.stringify(localStorage)).not.toContain('19121212');
  });

  it('uses a new key after the API refused the request outright (nothing was created)', async () => {
    let attempt = 0;
    const { posts } = setup(() => {
      attempt += 1;
      return attempt === 1
        ? problemResponse(422, { title: 'Ogiltiga uppgifter', errors: [{ field: 'reason', message: 'för kort' }] })
        : jsonResponse(referral(), 201);
    });
    const user = userEvent.setup();
    await fillAnonymous(user);
    await user.click(screen.getByRole('button', { name: 'Skicka remissen' }));
    expect(await screen.findByText('för kort')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skicka remissen' }));
    await waitFor(() => expect(posts()).toHaveLength(2));
    expect(posts()[1]!.headers.get('Idempotency-Key')).not.toBe(posts()[0]!.headers.get('Idempotency-Key'));
  });
});
