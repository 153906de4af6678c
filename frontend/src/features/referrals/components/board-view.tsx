import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Box, HGrid, Heading, Link, ReadMore, VStack } from '@navikt/ds-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { etagFromVersion } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import { referralsKey, useScreenedReferrals, type Referral } from '../api/referrals';
import { groupByBoardDate } from '../utils';
import { DecisionForm } from './action-forms';
import { EligibilityList, EligibilitySummary } from './eligibility-list';
import { useMunicipalityName } from './referral-details';
import { usePersonLabel } from './referral-status-tag';

/** "Beredningsmöten": screened referrals per review board date, each with its eligibility and a quick decision. */
export function BoardView({ referralHref }: { referralHref: (r: Referral) => string }) {
  const { t } = useTranslation();
  const query = useScreenedReferrals();
  const [status, setStatus] = useState('');

  if (query.isPending) return <PageLoader label={t('referrals.board.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} title={t('referrals.errorTitle')} onRetry={() => void query.refetch()} />;

  const groups = groupByBoardDate(query.data);
  return (
    <VStack gap="space-32">
      <div role="status">
        {status && (
          <Alert variant="success" size="small">
            {status}
          </Alert>
        )}
      </div>
      {groups.length === 0 ? (
        <Alert variant="info">{t('referrals.board.empty')}</Alert>
      ) : (
        groups.map(([date, referrals]) => {
          const id = `board-${date ?? 'none'}`;
          return (
            <section key={id} aria-labelledby={id}>
              <Heading level="2" size="medium" id={id} spacing>
                {date ? t('referrals.board.meeting', { date: formatDate(date) }) : t('referrals.board.noDate')}{' '}
                <BodyShort as="span" textColor="subtle">
                  ({t('referrals.board.count', { count: referrals.length })})
                </BodyShort>
              </Heading>
              <VStack gap="space-16" as="ul" className="plain-list">
                {referrals.map((r) => (
                  <li key={r.id}>
                    <BoardItem referral={r} referralHref={referralHref} onDecided={setStatus} />
                  </li>
                ))}
              </VStack>
            </section>
          );
        })
      )}
    </VStack>
  );
}

function BoardItem({ referral, referralHref, onDecided }: { referral: Referral; referralHref: (r: Referral) => string; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const personLabel = usePersonLabel();
  const municipalityName = useMunicipalityName();
  const person = personLabel(referral.person);
  const headingId = `board-item-${referral.id}`;
  const reload = () => queryClient.refetchQueries({ queryKey: [...referralsKey, 'screened-all'] });

  return (
    <Box as="article" aria-labelledby={headingId} padding="space-16" borderWidth="1" borderRadius="12" borderColor="neutral-subtle">
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-24">
        <VStack gap="space-8">
          <Heading level="3" size="small" id={headingId}>
            <Link as={RouterLink} to={referralHref(referral)}>
              {person}
            </Link>
          </Heading>
          <BodyShort>
            {referral.projectName}, {municipalityName(referral.municipalityCode)} · {referral.referringOrganisationName}
          </BodyShort>
          <BodyShort size="small" className="pre-wrap">
            {referral.reason}
          </BodyShort>
          <EligibilitySummary results={referral.eligibility} />
          <ReadMore header={t('referrals.eligibility.title')} size="small">
            <EligibilityList results={referral.eligibility} size="small" />
          </ReadMore>
        </VStack>
        <DecisionForm
          compact
          referral={referral}
          etag={etagFromVersion(referral.version)}
          onReload={reload}
          onDone={() => onDecided(t('referrals.board.decided', { person }))}
        />
      </HGrid>
    </Box>
  );
}
