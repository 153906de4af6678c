import { useEffect, type ReactNode } from 'react';
import { Heading } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';

interface PageHeadingProps {
  children: string;
  /** extra content after the heading text, e.g. a count */
  suffix?: ReactNode;
}

/** The page's single <h1>; also sets the document title. Focus target after navigation. */
export function PageHeading({ children, suffix }: PageHeadingProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: children });
  }, [children, t]);
  return (
    <Heading level="1" size="xlarge" spacing tabIndex={-1} className="page-heading">
      {children}
      {suffix}
    </Heading>
  );
}
