import { useState } from 'react';
import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { formatNumber } from '@/lib/i18n';
import { useCaseload, type CaseloadItem } from '../api/get-caseload';
import { FollowUpsDue } from './follow-ups-due';
import { filterByFlag, type CountedFlag } from '../utils';
import { CaseloadFlagFilter } from './caseload-flag-filter';
import { CaseloadSummary } from './caseload-summary';
import { CaseloadTable } from './caseload-table';

/** "Mina deltagare": counts, a flag filter and the sortable table, with loading, empty and error states. */
export function CaseloadView({ participantHref }: { participantHref: (item: CaseloadItem) => string }) {
  const { t } = useTranslation();
  const query = useCaseload();
  const [flag, setFlag] = useState<CountedFlag | undefined>();

  if (query.isPending) return <PageLoader label={t('caseload.loading')} />;
  if (query.isError) {
    return <ErrorAlert error={query.error} title={t('caseload.errorTitle')} onRetry={() => void query.refetch()} />;
  }

  const { counts, items } = query.data;
  if (items.length === 0) {
    return (
      <VStack gap="space-24">
        <Alert variant="info" role="status">
          {t('caseload.empty')}
        </Alert>
        <FollowUpsDue participantHref={participantHref} />
      </VStack>
    );
  }

  const shown = filterByFlag(items, flag);
  return (
    <VStack gap="space-24">
      <CaseloadSummary counts={counts} />
      <CaseloadFlagFilter counts={counts} selected={flag} onChange={setFlag} />
      <Heading level="2" size="small" aria-live="polite">
        {t('caseload.showing', { shown: formatNumber(shown.length), total: formatNumber(items.length) })}
      </Heading>
      {shown.length === 0 ? (
        <BodyShort>{t('caseload.emptyFiltered')}</BodyShort>
      ) : (
        <CaseloadTable items={shown} caption={t('caseload.tableCaption')} participantHref={participantHref} />
      )}
      <FollowUpsDue participantHref={participantHref} />
    </VStack>
  );
}
