import { Chips } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/i18n';
import type { CaseloadCounts } from '../api/get-caseload';
import { COUNTED_FLAGS, countFor, type CountedFlag } from '../utils';

interface CaseloadFlagFilterProps {
  counts: CaseloadCounts;
  selected: CountedFlag | undefined;
  onChange: (flag: CountedFlag | undefined) => void;
}

/** Single-choice filter by flag ("Alla" clears it). Chips.Toggle renders aria-pressed buttons. */
export function CaseloadFlagFilter({ counts, selected, onChange }: CaseloadFlagFilterProps) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('caseload.filter.label')}>
      <Chips>
        <Chips.Toggle selected={selected === undefined} onClick={() => onChange(undefined)} checkmark={false}>
          {t('caseload.filter.all')}
        </Chips.Toggle>
        {COUNTED_FLAGS.map(([flag]) => (
          <Chips.Toggle
            key={flag}
            selected={selected === flag}
            onClick={() => onChange(selected === flag ? undefined : flag)}
            checkmark={false}
          >
            {`${t(`caseload.flags.${flag}`)} (${formatNumber(countFor(counts, flag))})`}
          </Chips.Toggle>
        ))}
      </Chips>
    </div>
  );
}
