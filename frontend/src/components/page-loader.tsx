import { HStack, Loader } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';

export function PageLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <HStack justify="center" className="page-loader" role="status">
      <Loader size="2xlarge" title={label ?? t('app.loading')} />
    </HStack>
  );
}
