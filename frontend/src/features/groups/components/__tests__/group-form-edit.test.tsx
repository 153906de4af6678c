import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/test-utils';
import type { Group } from '../../api/groups';
import { GroupForm } from '../group-form';

// a group a project manager let grow to 14 places; Anna (a coordinator) and Erik lead it
const group: Group = {
  id: 'g-1',
  projectId: 'p-mac',
  projectName: 'MAC',
  name: 'MAC vår',
  startDate: '2026-02-02',
  endDate: '2026-06-30',
  capacity: 14,
  capacityOverrideReason: 'Två extra platser för en avslutad grupps deltagare',
  leaders: [
    { userId: 'u-anna', name: 'Anna Lindqvist' },
    { userId: 'u-erik', name: 'Erik Sandberg' },
  ],
  memberCount: 13,
  sessionCount: 20,
  attendance: { present: 0, absentWithNotice: 0, absent: 0, recorded: 0, rate: null },
  version: 5,
};

function setup(answer: (request: Request) => Response) {
  const fetch = vi.fn(async (request: Request) => answer(request));
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  const onDone = vi.fn();
  const onReload = vi.fn();
  renderWithProviders(
    <ApiClientProvider client={client}>
      <GroupForm projects={[]} canOverrideCapacity={false} myUserId="u-anna" editing={{ group, etag: '"5"', onReload }} onDone={onDone} onCancel={vi.fn()} />
    </ApiClientProvider>,
  );
  return { fetch, onDone, onReload };
}

describe('GroupForm, changing a group', () => {
  it('lets a coordinator rename a group a manager made larger, keeping its places, reason and other leader', async () => {
    const { fetch, onDone } = setup(() => jsonResponse({ ...group, name: 'MAC vår 2026', version: 6 }));
    const name = screen.getByRole('textbox', { name: 'Gruppens namn' });
    expect(name).toHaveValue('MAC vår');
    await userEvent.clear(name);
    await userEvent.type(name, 'MAC vår 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const put = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"5"');
    const body = await put.json();
    expect(body).toMatchObject({ name: 'MAC vår 2026', capacity: 14, capacityOverrideReason: null, startDate: '2026-02-02', endDate: '2026-06-30' });
    expect(body.leaderUserIds).toEqual(['u-erik', 'u-anna']);
  });

  it('says someone else changed the group meanwhile, and offers to fetch it again', async () => {
    const { onReload } = setup(() => problemResponse(412, { title: 'Precondition Failed', type: 'about:blank' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Någon annan har ändrat uppgifterna')).toBeInTheDocument();
    const reload = screen.getByRole('button', { name: 'Ladda om' });
    await userEvent.click(reload);
    expect(onReload).toHaveBeenCalled();
  });
});
