import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/roles';
import { navItemsFor } from '../navigation';

export function AppNavigation({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const items = navItemsFor(roles);
  if (items.length === 0) return null;
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            {/* NavLink sets aria-current="page" on the active link */}
            <NavLink to={item.to} className="app-nav__link">
              {t(`nav.${item.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
