import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, HStack, Link, Table, type SortState } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/table-scroll';
import { formatDate } from '@/lib/i18n';
import type { CaseloadItem } from '../api/get-caseload';
import { nextSort, participantName, sortCaseload, type SortKey } from '../utils';
import { FlagTag } from './flag-tag';

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

const COLUMNS: readonly SortKey[] = ['name', 'project', 'phase', 'startDate', 'plannedEndDate', 'nextAssessmentDue'];

interface CaseloadTableProps {
  items: readonly CaseloadItem[];
  caption: string;
  /** where a row's name links to (the participant page) */
  participantHref: (item: CaseloadItem) => string;
}

export function CaseloadTable({ items, caption, participantHref }: CaseloadTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortState | undefined>({ orderBy: 'nextAssessmentDue', direction: 'ascending' });
  const rows = sortCaseload(items, sort);

  return (
    <TableScroll>
      <Table
        size="medium"
        zebraStripes
        sort={sort}
        onSortChange={(key) => setSort((current) => nextSort(current, key))}
      >
        <caption className="aksel-sr-only">{caption}</caption>
        <Table.Header>
          <Table.Row>
            {COLUMNS.map((key) => (
              <Table.ColumnHeader key={key} sortKey={key} sortable scope="col">
                {t(`caseload.columns.${key}`)}
              </Table.ColumnHeader>
            ))}
            <Table.HeaderCell scope="col">{t('caseload.columns.interventions')}</Table.HeaderCell>
            <Table.ColumnHeader sortKey="flags" sortable scope="col">
              {t('caseload.columns.flags')}
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((item) => (
            <Table.Row key={item.enrollmentId}>
              <Table.HeaderCell scope="row">
                <Link as={RouterLink} to={participantHref(item)}>
                  {participantName(item) ?? t('caseload.unnamed', { birthYear: item.birthYear })}
                </Link>
              </Table.HeaderCell>
              <Table.DataCell>{item.projectName}</Table.DataCell>
              <Table.DataCell>{t(`caseload.phases.${item.phase}`)}</Table.DataCell>
              <Table.DataCell>{formatDate(item.startDate, DATE)}</Table.DataCell>
              <Table.DataCell>{formatDate(item.plannedEndDate, DATE)}</Table.DataCell>
              <Table.DataCell>
                {item.nextAssessmentDue ? formatDate(item.nextAssessmentDue, DATE) : t('caseload.notScheduled')}
              </Table.DataCell>
              <Table.DataCell>
                {item.activeCategories.length > 0
                  ? item.activeCategories.map((c) => t(`caseload.categories.${c}`)).join(', ')
                  : t('caseload.noneActive')}
              </Table.DataCell>
              <Table.DataCell>
                {item.flags.length > 0 ? (
                  <HStack gap="space-4" wrap as="ul" className="plain-list" aria-label={t('caseload.columns.flags')}>
                    {item.flags.map((flag) => (
                      <li key={flag}>
                        <FlagTag flag={flag} />
                      </li>
                    ))}
                  </HStack>
                ) : (
                  <BodyShort size="small" textColor="subtle">
                    {t('caseload.noFlags')}
                  </BodyShort>
                )}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
