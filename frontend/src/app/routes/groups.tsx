import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { BodyShort, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeading } from '@/components/page-heading';
import { PageLoader } from '@/components/page-loader';
import { useCurrentUser } from '@/lib/auth';
import { formatDate } from '@/lib/i18n';
import { hasAnyRole } from '@/lib/roles';
import { useGroup, useGroupSession, useSessionAttendance } from '@/features/groups/api/groups';
import { AttendanceForm } from '@/features/groups/components/attendance-form';
import { EditGroup } from '@/features/groups/components/edit-group';
import { GroupView } from '@/features/groups/components/group-view';
import { GroupsView } from '@/features/groups/components/groups-view';
import { groupPath, participantPath, paths, sessionAttendancePath } from '../paths';

/** Only project managers may give a group more than 12 places or go over them; the API enforces it too. */
function useCanOverrideCapacity(): boolean {
  const user = useCurrentUser();
  return hasAnyRole(user?.roles ?? [], ['project-manager']);
}

/** "Grupper": the group starts of the user's projects. */
export function GroupsRoute() {
  const { t } = useTranslation('groups');
  const navigate = useNavigate();
  const canOverrideCapacity = useCanOverrideCapacity();
  return (
    <>
      <PageHeading>{t('groups.title')}</PageHeading>
      <GroupsView groupHref={groupPath} canOverrideCapacity={canOverrideCapacity} onCreated={(g) => void navigate(groupPath(g.id))} />
    </>
  );
}

/** `/grupper/:groupId`: members, sessions and attendance of one group. */
export function GroupRoute() {
  const { t } = useTranslation('groups');
  const { groupId = '' } = useParams();
  const query = useGroup(groupId);
  const canOverrideCapacity = useCanOverrideCapacity();
  const back = (
    <BodyShort>
      <Link as={RouterLink} to={paths.groups}>
        {t('groups.detail.back')}
      </Link>
    </BodyShort>
  );
  if (query.isPending) return <PageLoader label={t('groups.detail.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageHeading>{t('groups.title')}</PageHeading>
        {back}
        <ErrorAlert error={query.error} title={t('groups.detail.errorTitle')} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const group = query.data.group;
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{group.name}</PageHeading>
        {back}
        {group.description && <BodyShort className="pre-wrap">{group.description}</BodyShort>}
      </div>
      <EditGroup
        group={group}
        etag={query.data.etag}
        onReload={() => void query.refetch()}
        reloading={query.isFetching}
        canOverrideCapacity={canOverrideCapacity}
      />
      <GroupView
        group={group}
        participantHref={participantPath}
        attendanceHref={(sessionId) => sessionAttendancePath(group.id, sessionId)}
        canOverrideCapacity={canOverrideCapacity}
      />
    </VStack>
  );
}

/** `/grupper/:groupId/traffar/:sessionId/narvaro`: take attendance for one session. */
export function SessionAttendanceRoute() {
  const { t } = useTranslation('groups');
  const { groupId = '', sessionId = '' } = useParams();
  const group = useGroup(groupId);
  const session = useGroupSession(sessionId);
  const attendance = useSessionAttendance(sessionId);
  const queries = [group, session, attendance] as const;
  const failed = queries.find((q) => q.isError);
  if (failed) {
    return (
      <>
        <PageHeading>{t('groups.attendance.title', { date: '' }).trim()}</PageHeading>
        <ErrorAlert error={failed.error} title={t('groups.attendance.errorTitle')} onRetry={() => queries.forEach((q) => void q.refetch())} />
      </>
    );
  }
  if (!group.data || !session.data || !attendance.data) return <PageLoader label={t('groups.attendance.loading')} />;
  const s = session.data;
  const time = [s.partOfDay ? t(`groups.sessions.partsOfDay.${s.partOfDay}`) : '', s.startTime ? `${s.startTime}${s.endTime ? `–${s.endTime}` : ''}` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('groups.attendance.title', { date: formatDate(s.sessionDate) })}</PageHeading>
        <BodyShort>
          <Link as={RouterLink} to={groupPath(groupId)}>
            {t('groups.attendance.back', { group: group.data.group.name })}
          </Link>
        </BodyShort>
        <BodyShort>
          {[group.data.group.name, formatDate(s.sessionDate, { weekday: 'long', day: 'numeric', month: 'long' }), time, s.topic].filter(Boolean).join(' · ')}
        </BodyShort>
      </div>
      <AttendanceForm key={sessionId} groupId={groupId} initial={attendance.data} />
    </VStack>
  );
}
