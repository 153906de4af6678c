import { Alert } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import type { NavItem } from '../navigation';

/** Placeholder for sections in the navigation that are not built yet. */
export function ComingSoonRoute({ section }: { section: NavItem['key'] }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t(`nav.${section}`)}</PageHeading>
      <Alert variant="info">{t('comingSoon.body')}</Alert>
    </>
  );
}
