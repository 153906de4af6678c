import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClientProvider } from '@/lib/api-client-context';
import type { CurrentUser } from '@/lib/auth';
import { jsonResponse, renderWithProviders } from '@/testing/test-utils';
import { ReferralsRoute } from '@/app/routes/referrals';
import { mockClient, referral } from './fixtures';

let currentUser: CurrentUser | undefined;
vi.mock('@/lib/auth', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/auth')>()), useCurrentUser: () => currentUser }));

const page1 = {
  items: [
    referral({ id: 'r-1', status: 'submitted', boardMeetingDate: null }),
    referral({
      id: 'r-2',
      status: 'declined',
      person: { anonymous: false, sex: 'male', firstName: 'Tolvan', lastName: 'Tolvansson', identityNumberMasked: '19121212-****' },
      decision: { outcome: 'declined', decidedOn: '2026-12-03', reason: 'Uppfyller inte kravet på två kända parter.' },
    }),
  ],
  nextCursor: 'c2',
};
const page2 = { items: [referral({ id: 'r-3', status: 'enrolled' })], nextCursor: null };

function renderRoute() {
  const { fetch, client } = mockClient((request) => {
    const url = new URL(request.url);
    return jsonResponse(url.searchParams.get('cursor') === 'c2' ? page2 : page1);
  });
  renderWithProviders(
    <ApiClientProvider client={client}>
      <ReferralsRoute />
    </ApiClientProvider>,
    { route: '/remisser' },
  );
  return fetch;
}

describe('/remisser by role', { timeout: 20_000 }, () => {
  beforeEach(() => {
    currentUser = undefined;
  });

  it('shows the project manager the inbox with status tags, filters, the board link and cursor pagination', async () => {
    currentUser = { name: 'Maria Holm', roles: ['project-manager'] };
    const fetch = renderRoute();
    const table = await screen.findByRole('table', { name: 'Remisser, senast ändrade först' });
    expect(screen.getByText('Remisser till dina projekt. Den senast ändrade remissen visas först.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Beredningsmöten' })).toHaveAttribute('href', '/remisser/beredning');
    expect(screen.queryByRole('link', { name: 'Skicka ny remiss' })).not.toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Remitterande' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Anonym person, född 1990' })).toHaveAttribute('href', '/remisser/r-1');
    expect(within(table).getByText('Inkommen')).toBeInTheDocument();
    expect(within(table).getByText('19121212-****')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Visa fler remisser' }));
    expect(await within(screen.getByRole('table')).findByText('Inskriven')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Visa fler remisser' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'screened');
    const lastList = fetch.mock.calls.map(([r]) => new URL(r.url)).filter((u) => u.pathname === '/api/v1/referrals').at(-1)!;
    expect(lastList.searchParams.get('status')).toBe('screened');
  });

  it('shows the partner caseworker their referrals with the decision and reason, and the link to send a new one', async () => {
    currentUser = { name: 'Lars Ek', roles: ['partner-caseworker'] };
    renderRoute();
    const table = await screen.findByRole('table');
    expect(screen.getByText(/Remisser som din organisation har skickat/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skicka ny remiss' })).toHaveAttribute('href', '/remisser/ny');
    expect(screen.queryByRole('link', { name: 'Beredningsmöten' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Remitterande' })).not.toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Tolvan Tolvansson/ });
    expect(within(row).getByText('Avslagen')).toBeInTheDocument();
    expect(within(row).getByText('Uppfyller inte kravet på två kända parter.')).toBeInTheDocument();
  });
});
