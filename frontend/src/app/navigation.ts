import type { Role } from '@/lib/roles';
import { hasAnyRole } from '@/lib/roles';
import { paths } from './paths';

export interface NavItem {
  /** key under `nav.` in the translations */
  key: 'caseload' | 'groups' | 'referrals' | 'reports' | 'admin';
  to: string;
  roles: readonly Role[];
}

/** What each role may use; the API enforces the same rules. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'caseload', to: paths.caseload, roles: ['coordinator', 'project-manager'] },
  { key: 'groups', to: paths.groups, roles: ['coordinator', 'project-manager'] },
  { key: 'referrals', to: paths.referrals, roles: ['project-manager', 'partner-caseworker'] },
  { key: 'reports', to: paths.reports, roles: ['analyst', 'project-manager', 'coordinator'] },
  { key: 'admin', to: paths.admin, roles: ['admin'] },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles));
}

export function rolesFor(key: NavItem['key']): readonly Role[] {
  return NAV_ITEMS.find((item) => item.key === key)?.roles ?? [];
}

/** Where a signed-in user lands: the first page their roles allow. */
export function landingPathFor(roles: readonly Role[]): string | undefined {
  return navItemsFor(roles)[0]?.to;
}
