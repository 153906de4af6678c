import { Tag } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { Referral, ReferralStatus } from '../api/referrals';
import { STATUS_COLOR, personName } from '../utils';

export function ReferralStatusTag({ status, size = 'small' }: { status: ReferralStatus; size?: 'small' | 'medium' | 'xsmall' }) {
  const { t } = useTranslation();
  return (
    <Tag size={size} variant={status === 'enrolled' ? 'strong' : 'moderate'} data-color={STATUS_COLOR[status]}>
      {t(`referrals.statuses.${status}`)}
    </Tag>
  );
}

/** "Tolvan Tolvansson", or "Anonym person, född 1990" for someone without a name. */
export function usePersonLabel() {
  const { t } = useTranslation();
  return (person: Referral['person']) =>
    personName(person) ??
    (person.birthYear != null ? t('referrals.anonymousPerson', { birthYear: person.birthYear }) : t('referrals.unnamedPerson'));
}
