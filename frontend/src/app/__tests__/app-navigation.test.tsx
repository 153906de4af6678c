import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { Role } from '@/lib/roles';
import { AppNavigation } from '../layout/app-navigation';
import { landingPathFor, navItemsFor } from '../navigation';

function visibleLinks(roles: Role[]) {
  renderWithProviders(<AppNavigation roles={roles} />, { route: '/deltagare' });
  const nav = screen.queryByRole('navigation', { name: 'Huvudmeny' });
  return nav ? within(nav).getAllByRole('link').map((a) => a.textContent) : [];
}

describe('role-based navigation', () => {
  it.each<[Role[], string[]]>([
    [['coordinator'], ['Mina deltagare', 'Grupper', 'Rapporter']],
    [['project-manager'], ['Mina deltagare', 'Grupper', 'Remisser', 'Rapporter']],
    [['partner-caseworker'], ['Remisser']],
    [['analyst'], ['Rapporter']],
    [['admin'], ['Administration']],
    [['coordinator', 'admin'], ['Mina deltagare', 'Grupper', 'Rapporter', 'Administration']],
  ])('%j sees %j', (roles, expected) => {
    expect(visibleLinks(roles)).toEqual(expected);
  });

  it('renders no navigation for a role without pages (partner-system) or no role', () => {
    expect(visibleLinks(['partner-system'])).toEqual([]);
    expect(visibleLinks([])).toEqual([]);
  });

  it('marks the current page with aria-current', () => {
    renderWithProviders(<AppNavigation roles={['coordinator']} />, { route: '/deltagare' });
    expect(screen.getByRole('link', { name: 'Mina deltagare' })).toHaveAttribute('aria-current', 'page');
  });

  it('lands each role on its first allowed page', () => {
    expect(landingPathFor(['coordinator'])).toBe('/deltagare');
    expect(landingPathFor(['analyst'])).toBe('/rapporter');
    expect(landingPathFor(['partner-system'])).toBeUndefined();
    expect(navItemsFor(['admin']).map((i) => i.to)).toEqual(['/admin']);
  });
});
