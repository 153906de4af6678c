import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert, BodyShort, Link, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeading } from '@/components/page-heading';
import { PageLoader } from '@/components/page-loader';
import { useInstruments, useProject } from '@/lib/catalogue';
import { useAssessments } from '@/features/assessments/api/assessments';
import { AssessmentForm } from '@/features/assessments/components/assessment-form';
import { assessmentsFor } from '@/features/assessments/utils';
import { useParticipantEnrollments } from '@/features/participants/api/participant';
import { participantPath } from '../paths';

/** `/deltagare/:id/matning/ny?enrollment=…`: record a progression measurement, then back to the participant. */
export function RecordAssessmentRoute() {
  const { t, i18n } = useTranslation();
  const { t: tg } = useTranslation('groups');
  const navigate = useNavigate();
  const { participantId = '' } = useParams();
  const [search] = useSearchParams();
  const enrollmentId = search.get('enrollment') ?? '';
  const enrollments = useParticipantEnrollments(participantId);
  const enrollment = enrollments.data?.find((e) => e.id === enrollmentId);
  const project = useProject(enrollment?.projectId);
  const instruments = useInstruments();
  const assessments = useAssessments(enrollmentId);
  // `?instrument=` preselects one (the well-being section links straight to its instrument)
  const [chosen, setChosen] = useState<string | undefined>(search.get('instrument') ?? undefined);
  const back = `${participantPath(participantId, enrollmentId)}`;

  const heading = <PageHeading>{t('assessments.form.title')}</PageHeading>;
  const queries = [enrollments, project, instruments, assessments] as const;
  const failed = queries.find((q) => q.isError);
  if (failed) {
    return (
      <>
        {heading}
        <ErrorAlert error={failed.error} title={t('assessments.form.loadError')} onRetry={() => queries.forEach((q) => void q.refetch())} />
      </>
    );
  }
  if (enrollments.isPending || instruments.isPending || assessments.isPending || (enrollment && project.isPending)) {
    return <PageLoader label={t('app.loading')} />;
  }
  if (!enrollment) {
    return (
      <>
        {heading}
        <Alert variant="warning">{t('assessments.form.noEnrollment')}</Alert>
      </>
    );
  }
  const available = (instruments.data ?? []).filter((i) => project.data?.instrumentIds.includes(i.id));
  const instrument = available.find((i) => i.id === chosen) ?? available[0];
  const en = i18n.language === 'en';
  const title = instrument?.purpose === 'wellbeing' ? tg('wellbeing.recordTitle') : t('assessments.form.title');

  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{title}</PageHeading>
        <BodyShort>
          <Link as={RouterLink} to={back}>
            {t('assessments.form.back')}
          </Link>
        </BodyShort>
      </div>
      {available.length > 1 && (
        <RadioGroup legend={t('assessments.form.instrument')} value={instrument?.id} onChange={(v: string) => setChosen(v)}>
          {available.map((i) => (
            <Radio key={i.id} value={i.id}>
              {en ? i.nameEn : i.name}
            </Radio>
          ))}
        </RadioGroup>
      )}
      {instrument ? (
        <AssessmentForm
          key={instrument.id}
          enrollmentId={enrollmentId}
          instrument={instrument}
          previous={assessmentsFor(instrument.id, assessments.data?.items ?? [])}
          onSaved={() => void navigate(`${back}#assessments-${enrollmentId}`, { state: { assessmentSaved: true } })}
          onCancel={() => void navigate(back)}
        />
      ) : (
        <Alert variant="warning">{t('assessments.form.noInstrument')}</Alert>
      )}
    </VStack>
  );
}
