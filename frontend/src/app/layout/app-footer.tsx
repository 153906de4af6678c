import { Link, Page } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../paths';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <Page.Block width="xl" gutters>
        <Link as={RouterLink} to={paths.accessibility}>
          {t('footer.accessibility')}
        </Link>
      </Page.Block>
    </footer>
  );
}
