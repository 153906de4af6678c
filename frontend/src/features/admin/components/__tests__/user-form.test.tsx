import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiClientProvider } from '@/lib/api-client-context';
import { ApiProblem } from '@/lib/api-problem';
import { renderWithProviders } from '@/testing/test-utils';
import { emptyUserValues, valuesFromUser } from '../../utils';
import { UserForm } from '../user-form';
import { CRESCO, anna, mockClient } from './fixtures';

function setup(props: Partial<Parameters<typeof UserForm>[0]> = {}) {
  const { client } = mockClient(() => new Response(null, { status: 404 }));
  const onSubmit = vi.fn();
  renderWithProviders(
    <ApiClientProvider client={client}>
      <UserForm mode="create" initial={emptyUserValues()} pending={false} error={null} onSubmit={onSubmit} onCancel={() => {}} {...props} />
    </ApiClientProvider>,
  );
  return { onSubmit };
}

describe('UserForm', { timeout: 30_000 }, () => {
  it('submits a new coordinator with an assignment to Cresco+ in Skövde', async () => {
    const user = userEvent.setup();
    const { onSubmit } = setup();
    await user.type(await screen.findByLabelText('Förnamn'), 'Olle');
    await user.type(screen.getByLabelText('Efternamn'), 'Nord');
    await user.type(screen.getByLabelText(/^Användarnamn/), 'olle.nord');
    await user.type(screen.getByLabelText('E-postadress'), 'olle.nord@example.se');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), 'fsk');
    await user.click(screen.getByRole('checkbox', { name: 'Samordnare' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till uppdrag' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Projekt/ }), CRESCO);
    const municipalities = screen.getByRole('group', { name: /Kommuner i Cresco\+/ });
    expect(within(municipalities).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['1496', '1499']);
    await user.click(within(municipalities).getByRole('checkbox', { name: 'Skövde' }));
    await user.click(screen.getByRole('button', { name: 'Skapa användare' }));

    expect(onSubmit).toHaveBeenCalledOnce();
    const values = onSubmit.mock.calls[0]![0];
    expect(values).toMatchObject({
      username: 'olle.nord',
      firstName: 'Olle',
      lastName: 'Nord',
      email: 'olle.nord@example.se',
      organisationCode: 'fsk',
      roles: ['coordinator'],
      sendInvitationEmail: false,
    });
    expect(values.assignments).toMatchObject([{ projectId: CRESCO, municipalityCodes: ['1496'] }]);
  });

  it('does not submit an incomplete form and lists what to correct', async () => {
    const user = userEvent.setup();
    const { onSubmit } = setup();
    await user.click(await screen.findByRole('button', { name: 'Skapa användare' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Rätta följande innan du fortsätter:')).toBeInTheDocument();
    expect(screen.getAllByText('Välj minst en roll.').length).toBeGreaterThan(0);
  });

  it('shows the API’s field errors on the fields and a taken username on the username', async () => {
    setup({
      error: new ApiProblem({
        status: 422,
        type: 'https://stegvis.se/problems/validation',
        errors: [{ field: 'assignments[0].projectId', message: 'no such project' }],
      }),
    });
    expect((await screen.findAllByText('no such project')).length).toBeGreaterThan(0);
  });

  it('shows 409 username-taken on the username field', async () => {
    setup({
      error: new ApiProblem({ status: 409, type: 'https://stegvis.se/problems/username-taken', detail: 'username: taken' }),
    });
    expect(await screen.findByText('Användarnamnet är upptaget.')).toBeInTheDocument();
  });

  it('shows an unavailable Keycloak as an error alert', async () => {
    setup({
      error: new ApiProblem({ status: 503, type: 'https://stegvis.se/problems/unavailable', detail: 'Keycloak cannot be reached; try again shortly' }),
    });
    expect(await screen.findByText('Keycloak cannot be reached; try again shortly')).toBeInTheDocument();
  });

  it('edits roles, organisation and the "Aktiv" switch, without the name fields', async () => {
    const user = userEvent.setup();
    const { onSubmit } = setup({ mode: 'edit', initial: valuesFromUser(anna) });
    expect(await screen.findByRole('combobox', { name: 'Organisation' })).toHaveValue('fsk');
    expect(screen.queryByLabelText('Förnamn')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /^Aktiv/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Analytiker' }));
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ enabled: false, roles: ['coordinator', 'analyst'], organisationCode: 'fsk' });
  });
});
