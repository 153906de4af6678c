import { Link as RouterLink } from 'react-router';
import { BodyShort, Heading, Link, Skeleton } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatDate } from '@/lib/i18n';
import { useFollowUpsDue, type CaseloadItem } from '../api/get-caseload';
import { participantName } from '../utils';

/** "Uppföljning efter avslut": exited participants due their six-month follow-up. */
export function FollowUpsDue({ participantHref }: { participantHref: (item: CaseloadItem) => string }) {
  const { t } = useTranslation();
  const query = useFollowUpsDue();
  return (
    <section aria-labelledby="follow-ups-due-heading">
      <Heading level="2" size="small" id="follow-ups-due-heading" spacing>
        {t('caseload.followUps.title')}
      </Heading>
      {query.isPending ? (
        <Skeleton variant="text" width="40%" />
      ) : query.isError ? (
        <ErrorAlert error={query.error} title={t('caseload.followUps.errorTitle')} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <BodyShort textColor="subtle">{t('caseload.followUps.empty')}</BodyShort>
      ) : (
        <ul className="compact-list">
          {query.data.map((item) => (
            <li key={item.enrollmentId}>
              <Link as={RouterLink} to={participantHref(item)}>
                {participantName(item) ?? t('caseload.unnamed', { birthYear: item.birthYear })}
              </Link>
              {' – '}
              {item.projectName}
              {item.exitDate ? `, ${t('caseload.followUps.exited', { date: formatDate(item.exitDate) })}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
