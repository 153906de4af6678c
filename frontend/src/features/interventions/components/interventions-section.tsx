import { useState } from 'react';
import { Alert, BodyShort, Button, HStack, Heading, Modal, Table, Tag, VStack } from '@navikt/ds-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { TableScroll } from '@/components/table-scroll';
import { useApiClient } from '@/lib/api-client-context';
import { todayIso } from '@/lib/dates';
import { formatDate, formatNumber } from '@/lib/i18n';
import { getInterventionWithEtag, useInterventionTypes, useInterventions, type Intervention } from '../api/interventions';
import { computeGaps, timelineEnd } from '../utils';
import { InterventionForm } from './intervention-form';
import { InterventionTimeline } from './intervention-timeline';

interface InterventionsSectionProps {
  enrollmentId: string;
  projectId: string;
  startDate: string;
  exitDate?: string | null;
  readOnly?: boolean;
}

export function InterventionsSection({ enrollmentId, projectId, startDate, exitDate, readOnly }: InterventionsSectionProps) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const query = useInterventions(enrollmentId);
  const types = useInterventionTypes(projectId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<{ intervention: Intervention; etag: string | undefined } | undefined>();
  const [editError, setEditError] = useState<unknown>();
  const [status, setStatus] = useState('');
  const today = todayIso();
  const headingId = `interventions-${enrollmentId}`;

  const startEdit = async (i: Intervention) => {
    setEditError(undefined);
    try {
      setEditing(await getInterventionWithEtag(client, i.id)); // fresh ETag from the GET
    } catch (e) {
      setEditError(e);
    }
  };

  const typeName = (i: Intervention) =>
    i18n.language === 'en' ? (types.data?.find((x) => x.id === i.typeId)?.nameEn ?? i.typeName) : i.typeName;

  return (
    <section aria-labelledby={headingId}>
      <HStack justify="space-between" align="center" gap="space-8" className="section-heading">
        <Heading level="2" size="medium" id={headingId}>
          {t('interventions.title')}
        </Heading>
        {!readOnly && (
          <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setAdding(true)}>
            {t('interventions.add')}
          </Button>
        )}
      </HStack>
      <BodyShort role="status" className="aksel-sr-only">
        {status}
      </BodyShort>
      <SectionStatus query={query} errorTitle={t('interventions.errorTitle')}>
        {() => {
          const items = query.data ?? [];
          const end = exitDate ?? today;
          const gaps = computeGaps(items, startDate, end < today ? end : today, today);
          const ongoing = items.filter((i) => i.status === 'ongoing' && i.startDate <= today);
          const hasJobFocused = ongoing.some((i) => i.category === 'job_focused');
          return (
            <VStack gap="space-16">
              {!exitDate && !hasJobFocused && (
                <Alert variant="warning" size="small">
                  {t('interventions.noJobFocused')}
                </Alert>
              )}
              {items.length === 0 ? (
                <EmptyState>{t('interventions.empty')}</EmptyState>
              ) : (
                <>
                  <InterventionTimeline
                    interventions={items}
                    from={startDate}
                    to={timelineEnd(items, today, exitDate)}
                    today={today}
                    gaps={gaps}
                    nameOf={typeName}
                  />
                  <GapSummary gaps={gaps} />
                  <TableScroll>
                    <Table size="small" zebraStripes>
                      <caption className="aksel-sr-only">{t('interventions.tableCaption')}</caption>
                      <Table.Header>
                        <Table.Row>
                          <Table.HeaderCell scope="col">{t('interventions.columns.type')}</Table.HeaderCell>
                          <Table.HeaderCell scope="col">{t('interventions.columns.category')}</Table.HeaderCell>
                          <Table.HeaderCell scope="col">{t('interventions.columns.provider')}</Table.HeaderCell>
                          <Table.HeaderCell scope="col">{t('interventions.columns.period')}</Table.HeaderCell>
                          <Table.HeaderCell scope="col">{t('interventions.columns.hours')}</Table.HeaderCell>
                          <Table.HeaderCell scope="col">{t('interventions.columns.status')}</Table.HeaderCell>
                          {!readOnly && <Table.HeaderCell scope="col"><span className="aksel-sr-only">{t('common.actions')}</span></Table.HeaderCell>}
                        </Table.Row>
                      </Table.Header>
                      <Table.Body>
                        {items.map((i) => (
                          <Table.Row key={i.id}>
                            <Table.HeaderCell scope="row">{typeName(i)}</Table.HeaderCell>
                            <Table.DataCell>{t(`caseload.categories.${i.category}`)}</Table.DataCell>
                            <Table.DataCell>{i.providerName ?? '–'}</Table.DataCell>
                            <Table.DataCell>
                              {formatDate(i.startDate)} – {i.endDate ? formatDate(i.endDate) : i.plannedEndDate ? t('interventions.plannedTo', { date: formatDate(i.plannedEndDate) }) : ''}
                            </Table.DataCell>
                            <Table.DataCell>{i.hoursPerWeek != null ? formatNumber(i.hoursPerWeek) : '–'}</Table.DataCell>
                            <Table.DataCell>
                              <Tag size="xsmall" variant="moderate" data-color={i.status === 'ongoing' ? 'success' : 'neutral'}>
                                {t(`interventions.statuses.${i.status}`)}
                              </Tag>
                            </Table.DataCell>
                            {!readOnly && (
                              <Table.DataCell>
                                <Button type="button" size="xsmall" variant="tertiary" onClick={() => void startEdit(i)}>
                                  {t('interventions.edit', { name: typeName(i) })}
                                </Button>
                              </Table.DataCell>
                            )}
                          </Table.Row>
                        ))}
                      </Table.Body>
                    </Table>
                  </TableScroll>
                </>
              )}
              {editError !== undefined && <ErrorAlert error={editError} title={t('interventions.loadOneError')} />}
            </VStack>
          );
        }}
      </SectionStatus>

      <Modal
        open={adding || editing !== undefined}
        onClose={() => {
          setAdding(false);
          setEditing(undefined);
        }}
        header={{ heading: editing ? t('interventions.form.editTitle') : t('interventions.form.addTitle') }}
        width="medium"
      >
        <Modal.Body>
          {types.isError ? (
            <ErrorAlert error={types.error} title={t('interventions.typesError')} />
          ) : (
            (adding || editing) && (
              <InterventionForm
                key={editing?.intervention.id ?? 'new'}
                enrollmentId={enrollmentId}
                types={types.data ?? []}
                existing={editing}
                onDone={() => {
                  setStatus(editing ? t('interventions.saved') : t('interventions.added'));
                  setAdding(false);
                  setEditing(undefined);
                }}
                onCancel={() => {
                  setAdding(false);
                  setEditing(undefined);
                }}
              />
            )
          )}
        </Modal.Body>
      </Modal>
    </section>
  );
}

function GapSummary({ gaps }: { gaps: ReturnType<typeof computeGaps> }) {
  const { t } = useTranslation();
  if (gaps.length === 0) return <BodyShort>{t('interventions.gaps.none')}</BodyShort>;
  const total = gaps.reduce((sum, g) => sum + g.days, 0);
  return (
    <div>
      <BodyShort weight="semibold">{t('interventions.gaps.summary', { count: total, gaps: gaps.length })}</BodyShort>
      <ul className="compact-list">
        {gaps.map((g) => (
          <li key={g.from}>
            {t('interventions.gaps.item', { from: formatDate(g.from), to: formatDate(g.to), count: g.days })}
          </li>
        ))}
      </ul>
    </div>
  );
}
