import { BodyShort, HStack, VStack } from '@navikt/ds-react';
import { CheckmarkCircleFillIcon, XMarkOctagonFillIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/section-status';
import type { EligibilityResult } from '../api/referrals';

/** Each eligibility rule with a pass/fail icon (Aksel's status colours), its result in words and the server's detail text. */
export function EligibilityList({ results, size = 'medium' }: { results: readonly EligibilityResult[]; size?: 'small' | 'medium' }) {
  const { t } = useTranslation();
  if (results.length === 0) return <EmptyState>{t('referrals.eligibility.none')}</EmptyState>;
  return (
    <VStack as="ul" gap="space-8" className="plain-list" aria-label={t('referrals.eligibility.title')}>
      {results.map((r) => (
        <li key={r.rule} data-testid={`eligibility-${r.rule}`}>
          <HStack gap="space-8" wrap={false} align="start">
            {r.passed ? (
              <CheckmarkCircleFillIcon aria-hidden fontSize="1.5rem" style={{ color: 'var(--ax-text-success-decoration)', flexShrink: 0 }} />
            ) : (
              <XMarkOctagonFillIcon aria-hidden fontSize="1.5rem" style={{ color: 'var(--ax-text-danger-decoration)', flexShrink: 0 }} />
            )}
            <div>
              <BodyShort size={size} weight="semibold">
                {t(`referrals.eligibility.rules.${r.rule}`)}: {r.passed ? t('referrals.eligibility.passed') : t('referrals.eligibility.failed')}
              </BodyShort>
              <BodyShort size="small" textColor="subtle">
                {r.detail}
              </BodyShort>
            </div>
          </HStack>
        </li>
      ))}
    </VStack>
  );
}

/** "2 av 3 krav uppfyllda" */
export function EligibilitySummary({ results }: { results: readonly EligibilityResult[] }) {
  const { t } = useTranslation();
  const passed = results.filter((r) => r.passed).length;
  const allPassed = passed === results.length;
  return (
    <HStack gap="space-4" align="center">
      {allPassed ? (
        <CheckmarkCircleFillIcon aria-hidden style={{ color: 'var(--ax-text-success-decoration)' }} />
      ) : (
        <XMarkOctagonFillIcon aria-hidden style={{ color: 'var(--ax-text-danger-decoration)' }} />
      )}
      <BodyShort size="small">{t('referrals.eligibility.summary', { passed, total: results.length })}</BodyShort>
    </HStack>
  );
}
