import { Link as RouterLink } from 'react-router';
import { BodyShort, Heading, Link, ReadMore, Table, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { TableScroll } from '@/components/table-scroll';
import { formatDate } from '@/lib/i18n';
import { useEnrollmentAttendance } from '../api/groups';
import { AttendanceRate } from './attendance-rate';

interface EnrollmentAttendanceSectionProps {
  enrollmentId: string;
  groupHref: (groupId: string) => string;
}

/** On the participant page: attendance in total and per group, with the recorded sessions behind "Visa". */
export function EnrollmentAttendanceSection({ enrollmentId, groupHref }: EnrollmentAttendanceSectionProps) {
  const { t } = useTranslation('groups');
  const query = useEnrollmentAttendance(enrollmentId);
  const headingId = `attendance-${enrollmentId}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level="2" size="medium" id={headingId} spacing>
        {t('groups.participant.title')}
      </Heading>
      <SectionStatus query={query} errorTitle={t('groups.participant.errorTitle')}>
        {() => {
          const data = query.data!;
          if (data.groups.length === 0) return <EmptyState>{t('groups.participant.empty')}</EmptyState>;
          return (
            <VStack gap="space-16">
              {data.groups.length > 1 && (
                <div>
                  <BodyShort weight="semibold">{t('groups.participant.total')}</BodyShort>
                  <AttendanceRate figures={data.attendance} breakdown />
                </div>
              )}
              <TableScroll>
                <Table size="small" zebraStripes>
                  <caption className="aksel-sr-only">{t('groups.participant.tableCaption')}</caption>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('groups.participant.columns.group')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('groups.participant.columns.period')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('groups.participant.columns.attendance')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {data.groups.map((g) => (
                      <Table.Row key={g.memberId}>
                        <Table.HeaderCell scope="row">
                          <Link as={RouterLink} to={groupHref(g.groupId)}>
                            {g.groupName}
                          </Link>
                        </Table.HeaderCell>
                        <Table.DataCell>
                          {g.leftOn
                            ? t('groups.period', { start: formatDate(g.joinedOn), end: formatDate(g.leftOn) })
                            : t('groups.periodOpen', { start: formatDate(g.joinedOn) })}
                        </Table.DataCell>
                        <Table.DataCell>
                          <AttendanceRate figures={g.attendance} breakdown />
                        </Table.DataCell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableScroll>
              {data.groups
                .filter((g) => g.sessions.length > 0)
                .map((g) => (
                  <ReadMore key={g.memberId} header={t('groups.participant.sessions', { group: g.groupName })} size="small">
                    <TableScroll>
                      <Table size="small">
                        <caption className="aksel-sr-only">{t('groups.participant.sessionsCaption', { group: g.groupName })}</caption>
                        <Table.Header>
                          <Table.Row>
                            <Table.HeaderCell scope="col">{t('groups.sessions.columns.date')}</Table.HeaderCell>
                            <Table.HeaderCell scope="col">{t('groups.sessions.columns.topic')}</Table.HeaderCell>
                            <Table.HeaderCell scope="col">{t('groups.sessions.columns.attendance')}</Table.HeaderCell>
                          </Table.Row>
                        </Table.Header>
                        <Table.Body>
                          {g.sessions.map((s) => (
                            <Table.Row key={s.sessionId}>
                              <Table.HeaderCell scope="row">{formatDate(s.sessionDate)}</Table.HeaderCell>
                              <Table.DataCell>{s.topic ?? '–'}</Table.DataCell>
                              <Table.DataCell>
                                {t(`groups.attendance.statuses.${s.status}`)}
                                {s.note ? ` (${s.note})` : ''}
                              </Table.DataCell>
                            </Table.Row>
                          ))}
                        </Table.Body>
                      </Table>
                    </TableScroll>
                  </ReadMore>
                ))}
            </VStack>
          );
        }}
      </SectionStatus>
    </section>
  );
}
