import type { ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Alert, BodyLong } from '@navikt/ds-react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { PageLoader } from '@/components/page-loader';
import { useCurrentUser } from '@/lib/auth';
import { hasAnyRole, type Role } from '@/lib/roles';
import { SignInPage } from './start';

interface ProtectedProps {
  /** any of these roles gives access; omit for "any signed-in user" */
  roles?: readonly Role[];
  children?: ReactNode;
}

/** Signed-out users see the sign-in page (and come back here after login); wrong role → a 403 page. */
export function Protected({ roles, children }: ProtectedProps) {
  const auth = useAuth();
  const user = useCurrentUser();
  const location = useLocation();
  if (auth.isLoading) return <PageLoader />;
  if (!auth.isAuthenticated || !user) {
    return <SignInPage returnTo={`${location.pathname}${location.search}`} />;
  }
  if (roles && !hasAnyRole(user.roles, roles)) return <ForbiddenPage />;
  return <>{children ?? <Outlet />}</>;
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <Alert variant="warning">
        <BodyLong>{t('forbidden.body')}</BodyLong>
      </Alert>
    </>
  );
}
