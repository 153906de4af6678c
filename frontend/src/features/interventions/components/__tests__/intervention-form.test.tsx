import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import type { Intervention, InterventionType } from '../../api/interventions';
import { InterventionForm } from '../intervention-form';

const types: InterventionType[] = [
  { id: 't-job', code: 'work_training', name: 'Arbetsträning', nameEn: 'Work training', category: 'job_focused', active: true },
  { id: 't-gym', code: 'gym', name: 'Gym', nameEn: 'Gym', category: 'health', active: true },
];

const existing: Intervention = {
  id: 'i-1',
  enrollmentId: 'e-1',
  typeId: 't-job',
  typeName: 'Arbetsträning',
  category: 'job_focused',
  providerName: 'Returbutiken',
  startDate: '2026-03-02',
  plannedEndDate: '2026-06-30',
  hoursPerWeek: 15,
  status: 'ongoing',
  version: 3,
};

function setup(handler: (request: Request) => Promise<Response> | Response, props: Partial<Parameters<typeof InterventionForm>[0]> = {}) {
  const fetch = vi.fn(async (request: Request) => handler(request));
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  const onDone = vi.fn();
  const utils = renderWithProviders(
    <ApiClientProvider client={client}>
      <InterventionForm enrollmentId="e-1" types={types} onDone={onDone} onCancel={() => {}} {...props} />
    </ApiClientProvider>,
  );
  return { fetch, onDone, ...utils };
}

describe('InterventionForm', { timeout: 20_000 }, () => {
  it('groups types by category and posts a new intervention, invalidating the caseload', async () => {
    const { fetch, onDone, queryClient } = setup(async () => jsonResponse({ ...existing, id: 'new' }, 201));
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const user = userEvent.setup();
    const select = screen.getByLabelText('Insats');
    expect(select.querySelector('optgroup[label="Arbetsinriktad"]')).not.toBeNull();
    await user.selectOptions(select, 't-job');
    await user.type(screen.getByLabelText('Anordnare'), 'Returbutiken');
    await user.type(screen.getByLabelText('Timmar per vecka (valfritt)'), '12,5');
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/enrollments/e-1/interventions');
    const body = await request.json();
    expect(body).toMatchObject({ typeId: 't-job', providerName: 'Returbutiken', hoursPerWeek: 12.5, status: 'ongoing', plannedEndDate: null });
    expect(body.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['caseload'] });
  });

  it('requires a type before sending anything', async () => {
    const { fetch } = setup(async () => jsonResponse({}));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(screen.getAllByText('Välj vilken insats det gäller.').length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the API problem errors[].field on the right fields', async () => {
    setup(async () =>
      problemResponse(422, {
        title: 'Ogiltiga uppgifter',
        detail: '1 invalid field',
        errors: [{ field: 'plannedEndDate', message: 'måste vara efter startdatum' }],
      }),
    );
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Insats'), 't-gym');
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));
    const field = await screen.findByLabelText('Planerat slutdatum (valfritt)');
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining('måste vara efter startdatum')));
  });

  it('on 412 keeps what the user typed, reloads the ETag and resubmits with it', async () => {
    let puts = 0;
    const { fetch, onDone } = setup(
      async (request) => {
        if (request.method === 'GET') {
          return new Response(JSON.stringify({ ...existing, status: 'paused', version: 4 }), {
            status: 200,
            headers: { 'Content-Type': 'application/json', ETag: '"4"' },
          });
        }
        puts += 1;
        if (puts === 1) return problemResponse(412, { title: 'Precondition Failed', detail: 'Versionen är inaktuell.' });
        return new Response(JSON.stringify({ ...existing, version: 5 }), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"5"' } });
      },
      { existing: { intervention: existing, etag: '"3"' } },
    );
    const user = userEvent.setup();
    const provider = screen.getByLabelText('Anordnare');
    await user.clear(provider);
    await user.type(provider, 'Stadsmissionen');
    await user.selectOptions(screen.getByLabelText('Status'), 'completed');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Någon annan har ändrat uppgifterna')).toBeInTheDocument();
    expect(fetch.mock.calls[0]![0].headers.get('If-Match')).toBe('"3"');
    await user.click(screen.getByRole('button', { name: 'Ladda om' }));

    // the new server values are shown next to the form, the typed values are untouched
    expect(await screen.findByText(/Senast sparat av någon annan: Pausad/)).toBeInTheDocument();
    expect(screen.queryByText('Någon annan har ändrat uppgifterna')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Anordnare')).toHaveValue('Stadsmissionen');
    expect(screen.getByLabelText('Status')).toHaveValue('completed');

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const lastPut = fetch.mock.calls.filter(([r]) => r.method === 'PUT').at(-1)![0];
    expect(lastPut.headers.get('If-Match')).toBe('"4"');
    expect(await lastPut.json()).toMatchObject({ providerName: 'Stadsmissionen', status: 'completed' });
  });
});
