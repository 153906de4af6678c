import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeading } from '@/components/page-heading';
import { AppLayout } from '../layout/app-layout';

/** Rendered when a route throws while rendering: never a blank page. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <AppLayout>
      <PageHeading>{t('errors.title')}</PageHeading>
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </AppLayout>
  );
}
