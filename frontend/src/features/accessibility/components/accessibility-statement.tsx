import { BodyLong, Heading, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/i18n';

/** Last review of the statement; update when the statement changes. */
const LAST_UPDATED = '2026-11-22';

export function AccessibilityStatement({ contactEmail }: { contactEmail: string }) {
  const { t } = useTranslation();
  const mailto = `mailto:${contactEmail}?subject=${encodeURIComponent(t('accessibility.reportSubject'))}`;
  return (
    <VStack gap="space-24" className="prose">
      <BodyLong size="large">{t('accessibility.intro')}</BodyLong>
      <section aria-labelledby="a11y-status">
        <Heading level="2" size="medium" spacing id="a11y-status">
          {t('accessibility.statusHeading')}
        </Heading>
        <BodyLong>{t('accessibility.status')}</BodyLong>
      </section>
      <section aria-labelledby="a11y-known">
        <Heading level="2" size="medium" spacing id="a11y-known">
          {t('accessibility.knownIssuesHeading')}
        </Heading>
        <BodyLong>{t('accessibility.knownIssues')}</BodyLong>
      </section>
      <section aria-labelledby="a11y-report">
        <Heading level="2" size="medium" spacing id="a11y-report">
          {t('accessibility.reportHeading')}
        </Heading>
        <BodyLong spacing>{t('accessibility.report')}</BodyLong>
        <Link href={mailto}>{t('accessibility.reportLink', { email: contactEmail })}</Link>
      </section>
      <section aria-labelledby="a11y-enforcement">
        <Heading level="2" size="medium" spacing id="a11y-enforcement">
          {t('accessibility.enforcementHeading')}
        </Heading>
        <BodyLong spacing>{t('accessibility.enforcement')}</BodyLong>
        <Link href="https://www.digg.se/tdosanmalan">{t('accessibility.enforcementLink')}</Link>
      </section>
      <section aria-labelledby="a11y-assessment">
        <Heading level="2" size="medium" spacing id="a11y-assessment">
          {t('accessibility.assessmentHeading')}
        </Heading>
        <BodyLong>{t('accessibility.assessment', { date: formatDate(LAST_UPDATED, { dateStyle: 'long' }) })}</BodyLong>
      </section>
    </VStack>
  );
}
