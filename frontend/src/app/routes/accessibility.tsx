import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { env } from '@/config/env';
import { AccessibilityStatement } from '@/features/accessibility/components/accessibility-statement';

export function AccessibilityRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('accessibility.title')}</PageHeading>
      <AccessibilityStatement contactEmail={env.accessibilityContact} />
    </>
  );
}
