import { BodyLong, Link } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { paths } from '../paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <BodyLong spacing>{t('notFound.body')}</BodyLong>
      <Link as={RouterLink} to={paths.home}>
        {t('notFound.backHome')}
      </Link>
    </>
  );
}
