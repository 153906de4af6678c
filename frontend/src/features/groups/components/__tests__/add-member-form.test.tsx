import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-client-context';
import { jsonResponse, renderWithProviders } from '@/testing/test-utils';
import type { Group, GroupMember } from '../../api/groups';
import { AddMemberForm } from '../add-member-form';

const group: Group = {
  id: 'g-1',
  projectId: 'p-mac',
  projectName: 'MAC',
  name: 'MAC vår',
  startDate: '2026-02-02',
  capacity: 12,
  leaders: [],
  memberCount: 1,
  sessionCount: 0,
  attendance: { present: 0, absentWithNotice: 0, absent: 0, recorded: 0, rate: null },
  version: 0,
};

const member = { id: 'm-1', groupId: 'g-1', enrollmentId: 'e-ali', participantId: 'ali', participantName: 'Ali Hassan', joinedOn: '2026-02-02', active: true } as GroupMember;

const person = (id: string, firstName: string, lastName: string, enrollment: string | null, coordinatorName: string) => ({
  id,
  firstName,
  lastName,
  anonymous: false,
  sex: 'female',
  birthYear: 1990,
  openEnrollmentId: enrollment,
  projectName: 'MAC',
  phase: 'activity',
  coordinatorName,
});

function setup(pages: (url: URL) => { items: unknown[]; nextCursor?: string | null }, members: GroupMember[] = [member]) {
  const fetch = vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname.endsWith('/participants')) return jsonResponse(pages(url));
    if (request.method === 'POST') return jsonResponse({ ...member, id: 'm-2', enrollmentId: 'e-tove' }, 201);
    return jsonResponse({}, 404);
  });
  const client = createApiClient({ getAccessToken: () => 'token', fetch });
  const onAdded = vi.fn();
  renderWithProviders(
    <ApiClientProvider client={client}>
      <AddMemberForm group={group} members={members} canOverrideCapacity={false} onAdded={onAdded} />
    </ApiClientProvider>,
  );
  return { fetch, onAdded };
}

const listed = (fetch: ReturnType<typeof setup>['fetch']) =>
  fetch.mock.calls.map(([r]) => new URL(r.url)).filter((u) => u.pathname.endsWith('/participants'));

describe('AddMemberForm', () => {
  it("offers the project's enrolled participants of every coordinator, not those already in the group", async () => {
    const { fetch, onAdded } = setup(() => ({
      items: [
        person('ali', 'Ali', 'Hassan', 'e-ali', 'Anna Lindqvist'),
        person('tove', 'Tove', 'Ek', 'e-tove', 'Erik Svensson'),
        person('ulla', 'Ulla', 'Berg', null, ''),
      ],
    }));
    const select = await screen.findByRole('combobox', { name: /Deltagare att lägga till/ });
    const options = Array.from((select as HTMLSelectElement).options).map((o) => o.textContent);
    expect(options).toEqual(['Välj deltagare', 'Tove Ek (Erik Svensson)']);
    expect(listed(fetch)[0]!.searchParams.get('projectId')).toBe('p-mac');

    await userEvent.selectOptions(select, 'e-tove');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till deltagare' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledWith('Tove Ek'));
    const post = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'POST')!;
    expect(await post.json()).toMatchObject({ enrollmentId: 'e-tove' });
  });

  it('offers again a participant who has left the group, but not one who leaves later', async () => {
    const left = { ...member, leftOn: '2026-03-02', active: false } as GroupMember;
    const leaving = { ...member, id: 'm-3', enrollmentId: 'e-tove', participantName: 'Tove Ek', leftOn: '2999-01-01' } as GroupMember;
    setup(
      () => ({ items: [person('ali', 'Ali', 'Hassan', 'e-ali', 'Anna Lindqvist'), person('tove', 'Tove', 'Ek', 'e-tove', 'Erik Svensson')] }),
      [left, leaving],
    );
    const select = await screen.findByRole('combobox', { name: /Deltagare att lägga till/ });
    const options = Array.from((select as HTMLSelectElement).options).map((o) => o.textContent);
    expect(options).toEqual(['Välj deltagare', 'Ali Hassan (Anna Lindqvist)']);
  });

  it('searches by name once the typing stops, and says when the list is cut short', async () => {
    const { fetch } = setup((url) =>
      url.searchParams.get('q') === 'Ek'
        ? { items: [person('tove', 'Tove', 'Ek', 'e-tove', 'Erik Svensson')] }
        : { items: [person('tove', 'Tove', 'Ek', 'e-tove', 'Erik Svensson')], nextCursor: 'more' },
    );
    expect(await screen.findByText(/Visar de 200 första/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Sök deltagare' }), 'Ek{Enter}');
    await waitFor(() => expect(listed(fetch).at(-1)!.searchParams.get('q')).toBe('Ek'));
    expect(listed(fetch).map((u) => u.searchParams.get('q'))).toEqual([null, 'Ek']);
    await waitFor(() => expect(screen.queryByText(/Visar de 200 första/)).not.toBeInTheDocument());
    expect(screen.queryByText('Välj en deltagare.')).not.toBeInTheDocument(); // Enter searched, it did not submit
    expect(fetch.mock.calls.some(([r]) => r.method === 'POST')).toBe(false);
  });
});
