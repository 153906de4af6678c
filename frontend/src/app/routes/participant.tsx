import { useParams, useSearchParams } from 'react-router';
import { Alert, Tabs, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeading } from '@/components/page-heading';
import { PageLoader } from '@/components/page-loader';
import { useProject } from '@/lib/catalogue';
import { formatDate } from '@/lib/i18n';
import { AssessmentsSection } from '@/features/assessments/components/assessments-section';
import { InterventionsSection } from '@/features/interventions/components/interventions-section';
import { JournalSection } from '@/features/journal/components/journal-section';
import { PlanSection } from '@/features/plans/components/plan-section';
import { ConsentsSection } from '@/features/consents/components/consents-section';
import { EnrollmentAttendanceSection } from '@/features/groups/components/enrollment-attendance-section';
import { SipSection } from '@/features/sip/components/sip-section';
import { WellbeingSection } from '@/features/wellbeing/components/wellbeing-section';
import { useParticipant, useParticipantEnrollments, type Enrollment } from '@/features/participants/api/participant';
import { EnrollmentDetails, ExitSummary } from '@/features/participants/components/enrollment-details';
import { ParticipantFacts, participantDisplayName } from '@/features/participants/components/participant-header';
import { groupPath, recordAssessmentPath } from '../paths';

const consentsId = (participantId: string) => `consents-${participantId}`;

/** "Deltagare": the person, then one tab per enrollment with interventions, measurements, plan and journal. */
export function ParticipantRoute() {
  const { t } = useTranslation();
  const { participantId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const participant = useParticipant(participantId);
  const enrollments = useParticipantEnrollments(participantId);

  if (participant.isPending) return <PageLoader label={t('participant.loading')} />;
  if (participant.isError) {
    return (
      <>
        <PageHeading>{t('participant.title')}</PageHeading>
        <ErrorAlert error={participant.error} title={t('participant.errorTitle')} onRetry={() => void participant.refetch()} />
      </>
    );
  }
  const p = participant.data;
  const name = participantDisplayName(p) ?? t('participant.anonymous');

  const list = enrollments.data ?? [];
  const selectedId = list.find((e) => e.id === search.get('inskrivning'))?.id ?? list.find((e) => e.status === 'open')?.id ?? list[0]?.id;

  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{name}</PageHeading>
        <ParticipantFacts participant={p} />
      </div>
      {enrollments.isPending ? (
        <PageLoader label={t('enrollment.loading')} />
      ) : enrollments.isError ? (
        <ErrorAlert error={enrollments.error} title={t('enrollment.errorTitle')} onRetry={() => void enrollments.refetch()} />
      ) : list.length === 0 ? (
        <Alert variant="info">{t('enrollment.none')}</Alert>
      ) : list.length === 1 ? (
        <EnrollmentView enrollment={list[0]!} participantName={name} />
      ) : (
        <Tabs
          value={selectedId}
          onChange={(id) => setSearch({ inskrivning: id }, { replace: true })}
          aria-label={t('enrollment.tabsLabel')}
        >
          <Tabs.List>
            {list.map((e) => (
              <Tabs.Tab
                key={e.id}
                value={e.id}
                label={`${e.projectName} (${formatDate(e.startDate)}${e.status === 'exited' ? `, ${t('enrollment.exited')}` : ''})`}
              />
            ))}
          </Tabs.List>
          {list.map((e) => (
            <Tabs.Panel key={e.id} value={e.id} lazy className="tab-panel">
              <EnrollmentView enrollment={e} participantName={name} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      <ConsentsSection participantId={p.id} id={consentsId(p.id)} />
    </VStack>
  );
}

function EnrollmentView({ enrollment, participantName }: { enrollment: Enrollment; participantName: string }) {
  const project = useProject(enrollment.projectId);
  const closed = enrollment.status === 'exited';
  return (
    <VStack gap="space-40">
      <EnrollmentDetails enrollment={enrollment} />
      <InterventionsSection
        enrollmentId={enrollment.id}
        projectId={enrollment.projectId}
        startDate={enrollment.startDate}
        exitDate={enrollment.exit?.exitDate}
        readOnly={closed}
      />
      <AssessmentsSection
        enrollmentId={enrollment.id}
        recordHref={closed ? undefined : recordAssessmentPath(enrollment.participantId, enrollment.id)}
      />
      <WellbeingSection
        enrollmentId={enrollment.id}
        instrumentIds={project.data?.instrumentIds ?? []}
        recordHref={closed ? undefined : (instrumentId) => recordAssessmentPath(enrollment.participantId, enrollment.id, instrumentId)}
      />
      <EnrollmentAttendanceSection enrollmentId={enrollment.id} groupHref={groupPath} />
      <PlanSection enrollmentId={enrollment.id} instrumentIds={project.data?.instrumentIds ?? []} readOnly={closed} />
      <SipSection enrollmentId={enrollment.id} consentsHref={`#${consentsId(enrollment.participantId)}`} readOnly={closed} />
      <JournalSection enrollmentId={enrollment.id} readOnly={closed} />
      <ExitSummary enrollment={enrollment} participantName={participantName} />
    </VStack>
  );
}
