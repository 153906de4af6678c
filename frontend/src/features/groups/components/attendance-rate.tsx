import { BodyShort, Detail, HStack, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/i18n';
import type { AttendanceFigures } from '../api/groups';
import { LOW_RATE_PERCENT, ratePercent } from '../utils';

interface AttendanceRateProps {
  figures: AttendanceFigures | undefined;
  /** also show present / with notice / absent counts */
  breakdown?: boolean;
  size?: 'small' | 'medium';
}

/**
 * "83 %" with the counts behind it in words. Absence with notice counts as absence (the API's rule); nothing recorded
 * reads "Ingen närvaro registrerad" rather than 0 %.
 */
export function AttendanceRate({ figures, breakdown = false, size = 'small' }: AttendanceRateProps) {
  const { t } = useTranslation('groups');
  const percent = ratePercent(figures);
  if (!figures || percent === undefined) {
    return (
      <BodyShort size={size} textColor="subtle">
        {t('groups.rate.none')}
      </BodyShort>
    );
  }
  const low = percent < LOW_RATE_PERCENT;
  return (
    <VStack gap="space-4">
      <HStack gap="space-8" align="center" wrap>
        <BodyShort size={size} weight="semibold">
          {t('groups.rate.value', { percent: formatNumber(percent) })}
        </BodyShort>
        {low && (
          <Tag size="xsmall" variant="moderate" data-color="warning">
            {t('groups.rate.low')}
          </Tag>
        )}
      </HStack>
      <Detail textColor="subtle">
        {breakdown
          ? t('groups.rate.breakdown', { present: figures.present, withNotice: figures.absentWithNotice, absent: figures.absent })
          : t('groups.rate.detail', { present: figures.present, recorded: figures.recorded })}
      </Detail>
    </VStack>
  );
}
