import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, HStack, Link, Modal, Table, VStack } from '@navikt/ds-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { TableScroll } from '@/components/table-scroll';
import { formatDate } from '@/lib/i18n';
import { useGroups, useMe, type Group } from '../api/groups';
import { AttendanceRate } from './attendance-rate';
import { GroupForm } from './group-form';

interface GroupsViewProps {
  groupHref: (groupId: string) => string;
  canOverrideCapacity: boolean;
  onCreated: (group: Group) => void;
}

/** The group starts of the caller's projects, newest start first, and "Skapa grupp". */
export function GroupsView({ groupHref, canOverrideCapacity, onCreated }: GroupsViewProps) {
  const { t } = useTranslation('groups');
  const query = useGroups();
  const me = useMe();
  const [creating, setCreating] = useState(false);

  return (
    <VStack gap="space-16">
      <HStack justify="end">
        <Button type="button" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setCreating(true)}>
          {t('groups.create')}
        </Button>
      </HStack>
      <SectionStatus query={query} errorTitle={t('groups.errorTitle')}>
        {() => {
          const groups = query.data ?? [];
          if (groups.length === 0) return <EmptyState>{t('groups.empty')}</EmptyState>;
          return (
            <TableScroll>
              <Table size="small" zebraStripes>
                <caption className="aksel-sr-only">{t('groups.tableCaption')}</caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('groups.columns.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('groups.columns.project')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('groups.columns.start')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('groups.columns.members')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('groups.columns.nextSession')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('groups.columns.attendance')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {groups.map((g) => (
                    <Table.Row key={g.id}>
                      <Table.HeaderCell scope="row">
                        <Link as={RouterLink} to={groupHref(g.id)}>
                          {g.name}
                        </Link>
                      </Table.HeaderCell>
                      <Table.DataCell>{g.projectName}</Table.DataCell>
                      <Table.DataCell>
                        {g.endDate
                          ? t('groups.period', { start: formatDate(g.startDate), end: formatDate(g.endDate) })
                          : t('groups.periodOpen', { start: formatDate(g.startDate) })}
                      </Table.DataCell>
                      <Table.DataCell>{t('groups.membersOfCapacity', { members: g.memberCount, capacity: g.capacity })}</Table.DataCell>
                      <Table.DataCell>{g.nextSessionDate ? formatDate(g.nextSessionDate) : t('groups.noNextSession')}</Table.DataCell>
                      <Table.DataCell>
                        <AttendanceRate figures={g.attendance} />
                      </Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          );
        }}
      </SectionStatus>

      <Modal open={creating} onClose={() => setCreating(false)} header={{ heading: t('groups.form.title') }} width="medium">
        <Modal.Body>
          {me.isError ? (
            <ErrorAlert error={me.error} title={t('groups.errorTitle')} onRetry={() => void me.refetch()} />
          ) : me.isPending ? (
            <BodyShort>{t('groups.loading')}</BodyShort>
          ) : (
            creating && (
              <GroupForm
                projects={uniqueProjects(me.data.assignments)}
                canOverrideCapacity={canOverrideCapacity}
                myUserId={me.data.userId}
                onDone={(group) => {
                  setCreating(false);
                  if (group) onCreated(group);
                }}
                onCancel={() => setCreating(false)}
              />
            )
          )}
        </Modal.Body>
      </Modal>
    </VStack>
  );
}

/** One entry per project (a user may be assigned to a project for several municipalities). */
export function uniqueProjects<T extends { projectId: string }>(assignments: readonly T[]): T[] {
  const seen = new Set<string>();
  return assignments.filter((a) => !seen.has(a.projectId) && Boolean(seen.add(a.projectId)));
}
