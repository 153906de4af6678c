import { BodyShort, Box, HGrid } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/i18n';
import type { CaseloadCounts } from '../api/get-caseload';
import { COUNTED_FLAGS, countFor } from '../utils';

/** Counts on top of the caseload: total and one per flag. */
export function CaseloadSummary({ counts }: { counts: CaseloadCounts }) {
  const { t } = useTranslation();
  const entries = [
    { key: 'total', label: t('caseload.counts.total'), value: counts.total },
    ...COUNTED_FLAGS.map(([flag]) => ({ key: flag, label: t(`caseload.flags.${flag}`), value: countFor(counts, flag) })),
  ];
  return (
    <section aria-label={t('caseload.summaryLabel')}>
      <HGrid as="ul" gap="space-12" columns={{ xs: 2, sm: 3, md: 4, lg: 7 }} className="caseload-summary">
        {entries.map((entry) => (
          <Box as="li" key={entry.key} padding="space-12" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" data-testid={`count-${entry.key}`}>
            <BodyShort as="span" size="large" weight="semibold" className="caseload-summary__value">
              {formatNumber(entry.value)}
            </BodyShort>{' '}
            <BodyShort as="span" size="small">
              {entry.label}
            </BodyShort>
          </Box>
        ))}
      </HGrid>
    </section>
  );
}
