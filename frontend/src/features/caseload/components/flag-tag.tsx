import { Tag } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { CaseloadFlag } from '../api/get-caseload';
import { flagSeverity } from '../utils';

export function FlagTag({ flag }: { flag: CaseloadFlag }) {
  const { t } = useTranslation();
  return (
    <Tag size="small" variant="moderate" data-color={flagSeverity(flag)}>
      {t(`caseload.flags.${flag}`)}
    </Tag>
  );
}
