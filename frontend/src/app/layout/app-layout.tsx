import { Suspense, type ReactNode } from 'react';
import { Page } from '@navikt/ds-react';
import { Outlet } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/page-loader';
import { useCurrentUser } from '@/lib/auth';
import { SessionRenewalAlert } from '@/features/auth/components/session-renewal-alert';
import { AppHeader } from './app-header';
import { AppNavigation } from './app-navigation';
import { AppFooter } from './app-footer';
import { useFocusOnNavigation } from './use-focus-on-navigation';

const MAIN_ID = 'main-content';

export function AppLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const user = useCurrentUser();
  useFocusOnNavigation(MAIN_ID);

  const signOut = () => {
    auth.signoutRedirect().catch(() => {
      // Keycloak unreachable: at least forget the session locally
      void auth.removeUser();
    });
  };

  return (
    <Page footer={<AppFooter />} contentBlockPadding="end">
      <a href={`#${MAIN_ID}`} className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader user={auth.isAuthenticated ? user : undefined} onSignOut={signOut} />
      {auth.isAuthenticated && user && <AppNavigation roles={user.roles} />}
      <Page.Block as="main" id={MAIN_ID} tabIndex={-1} width="xl" gutters className="app-main">
        <SessionRenewalAlert />
        {/* routes are lazy chunks: a loader while one is fetched */}
        <Suspense fallback={<PageLoader />}>{children ?? <Outlet />}</Suspense>
      </Page.Block>
    </Page>
  );
}
