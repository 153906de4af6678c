import type { ReactNode } from 'react';
import { BodyShort, Skeleton, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Loading (skeleton), error (problem detail) for one section of a page; renders children when loaded. */
export function SectionStatus({ query, errorTitle, children }: { query: QueryLike; errorTitle: string; children: () => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <VStack gap="space-8" role="status" aria-label={t('app.loading')}>
        <Skeleton variant="text" width="60%" />
        <Skeleton variant="rectangle" height={80} />
      </VStack>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />;
  return <>{children()}</>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <BodyShort textColor="subtle" className="empty-state">
      {children}
    </BodyShort>
  );
}
