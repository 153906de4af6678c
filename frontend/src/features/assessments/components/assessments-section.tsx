import { useState } from 'react';
import {
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  CartesianGrid,
} from 'recharts';
import { BodyShort, HGrid, HStack, Heading, Select, Table, Tag, VStack } from '@navikt/ds-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button-link';
import { ChartFigure } from '@/components/chart-figure';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { TableScroll } from '@/components/table-scroll';
import { useInstruments, type Instrument } from '@/lib/catalogue';
import { formatDate } from '@/lib/i18n';
import { useAssessments, type Assessment } from '../api/assessments';
import { assessmentsFor, formatChange, indicatorRows, ratingFor, type IndicatorRow, type Rater } from '../utils';

interface AssessmentsSectionProps {
  enrollmentId: string;
  /** link to the "record an assessment" page; omit when the enrollment is closed */
  recordHref?: string;
}

export function AssessmentsSection({ enrollmentId, recordHref }: AssessmentsSectionProps) {
  const { t } = useTranslation();
  const query = useAssessments(enrollmentId);
  const instruments = useInstruments();
  const headingId = `assessments-${enrollmentId}`;
  return (
    <section aria-labelledby={headingId}>
      <HStack justify="space-between" align="center" gap="space-8" className="section-heading">
        <Heading level="2" size="medium" id={headingId}>
          {t('assessments.title')}
        </Heading>
        {recordHref && (
          <ButtonLink to={recordHref} size="small" variant="secondary" icon={<PlusIcon aria-hidden />}>
            {t('assessments.record')}
          </ButtonLink>
        )}
      </HStack>
      <SectionStatus
        query={{
          isPending: query.isPending || instruments.isPending,
          isError: query.isError || instruments.isError,
          error: query.error ?? instruments.error,
          refetch: () => Promise.all([query.refetch(), instruments.refetch()]),
        }}
        errorTitle={t('assessments.errorTitle')}
      >
        {() => {
          const list = query.data?.items ?? [];
          const nextDue = query.data?.nextDue;
          const used = (instruments.data ?? []).filter((i) => list.some((a) => a.instrumentId === i.id));
          return (
            <VStack gap="space-24">
              {nextDue && (
                <BodyShort>{t('assessments.nextDue', { date: formatDate(nextDue) })}</BodyShort>
              )}
              {list.length === 0 ? (
                <EmptyState>{t('assessments.empty')}</EmptyState>
              ) : (
                used.map((instrument) => (
                  <InstrumentResults key={instrument.id} instrument={instrument} assessments={assessmentsFor(instrument.id, list)} />
                ))
              )}
            </VStack>
          );
        }}
      </SectionStatus>
    </section>
  );
}

const FIRST_COLOUR = '#8f8f8f';
const LATEST_COLOUR = '#0067c5';
const PARTICIPANT_COLOUR = '#c77300';
const COORDINATOR_COLOUR = '#0067c5';

function InstrumentResults({ instrument, assessments }: { instrument: Instrument; assessments: Assessment[] }) {
  const { t, i18n } = useTranslation();
  const rows = indicatorRows(instrument, assessments, i18n.language);
  const first = assessments[0]!;
  const latest = assessments[assessments.length - 1]!;
  const name = i18n.language === 'en' ? instrument.nameEn : instrument.name;
  return (
    <VStack gap="space-16">
      <Heading level="3" size="small">
        {name}
      </Heading>
      <BodyShort>
        {assessments.length > 1
          ? t('assessments.comparing', { first: formatDate(first.assessedOn), latest: formatDate(latest.assessedOn), count: assessments.length })
          : t('assessments.single', { date: formatDate(latest.assessedOn) })}
      </BodyShort>
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
        <RaterRadar rows={rows} rater="participant" hasFirst={assessments.length > 1} />
        <RaterRadar rows={rows} rater="coordinator" hasFirst={assessments.length > 1} />
      </HGrid>
      <ChangeTable rows={rows} several={assessments.length > 1} caption={t('assessments.changeCaption', { name })} />
      {assessments.length > 1 && <IndicatorTrend instrument={instrument} assessments={assessments} />}
    </VStack>
  );
}

function RaterRadar({ rows, rater, hasFirst }: { rows: IndicatorRow[]; rater: Rater; hasFirst: boolean }) {
  const { t } = useTranslation();
  const firstKey = rater === 'participant' ? 'firstParticipant' : 'firstCoordinator';
  const latestKey = rater === 'participant' ? 'latestParticipant' : 'latestCoordinator';
  const rated = rows.filter((r) => r[latestKey] != null || r[firstKey] != null);
  const title = t(`assessments.raters.${rater}`);
  if (rated.length === 0) {
    return (
      <div>
        <Heading level="4" size="xsmall" spacing>
          {title}
        </Heading>
        <EmptyState>{t('assessments.noRatings')}</EmptyState>
      </div>
    );
  }
  const data = rated.map((r) => ({ label: r.label, first: r[firstKey] ?? null, latest: r[latestKey] ?? null }));
  const chart = (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={data} outerRadius="70%">
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize: 11 }} />
        <PolarRadiusAxis angle={90} tick={{ fontSize: 10 }} />
        {hasFirst && <Radar name={t('assessments.first')} dataKey="first" stroke={FIRST_COLOUR} fill={FIRST_COLOUR} fillOpacity={0.15} isAnimationActive={false} />}
        <Radar name={t('assessments.latest')} dataKey="latest" stroke={LATEST_COLOUR} fill={LATEST_COLOUR} fillOpacity={0.3} isAnimationActive={false} />
        <Legend />
        <Tooltip />
      </RadarChart>
    </ResponsiveContainer>
  );
  const table = (
    <TableScroll>
      <Table size="small">
        <caption className="aksel-sr-only">{title}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('assessments.indicator')}</Table.HeaderCell>
            {hasFirst && <Table.HeaderCell scope="col">{t('assessments.first')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('assessments.latest')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.map((d) => (
            <Table.Row key={d.label}>
              <Table.HeaderCell scope="row">{d.label}</Table.HeaderCell>
              {hasFirst && <Table.DataCell>{d.first ?? '–'}</Table.DataCell>}
              <Table.DataCell>{d.latest ?? '–'}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
  return (
    <div>
      <Heading level="4" size="xsmall" spacing>
        {title}
      </Heading>
      <ChartFigure label={t('assessments.radarLabel', { rater: title })} chart={chart} table={table} height={340} />
    </div>
  );
}

/** Ratings, change since the first assessment and the lowest items ("Lägst") as a table. */
export function ChangeTable({ rows, several, caption }: { rows: IndicatorRow[]; several: boolean; caption: string }) {
  const { t } = useTranslation();
  const value = (v: number | null | undefined) => (v == null ? '–' : String(v));
  const change = (v: number | null | undefined) => formatChange(v) ?? '–';
  return (
    <TableScroll>
      <Table size="small" zebraStripes>
        <caption className="table-caption">{caption}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('assessments.indicator')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessments.columns.participantLatest')}</Table.HeaderCell>
            {several && <Table.HeaderCell scope="col">{t('assessments.columns.participantChange')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('assessments.columns.coordinatorLatest')}</Table.HeaderCell>
            {several && <Table.HeaderCell scope="col">{t('assessments.columns.coordinatorChange')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.key}>
              <Table.HeaderCell scope="row">
                {r.label}{' '}
                {r.lowest && (
                  <Tag size="xsmall" variant="moderate" data-color="warning">
                    {t('assessments.lowest')}
                  </Tag>
                )}
              </Table.HeaderCell>
              <Table.DataCell>{value(r.latestParticipant)}</Table.DataCell>
              {several && <Table.DataCell>{change(r.changeParticipant)}</Table.DataCell>}
              <Table.DataCell>{value(r.latestCoordinator)}</Table.DataCell>
              {several && <Table.DataCell>{change(r.changeCoordinator)}</Table.DataCell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function IndicatorTrend({ instrument, assessments }: { instrument: Instrument; assessments: Assessment[] }) {
  const { t, i18n } = useTranslation();
  const items = [...instrument.items].sort((a, b) => a.position - b.position);
  const [key, setKey] = useState(items[0]?.key ?? '');
  const item = items.find((i) => i.key === key) ?? items[0];
  if (!item) return null;
  const label = i18n.language === 'en' ? item.labelEn : item.label;
  const data = assessments.map((a) => ({
    date: formatDate(a.assessedOn),
    participant: ratingFor(a, item.key, 'participant') ?? null,
    coordinator: ratingFor(a, item.key, 'coordinator') ?? null,
  }));
  const chart = (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" />
        <YAxis domain={[instrument.scale.min, instrument.scale.max]} allowDecimals={false} />
        <Tooltip />
        <Legend />
        {item.participantRates && (
          <Line type="monotone" dataKey="participant" name={t('assessments.raters.participant')} stroke={PARTICIPANT_COLOUR} strokeWidth={2} connectNulls isAnimationActive={false} />
        )}
        {item.coordinatorRates && (
          <Line type="monotone" dataKey="coordinator" name={t('assessments.raters.coordinator')} stroke={COORDINATOR_COLOUR} strokeWidth={2} strokeDasharray="6 3" connectNulls isAnimationActive={false} />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
  const table = (
    <TableScroll>
      <Table size="small">
        <caption className="aksel-sr-only">{label}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('assessments.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessments.raters.participant')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('assessments.raters.coordinator')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.map((d, index) => (
            <Table.Row key={assessments[index]!.id}>
              <Table.HeaderCell scope="row">{d.date}</Table.HeaderCell>
              <Table.DataCell>{d.participant ?? '–'}</Table.DataCell>
              <Table.DataCell>{d.coordinator ?? '–'}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
  return (
    <VStack gap="space-8">
      <Heading level="4" size="xsmall">
        {t('assessments.trendTitle')}
      </Heading>
      <Select label={t('assessments.chooseIndicator')} value={item.key} onChange={(e) => setKey(e.target.value)} size="small" className="narrow-select">
        {items.map((i) => (
          <option key={i.key} value={i.key}>
            {i18n.language === 'en' ? i.labelEn : i.label}
          </option>
        ))}
      </Select>
      <ChartFigure label={t('assessments.trendLabel', { indicator: label })} chart={chart} table={table} height={260} />
    </VStack>
  );
}
