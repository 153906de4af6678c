import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';

/** Shown when an update answers 412: reloading fetches the new version but keeps what the user typed. */
export function StaleAlert({ onReload, reloading }: { onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert variant="warning" role="alert">
      <VStack gap="space-8">
        <Heading level="3" size="xsmall">
          {t('common.stale.title')}
        </Heading>
        <BodyShort>{t('common.stale.body')}</BodyShort>
        <div>
          <Button type="button" size="small" variant="secondary" onClick={onReload} loading={reloading}>
            {t('common.stale.reload')}
          </Button>
        </div>
      </VStack>
    </Alert>
  );
}
