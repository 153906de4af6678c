import { useState } from 'react';
import { BodyShort, Button, HStack, Heading, Modal, Table, Tag, VStack } from '@navikt/ds-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { TableScroll } from '@/components/table-scroll';
import { formatDate } from '@/lib/i18n';
import { useSetActionItemDone, useSipMeetings, type SipMeeting } from '../api/sip';
import { SipMeetingForm } from './sip-meeting-form';

interface SipSectionProps {
  enrollmentId: string;
  consentsHref: string;
  readOnly?: boolean;
}

/** SIP meetings (coordinated individual planning with healthcare and social services), newest first. */
export function SipSection({ enrollmentId, consentsHref, readOnly }: SipSectionProps) {
  const { t } = useTranslation('groups');
  const query = useSipMeetings(enrollmentId);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const headingId = `sip-${enrollmentId}`;
  return (
    <section aria-labelledby={headingId}>
      <HStack justify="space-between" align="center" gap="space-8" className="section-heading">
        <Heading level="2" size="medium" id={headingId}>
          {t('sip.title')}
        </Heading>
        {!readOnly && (
          <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setAdding(true)}>
            {t('sip.record')}
          </Button>
        )}
      </HStack>
      <BodyShort role="status" className="aksel-sr-only">
        {status}
      </BodyShort>
      <SectionStatus query={query} errorTitle={t('sip.errorTitle')}>
        {() => {
          const meetings = query.data ?? [];
          if (meetings.length === 0) return <EmptyState>{t('sip.empty')}</EmptyState>;
          return (
            <VStack gap="space-24">
              {meetings.map((m) => (
                <SipMeetingView key={m.id} meeting={m} readOnly={readOnly} />
              ))}
            </VStack>
          );
        }}
      </SectionStatus>
      <Modal open={adding} onClose={() => setAdding(false)} header={{ heading: t('sip.form.title') }} width="medium">
        <Modal.Body>
          {adding && (
            <SipMeetingForm
              enrollmentId={enrollmentId}
              consentsHref={consentsHref}
              onDone={(meeting) => {
                setAdding(false);
                if (meeting) setStatus(t('sip.recorded', { date: formatDate(meeting.meetingDate) }));
              }}
              onCancel={() => setAdding(false)}
            />
          )}
        </Modal.Body>
      </Modal>
    </section>
  );
}

function SipMeetingView({ meeting, readOnly }: { meeting: SipMeeting; readOnly?: boolean }) {
  const { t } = useTranslation('groups');
  const date = formatDate(meeting.meetingDate);
  const mark = useSetActionItemDone(meeting.enrollmentId);
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {t('sip.meeting', { date })}
      </Heading>
      <dl className="fact-grid">
        <dt>{t('sip.participants')}</dt>
        <dd>
          <ul className="compact-list">
            {meeting.participants.map((p, i) => (
              <li key={i}>{[p.organisationName, p.role, p.personName].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </dd>
        {meeting.agreed && (
          <>
            <dt>{t('sip.agreed')}</dt>
            <dd className="pre-wrap">{meeting.agreed}</dd>
          </>
        )}
        <dt>{t('sip.nextMeeting')}</dt>
        <dd>{meeting.nextMeetingDate ? formatDate(meeting.nextMeetingDate) : t('sip.noNextMeeting')}</dd>
      </dl>
      {mark.isError && <ErrorAlert error={mark.error} title={t('sip.markError')} />}
      {meeting.actionItems.length > 0 && (
        <TableScroll>
          <Table size="small">
            <caption className="table-caption">{t('sip.actionItemsCaption', { date })}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('sip.columns.who')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('sip.columns.what')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('sip.columns.due')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('sip.columns.status')}</Table.HeaderCell>
                {!readOnly && (
                  <Table.HeaderCell scope="col">
                    <span className="aksel-sr-only">{t('sip.columns.change')}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {meeting.actionItems.map((a, i) => (
                <Table.Row key={i}>
                  <Table.HeaderCell scope="row">{a.who}</Table.HeaderCell>
                  <Table.DataCell className="pre-wrap">{a.what}</Table.DataCell>
                  <Table.DataCell>{a.dueDate ? formatDate(a.dueDate) : '–'}</Table.DataCell>
                  <Table.DataCell>
                    <Tag size="xsmall" variant="moderate" data-color={a.done ? 'success' : 'neutral'}>
                      {a.done ? t('sip.done') : t('sip.notDone')}
                    </Tag>
                  </Table.DataCell>
                  {!readOnly && (
                    <Table.DataCell>
                      <Button
                        type="button"
                        size="xsmall"
                        variant="tertiary"
                        loading={mark.isPending && mark.variables?.item === a}
                        onClick={() => mark.mutate({ meetingId: meeting.id, item: a, done: !a.done })}
                      >
                        <span aria-hidden>{a.done ? t('sip.markNotDone') : t('sip.markDone')}</span>
                        <span className="aksel-sr-only">{t(a.done ? 'sip.markNotDoneFor' : 'sip.markDoneFor', { what: a.what })}</span>
                      </Button>
                    </Table.DataCell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </VStack>
  );
}
