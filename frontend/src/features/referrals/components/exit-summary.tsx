import { BodyLong, Heading } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { formatDate } from '@/lib/i18n';
import { useExitSummary } from '../api/referrals';
import { SusFacts } from './referral-details';

/** "Avslutsrapport" for an enrolled referral; 404 from the API means there is none yet. */
export function ExitSummarySection({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const query = useExitSummary(referralId, true);
  return (
    <section aria-labelledby="referral-exit-summary">
      <Heading level="2" size="small" id="referral-exit-summary" spacing>
        {t('referrals.exitSummary.title')}
      </Heading>
      <SectionStatus query={query} errorTitle={t('referrals.exitSummary.errorTitle')}>
        {() => {
          const s = query.data;
          if (!s) return <EmptyState>{t('referrals.exitSummary.none')}</EmptyState>;
          return (
            <>
              <dl className="fact-grid">
                <dt>{t('referrals.exitSummary.period')}</dt>
                <dd>{t('referrals.exitSummary.periodValue', { start: formatDate(s.startDate), end: formatDate(s.exitDate) })}</dd>
                <dt>{t('referrals.exitSummary.outcome')}</dt>
                <dd>{t(`enrollment.exit.outcomes.${s.outcome}`)}</dd>
                {s.workExtentPct != null && (
                  <>
                    <dt>{t('referrals.exitSummary.workExtent')}</dt>
                    <dd>{t('referrals.exitSummary.workExtentValue', { pct: s.workExtentPct })}</dd>
                  </>
                )}
                {s.wageSubsidy != null && (
                  <>
                    <dt>{t('referrals.exitSummary.wageSubsidy')}</dt>
                    <dd>{s.wageSubsidy ? t('common.yes') : t('referrals.exitSummary.no')}</dd>
                  </>
                )}
                {s.summary && (
                  <>
                    <dt>{t('referrals.exitSummary.summary')}</dt>
                    <dd>
                      <BodyLong className="pre-wrap">{s.summary}</BodyLong>
                    </dd>
                  </>
                )}
              </dl>
              {s.susExit && (
                <>
                  <Heading level="3" size="xsmall" spacing>
                    {t('referrals.exitSummary.susExit')}
                  </Heading>
                  <SusFacts sus={s.susExit} />
                </>
              )}
            </>
          );
        }}
      </SectionStatus>
    </section>
  );
}
