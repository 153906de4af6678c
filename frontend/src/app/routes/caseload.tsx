import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { CaseloadView } from '@/features/caseload/components/caseload-view';
import { participantPath } from '../paths';

export function CaseloadRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('caseload.title')}</PageHeading>
      <CaseloadView participantHref={(item) => participantPath(item.participantId, item.enrollmentId)} />
    </>
  );
}
