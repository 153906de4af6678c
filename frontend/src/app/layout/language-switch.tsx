import { InternalHeader } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { LanguageIcon } from '@navikt/aksel-icons';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('header.switchLanguageLang');
  return (
    <InternalHeader.Button type="button" lang={target} onClick={() => void i18n.changeLanguage(target)}>
      <LanguageIcon aria-hidden fontSize="1.5rem" />
      {t('header.switchLanguage')}
    </InternalHeader.Button>
  );
}
