import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BodyShort, HStack, Heading, Table, Tag, VStack } from '@navikt/ds-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button-link';
import { ChartFigure } from '@/components/chart-figure';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { TableScroll } from '@/components/table-scroll';
import { useInstruments } from '@/lib/catalogue';
import { formatDate, formatNumber } from '@/lib/i18n';
import { useWellbeingChange, type WellbeingInstrumentChange } from '../api/wellbeing';
import { formatSigned } from '../utils';

interface WellbeingSectionProps {
  enrollmentId: string;
  /** the project's instruments; the ones with purpose `wellbeing` get a "Registrera mående" link */
  instrumentIds: readonly string[];
  /** link to the assessment form with the instrument chosen; omit when the enrollment is closed */
  recordHref?: (instrumentId: string) => string;
}

const FIRST_COLOUR = '#8f8f8f';
const LAST_COLOUR = '#0067c5';

/** Self-rated well-being from the start to the latest rating (or the exit): per question and the mean. */
export function WellbeingSection({ enrollmentId, instrumentIds, recordHref }: WellbeingSectionProps) {
  const { t, i18n } = useTranslation('groups');
  const query = useWellbeingChange(enrollmentId);
  const instruments = useInstruments();
  const wellbeingInstruments = (instruments.data ?? []).filter((i) => i.purpose === 'wellbeing' && instrumentIds.includes(i.id));
  const headingId = `wellbeing-${enrollmentId}`;
  if (!query.isPending && !query.isError && query.data.instruments.length === 0 && wellbeingInstruments.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <HStack justify="space-between" align="center" gap="space-8" className="section-heading">
        <Heading level="2" size="medium" id={headingId}>
          {t('wellbeing.title')}
        </Heading>
        {recordHref &&
          wellbeingInstruments.map((i) => (
            <ButtonLink key={i.id} to={recordHref(i.id)} size="small" variant="secondary" icon={<PlusIcon aria-hidden />}>
              {wellbeingInstruments.length > 1 ? `${t('wellbeing.record')}: ${i18n.language === 'en' ? i.nameEn : i.name}` : t('wellbeing.record')}
            </ButtonLink>
          ))}
      </HStack>
      <SectionStatus query={query} errorTitle={t('wellbeing.errorTitle')}>
        {() => {
          const data = query.data!;
          if (data.instruments.length === 0) return <EmptyState>{t('wellbeing.empty')}</EmptyState>;
          return (
            <VStack gap="space-24">
              <BodyShort>{data.exited && data.endDate ? t('wellbeing.toExit', { date: formatDate(data.endDate) }) : t('wellbeing.toLatest')}</BodyShort>
              {data.instruments.map((change) => (
                <InstrumentChange key={change.instrumentId} change={change} several={data.instruments.length > 1} />
              ))}
            </VStack>
          );
        }}
      </SectionStatus>
    </section>
  );
}

function mean(value: number | null | undefined): string {
  return value == null ? '–' : formatNumber(value, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

function InstrumentChange({ change, several }: { change: WellbeingInstrumentChange; several: boolean }) {
  const { t, i18n } = useTranslation('groups');
  const en = i18n.language === 'en';
  const name = change.instrumentName;
  const last = change.last;
  const label = (item: WellbeingInstrumentChange['items'][number]) => (en ? item.labelEn : item.label);

  if (!last) {
    return (
      <VStack gap="space-8">
        {several && (
          <Heading level="3" size="small">
            {name}
          </Heading>
        )}
        <BodyShort>{t('wellbeing.single', { date: formatDate(change.first.assessedOn) })}</BodyShort>
      </VStack>
    );
  }

  const data = change.items.map((item) => ({ label: label(item), first: item.first ?? null, last: item.last ?? null }));
  const chart = (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar dataKey="first" name={`${t('wellbeing.first')} (${formatDate(change.first.assessedOn)})`} fill={FIRST_COLOUR} isAnimationActive={false} />
        <Bar dataKey="last" name={`${t('wellbeing.last')} (${formatDate(last.assessedOn)})`} fill={LAST_COLOUR} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
  const table = <ChangeTable change={change} caption={t('wellbeing.tableCaption', { name })} />;

  return (
    <VStack gap="space-12">
      {several && (
        <Heading level="3" size="small">
          {name}
        </Heading>
      )}
      <BodyShort>
        {t('wellbeing.comparing', { first: formatDate(change.first.assessedOn), last: formatDate(last.assessedOn), count: change.assessmentCount })}
      </BodyShort>
      <HStack gap="space-8" align="center" wrap>
        <BodyShort weight="semibold">
          {t('wellbeing.meanChange', { first: mean(change.first.mean), last: mean(last.mean), change: formatSigned(change.meanChange) })}
        </BodyShort>
        {change.improved != null && (
          <Tag size="small" variant="moderate" data-color={change.improved ? 'success' : 'neutral'}>
            {change.improved ? t('wellbeing.improved') : t('wellbeing.notImproved')}
          </Tag>
        )}
      </HStack>
      {table}
      <ChartFigure label={t('wellbeing.chartLabel', { name })} chart={chart} table={<ChangeTable change={change} caption={t('wellbeing.chartLabel', { name })} hiddenCaption />} height={280} />
    </VStack>
  );
}

/** Per question first, latest and change, and the mean as the last row. */
export function ChangeTable({ change, caption, hiddenCaption }: { change: WellbeingInstrumentChange; caption: string; hiddenCaption?: boolean }) {
  const { t, i18n } = useTranslation('groups');
  const value = (v: number | null | undefined) => (v == null ? '–' : String(v));
  return (
    <TableScroll>
      <Table size="small" zebraStripes>
        <caption className={hiddenCaption ? 'aksel-sr-only' : 'table-caption'}>{caption}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('wellbeing.item')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('wellbeing.first')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('wellbeing.last')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('wellbeing.change')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {change.items.map((item) => (
            <Table.Row key={item.itemKey}>
              <Table.HeaderCell scope="row">{i18n.language === 'en' ? item.labelEn : item.label}</Table.HeaderCell>
              <Table.DataCell>{value(item.first)}</Table.DataCell>
              <Table.DataCell>{value(item.last)}</Table.DataCell>
              <Table.DataCell>{formatSigned(item.change)}</Table.DataCell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t('wellbeing.total')}</Table.HeaderCell>
            <Table.DataCell>{mean(change.first.mean)}</Table.DataCell>
            <Table.DataCell>{mean(change.last?.mean)}</Table.DataCell>
            <Table.DataCell>{formatSigned(change.meanChange)}</Table.DataCell>
          </Table.Row>
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
