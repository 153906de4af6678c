import { InternalHeader, Spacer } from '@navikt/ds-react';
import { LeaveIcon } from '@navikt/aksel-icons';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/lib/auth';
import { paths } from '../paths';
import { LanguageSwitch } from './language-switch';

interface AppHeaderProps {
  user?: CurrentUser;
  onSignOut?: () => void;
}

export function AppHeader({ user, onSignOut }: AppHeaderProps) {
  const { t } = useTranslation();
  const roleText =
    user && user.roles.length > 0 ? user.roles.map((role) => t(`roles.${role}`)).join(', ') : t('roles.none');
  return (
    <InternalHeader className="app-header">
      <InternalHeader.Title as={RouterLink} to={paths.home}>
        {t('app.name')}
      </InternalHeader.Title>
      <Spacer />
      <LanguageSwitch />
      {user && (
        <>
          <InternalHeader.User name={user.name} description={roleText} data-testid="current-user" />
          <InternalHeader.Button type="button" onClick={onSignOut}>
            <LeaveIcon aria-hidden fontSize="1.5rem" />
            <span className="app-header__label">{t('header.signOut')}</span>
          </InternalHeader.Button>
        </>
      )}
    </InternalHeader>
  );
}
