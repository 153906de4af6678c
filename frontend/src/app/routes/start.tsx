import { Navigate } from 'react-router';
import { Alert, BodyLong, Heading } from '@navikt/ds-react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { PageLoader } from '@/components/page-loader';
import { useCurrentUser } from '@/lib/auth';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { landingPathFor } from '../navigation';

/** Start page for signed-out users (also shown in place of a protected page). */
export function SignInPage({ returnTo }: { returnTo?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('start.title')}</PageHeading>
      <SignInPanel returnTo={returnTo} />
    </>
  );
}

/** `/`: sign in, or go to the first page the user's roles allow. */
export function StartRoute() {
  const { t } = useTranslation();
  const auth = useAuth();
  const user = useCurrentUser();
  if (auth.isLoading) return <PageLoader />;
  if (!auth.isAuthenticated || !user) return <SignInPage />;
  const landing = landingPathFor(user.roles);
  if (landing) return <Navigate to={landing} replace />;
  return (
    <>
      <PageHeading>{t('start.title')}</PageHeading>
      <Alert variant="warning">
        <Heading level="2" size="small" spacing>
          {t('start.noAccessTitle')}
        </Heading>
        <BodyLong>{t('start.noAccess')}</BodyLong>
      </Alert>
    </>
  );
}
