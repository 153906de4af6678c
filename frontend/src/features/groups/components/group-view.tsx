import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Button, HStack, Heading, Link, Modal, Table, Tag, Textarea, VStack } from '@navikt/ds-react';
import { CalendarIcon, PlusIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button-link';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { FormButtons } from '@/components/form-buttons';
import { TableScroll } from '@/components/table-scroll';
import { isIsoDate, todayIso } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import {
  useGroupMembers,
  useGroupSessions,
  useLeaveGroup,
  useSetSessionCancelled,
  type Group,
  type GroupMember,
  type GroupSession,
} from '../api/groups';
import { AddMemberForm } from './add-member-form';
import { AttendanceRate } from './attendance-rate';
import { CancelSessionForm } from './cancel-session-form';
import { ScheduleForm } from './schedule-form';
import { SessionForm } from './session-form';

interface GroupViewProps {
  group: Group;
  participantHref: (participantId: string, enrollmentId: string) => string;
  attendanceHref: (sessionId: string) => string;
  canOverrideCapacity: boolean;
  today?: string;
}

/** A group: facts, members (add, leave) with their attendance rate, and sessions (add one, generate from a schedule). */
export function GroupView({ group, participantHref, attendanceHref, canOverrideCapacity, today = todayIso() }: GroupViewProps) {
  const [status, setStatus] = useState('');
  return (
    <VStack gap="space-40">
      <GroupFacts group={group} />
      <BodyShort role="status" className="aksel-sr-only">
        {status}
      </BodyShort>
      <MembersSection group={group} participantHref={participantHref} canOverrideCapacity={canOverrideCapacity} today={today} onStatus={setStatus} />
      <SessionsSection group={group} attendanceHref={attendanceHref} today={today} onStatus={setStatus} />
    </VStack>
  );
}

function GroupFacts({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  return (
    <dl className="fact-grid">
      <dt>{t('groups.detail.project')}</dt>
      <dd>{group.projectName}</dd>
      <dt>{t('groups.detail.period')}</dt>
      <dd>
        {group.endDate
          ? t('groups.period', { start: formatDate(group.startDate), end: formatDate(group.endDate) })
          : t('groups.periodOpen', { start: formatDate(group.startDate) })}
      </dd>
      <dt>{t('groups.detail.capacity')}</dt>
      <dd>{t('groups.membersOfCapacity', { members: group.memberCount, capacity: group.capacity })}</dd>
      {group.capacityOverrideReason && (
        <>
          <dt>{t('groups.detail.capacityReason')}</dt>
          <dd>{group.capacityOverrideReason}</dd>
        </>
      )}
      <dt>{t('groups.detail.leaders')}</dt>
      <dd>{group.leaders.length > 0 ? group.leaders.map((l) => l.name).join(', ') : t('groups.detail.noLeaders')}</dd>
      <dt>{t('groups.detail.attendance')}</dt>
      <dd>
        <AttendanceRate figures={group.attendance} breakdown />
      </dd>
    </dl>
  );
}

function MembersSection({
  group,
  participantHref,
  canOverrideCapacity,
  today,
  onStatus,
}: {
  group: Group;
  participantHref: GroupViewProps['participantHref'];
  canOverrideCapacity: boolean;
  today: string;
  onStatus: (message: string) => void;
}) {
  const { t } = useTranslation('groups');
  const query = useGroupMembers(group.id);
  const [leaving, setLeaving] = useState<GroupMember | undefined>();
  const headingId = `members-${group.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level="2" size="medium" id={headingId} spacing>
        {t('groups.members.title')}
      </Heading>
      <SectionStatus query={query} errorTitle={t('groups.members.errorTitle')}>
        {() => {
          const members = query.data ?? [];
          return (
            <VStack gap="space-24">
              {members.length === 0 ? (
                <EmptyState>{t('groups.members.empty')}</EmptyState>
              ) : (
                <TableScroll>
                  <Table size="small" zebraStripes>
                    <caption className="aksel-sr-only">{t('groups.members.tableCaption')}</caption>
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell scope="col">{t('groups.members.columns.name')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('groups.members.columns.joined')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('groups.members.columns.left')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('groups.members.columns.attendance')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">
                          <span className="aksel-sr-only">{t('groups.members.leave')}</span>
                        </Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {members.map((m) => (
                        <Table.Row key={m.id}>
                          <Table.HeaderCell scope="row">
                            <Link as={RouterLink} to={participantHref(m.participantId, m.enrollmentId)}>
                              {m.participantName}
                            </Link>
                          </Table.HeaderCell>
                          <Table.DataCell>{formatDate(m.joinedOn)}</Table.DataCell>
                          <Table.DataCell>
                            {!m.active ? (
                              m.leftOn ? formatDate(m.leftOn) : '–'
                            ) : (
                              <Tag size="xsmall" variant="moderate" data-color="success">
                                {t('groups.members.active')}
                              </Tag>
                            )}
                          </Table.DataCell>
                          <Table.DataCell>
                            <AttendanceRate figures={m.attendance} />
                          </Table.DataCell>
                          <Table.DataCell>
                            {m.active && (
                              <Button type="button" size="xsmall" variant="tertiary" onClick={() => setLeaving(m)}>
                                <span aria-hidden>{t('groups.members.leave')}</span>
                                <span className="aksel-sr-only">{t('groups.members.leaveFor', { name: m.participantName })}</span>
                              </Button>
                            )}
                          </Table.DataCell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </TableScroll>
              )}
              <AddMemberForm group={group} members={members} canOverrideCapacity={canOverrideCapacity} onAdded={(name) => onStatus(t('groups.members.added', { name }))} />
            </VStack>
          );
        }}
      </SectionStatus>
      <Modal open={leaving !== undefined} onClose={() => setLeaving(undefined)} header={{ heading: t('groups.members.leaveTitle') }} width="small">
        <Modal.Body>
          {leaving && (
            <LeaveForm
              groupId={group.id}
              member={leaving}
              today={today}
              onDone={() => {
                onStatus(t('groups.members.left', { name: leaving.participantName }));
                setLeaving(undefined);
              }}
              onCancel={() => setLeaving(undefined)}
            />
          )}
        </Modal.Body>
      </Modal>
    </section>
  );
}

function LeaveForm({
  groupId,
  member,
  today,
  onDone,
  onCancel,
}: {
  groupId: string;
  member: GroupMember;
  today: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('groups');
  const mutation = useLeaveGroup(groupId);
  const [leftOn, setLeftOn] = useState(today);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const server = fieldErrors(mutation.error);
  const dateError = submitted && !isIsoDate(leftOn) ? t('groups.members.errors.date') : server.leftOn;
  const reasonError = submitted && !reason.trim() ? t('groups.members.errors.reason') : server.reason;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!isIsoDate(leftOn) || !reason.trim()) return;
    mutation.mutate({ memberId: member.id, body: { leftOn, reason: reason.trim() } }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('groups.members.leaveTitle')}>
      <VStack gap="space-16">
        <BodyShort>{t('groups.members.leaveIntro', { name: member.participantName })}</BodyShort>
        <DateField label={t('groups.members.leftOn')} value={leftOn} onChange={setLeftOn} error={dateError} fromDate={member.joinedOn} />
        <Textarea label={t('groups.members.leaveReason')} value={reason} onChange={(e) => setReason(e.target.value)} error={reasonError} maxLength={1000} minRows={2} />
        {mutation.isError && Object.keys(server).length === 0 && <ErrorAlert error={mutation.error} title={t('groups.members.leaveError')} />}
        <FormButtons submitLabel={t('groups.members.leaveSave')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}

function sessionTime(s: Pick<GroupSession, 'startTime' | 'endTime' | 'partOfDay'>, partLabel: (p: NonNullable<GroupSession['partOfDay']>) => string): string {
  const time = s.startTime ? (s.endTime ? `${s.startTime}–${s.endTime}` : s.startTime) : '';
  const part = s.partOfDay ? partLabel(s.partOfDay) : '';
  return [part, time].filter(Boolean).join(', ') || '–';
}

function SessionsSection({
  group,
  attendanceHref,
  today,
  onStatus,
}: {
  group: Group;
  attendanceHref: (sessionId: string) => string;
  today: string;
  onStatus: (message: string) => void;
}) {
  const { t } = useTranslation('groups');
  const query = useGroupSessions(group.id);
  const [dialog, setDialog] = useState<'one' | 'schedule' | undefined>();
  const [cancelling, setCancelling] = useState<GroupSession | undefined>();
  const restore = useSetSessionCancelled(group.id);
  const [scheduleResult, setScheduleResult] = useState<{ created: number; skipped: string[] } | undefined>();
  const headingId = `sessions-${group.id}`;
  const partLabel = (p: NonNullable<GroupSession['partOfDay']>) => t(`groups.sessions.partsOfDay.${p}`);
  return (
    <section aria-labelledby={headingId}>
      <HStack justify="space-between" align="center" gap="space-8" className="section-heading">
        <Heading level="2" size="medium" id={headingId}>
          {t('groups.sessions.title')}
        </Heading>
        <HStack gap="space-8">
          <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setDialog('one')}>
            {t('groups.sessions.add')}
          </Button>
          <Button type="button" size="small" variant="secondary" icon={<CalendarIcon aria-hidden />} onClick={() => setDialog('schedule')}>
            {t('groups.sessions.schedule')}
          </Button>
        </HStack>
      </HStack>
      {scheduleResult && (
        <Alert variant="success" size="small" closeButton onClose={() => setScheduleResult(undefined)}>
          {t('groups.sessions.form.created', { count: scheduleResult.created })}{' '}
          {scheduleResult.skipped.length > 0 &&
            t('groups.sessions.form.skipped', { count: scheduleResult.skipped.length, dates: scheduleResult.skipped.map((d) => formatDate(d)).join(', ') })}
        </Alert>
      )}
      {restore.isError && <ErrorAlert error={restore.error} title={t('groups.sessions.restoreError')} />}
      <SectionStatus query={query} errorTitle={t('groups.sessions.errorTitle')}>
        {() => {
          const sessions = query.data ?? [];
          if (sessions.length === 0) return <EmptyState>{t('groups.sessions.empty')}</EmptyState>;
          return (
            <TableScroll>
              <Table size="small" zebraStripes>
                <caption className="aksel-sr-only">{t('groups.sessions.tableCaption')}</caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('groups.sessions.columns.date')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('groups.sessions.columns.time')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('groups.sessions.columns.topic')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('groups.sessions.columns.attendance')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">
                      <span className="aksel-sr-only">{t('groups.sessions.takeAttendance')}</span>
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {sessions.map((s) => {
                    const date = formatDate(s.sessionDate, { weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit' });
                    return (
                      <Table.Row key={s.id}>
                        <Table.HeaderCell scope="row">{date}</Table.HeaderCell>
                        <Table.DataCell>{sessionTime(s, partLabel)}</Table.DataCell>
                        <Table.DataCell>{[s.topic, s.location].filter(Boolean).join(' · ') || '–'}</Table.DataCell>
                        <Table.DataCell>
                          {s.status === 'cancelled' ? (
                            <>
                              <Tag size="xsmall" variant="moderate" data-color="neutral">
                                {t('groups.sessions.cancelled')}
                              </Tag>
                              {s.cancellationReason && <BodyShort size="small">{t('groups.sessions.cancelledBecause', { reason: s.cancellationReason })}</BodyShort>}
                            </>
                          ) : s.attendanceRecorded ? (
                            t('groups.sessions.recorded', { present: s.attendance.present, recorded: s.attendance.recorded })
                          ) : (
                            t('groups.sessions.notRecorded')
                          )}
                        </Table.DataCell>
                        <Table.DataCell>
                          <HStack gap="space-4" wrap={false}>
                            {s.status !== 'cancelled' && s.sessionDate <= today && (
                              <ButtonLink to={attendanceHref(s.id)} size="xsmall" variant="tertiary">
                                <span aria-hidden>{t('groups.sessions.takeAttendance')}</span>
                                <span className="aksel-sr-only">{t('groups.sessions.takeAttendanceFor', { date: formatDate(s.sessionDate) })}</span>
                              </ButtonLink>
                            )}
                            {s.status !== 'cancelled' && !s.attendanceRecorded && (
                              <Button type="button" size="xsmall" variant="tertiary" onClick={() => setCancelling(s)}>
                                <span aria-hidden>{t('groups.sessions.cancel')}</span>
                                <span className="aksel-sr-only">{t('groups.sessions.cancelFor', { date: formatDate(s.sessionDate) })}</span>
                              </Button>
                            )}
                            {s.status === 'cancelled' && (
                              <Button
                                type="button"
                                size="xsmall"
                                variant="tertiary"
                                loading={restore.isPending && restore.variables?.sessionId === s.id}
                                onClick={() =>
                                  restore.mutate(
                                    { sessionId: s.id, reason: null },
                                    { onSuccess: () => onStatus(t('groups.sessions.restoredStatus', { date: formatDate(s.sessionDate) })) },
                                  )
                                }
                              >
                                <span aria-hidden>{t('groups.sessions.restore')}</span>
                                <span className="aksel-sr-only">{t('groups.sessions.restoreFor', { date: formatDate(s.sessionDate) })}</span>
                              </Button>
                            )}
                          </HStack>
                        </Table.DataCell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </TableScroll>
          );
        }}
      </SectionStatus>
      <Modal
        open={dialog !== undefined}
        onClose={() => setDialog(undefined)}
        header={{ heading: dialog === 'schedule' ? t('groups.sessions.scheduleTitle') : t('groups.sessions.addTitle') }}
        width="medium"
      >
        <Modal.Body>
          {dialog === 'one' && (
            <SessionForm
              group={group}
              onDone={(session) => {
                setDialog(undefined);
                if (session) onStatus(t('groups.sessions.added', { date: formatDate(session.sessionDate) }));
              }}
              onCancel={() => setDialog(undefined)}
            />
          )}
          {dialog === 'schedule' && (
            <ScheduleForm
              group={group}
              onDone={(result) => {
                setDialog(undefined);
                setScheduleResult({ created: result.created.length, skipped: result.skippedDates });
              }}
              onCancel={() => setDialog(undefined)}
            />
          )}
        </Modal.Body>
      </Modal>
      <Modal open={cancelling !== undefined} onClose={() => setCancelling(undefined)} header={{ heading: t('groups.sessions.cancelTitle') }} width="medium">
        <Modal.Body>
          {cancelling && (
            <CancelSessionForm
              session={cancelling}
              onDone={() => {
                setCancelling(undefined);
                onStatus(t('groups.sessions.cancelledStatus', { date: formatDate(cancelling.sessionDate) }));
              }}
              onCancel={() => setCancelling(undefined)}
            />
          )}
        </Modal.Body>
      </Modal>
    </section>
  );
}
