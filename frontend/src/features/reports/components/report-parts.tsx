import { useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BodyShort, Button, HStack, Heading, Tag, VStack } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '@/components/chart-figure';
import { ErrorAlert } from '@/components/error-alert';
import { SectionStatus } from '@/components/section-status';
import { useApiClient } from '@/lib/api-client-context';
import { currentLocale } from '@/lib/i18n';
import { saveFile, type DownloadedFile, type ExportFormat, type GoalAttainment } from '../api/reports';
import { formatShare } from '../utils';
import { FigureTable, plotValue, type FigureRow } from './report-table';
import type { ApiClient } from '@/lib/api-client';

/** Colours for the sexes (WCAG 1.4.11: each at least 3:1 against white; the legend and table carry the same). */
export const SEX_COLOURS = { female: '#0067c5', male: '#c77300', other: '#06893a', total: '#23262a' } as const;

interface FigureChartProps {
  label: string;
  rows: readonly FigureRow[];
  /** which series to draw; totals only where the sexes would crowd the chart */
  series?: readonly ('female' | 'male' | 'other' | 'total')[];
  /** the table shown as the chart's text alternative */
  table: ReactNode;
  height?: number;
}

/** A bar chart of figures by sex, hidden cells left out (never drawn as zero); the table is its text alternative. */
export function FigureChart({ label, rows, series: chosen, table, height = 300 }: FigureChartProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const isShare = rows.every((r) => r.kind === 'share');
  // shares also show the total: it is often the only one large enough not to be hidden
  const series = chosen ?? (isShare ? (['female', 'male', 'other', 'total'] as const) : (['female', 'male', 'other'] as const));
  const data = rows.map((r) => ({
    label: typeof r.label === 'string' ? r.label : r.key,
    ...Object.fromEntries(series.map((s) => [s, plotValue(r.cells[s])])),
  }));
  // nothing to draw (all hidden or zero): the table beside it says everything, an empty frame would not
  const drawable = rows.some((r) => series.some((s) => (plotValue(r.cells[s]) ?? 0) !== 0));
  if (!drawable) return null;
  const format = (v: unknown) =>
    typeof v === 'number' ? (isShare ? formatShare(v / 100, locale) : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v)) : '–';
  const chart = (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
        <YAxis tick={{ fontSize: 12 }} tickFormatter={format} allowDecimals={!isShare} />
        <Tooltip formatter={format} />
        <Legend />
        {series.map((s) => (
          <Bar key={s} dataKey={s} name={t(`reports.sex.${s}`)} fill={SEX_COLOURS[s]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
  return <ChartFigure label={label} chart={chart} table={table} height={height} />;
}

/** A goal against the actual share: the verdict in words (colour is never the only cue). */
export function GoalVerdict({ goal, heading }: { goal: GoalAttainment; heading: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const verdict = goal.met === true ? 'met' : goal.met === false ? 'notMet' : 'unknown';
  let detail: string;
  if (goal.goalPct == null) detail = t('reports.goal.noGoal');
  else if (goal.suppressed) detail = t('reports.goal.suppressedText');
  else if (goal.actualPct == null) detail = t('reports.goal.noBase');
  else detail = t('reports.goal.text', { goal: formatShare(goal.goalPct / 100, locale), actual: formatShare(goal.actualPct / 100, locale) });
  return (
    <HStack gap="space-8" align="center" className="report-goal" wrap>
      <BodyShort weight="semibold">{heading}:</BodyShort>
      {goal.goalPct != null && (
        <Tag size="small" variant={verdict === 'met' ? 'success' : verdict === 'notMet' ? 'warning' : 'neutral'}>
          {t(`reports.goal.${verdict}`)}
        </Tag>
      )}
      <BodyShort>{detail}</BodyShort>
    </HStack>
  );
}

interface ExportButtonsProps {
  /** what is exported, in words, as in "Ladda ner {{what}} som CSV" */
  what: string;
  fetchFile: (client: ApiClient, format: ExportFormat) => Promise<DownloadedFile>;
  fallbackName: (format: ExportFormat) => string;
}

/** CSV and XLSX downloads through the authenticated client (the token is never put in a link). */
export function ExportButtons({ what, fetchFile, fallbackName }: ExportButtonsProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [busy, setBusy] = useState<ExportFormat | undefined>();
  const [error, setError] = useState<unknown>();
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      saveFile(await fetchFile(client, format), fallbackName(format));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <VStack gap="space-8" className="report-export">
      <HStack gap="space-8" role="group" aria-label={t('reports.export.label', { what })}>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            type="button"
            size="small"
            variant="secondary"
            icon={<DownloadIcon aria-hidden />}
            loading={busy === format}
            disabled={busy !== undefined && busy !== format}
            aria-label={t(format === 'csv' ? 'reports.export.csvLabel' : 'reports.export.xlsxLabel', { what })}
            onClick={() => void download(format)}
          >
            {t(`reports.export.${format}`)}
          </Button>
        ))}
      </HStack>
      {error !== undefined && <ErrorAlert error={error} title={t('reports.export.errorTitle')} />}
    </VStack>
  );
}

interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

interface ReportSectionProps<T> {
  id: string;
  title: string;
  query: QueryLike<T>;
  /** "{{what}}" in "Det gick inte att hämta {{what}}" */
  what: string;
  intro?: string;
  children: (data: T) => ReactNode;
}

/** One figure group: heading, loading skeleton, the API's problem in words, then the figures. */
export function ReportSection<T>({ id, title, query, what, intro, children }: ReportSectionProps<T>) {
  const { t } = useTranslation();
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="report-section">
      <Heading level="2" size="medium" id={headingId} spacing>
        {title}
      </Heading>
      {intro && <BodyShort spacing>{intro}</BodyShort>}
      <SectionStatus query={query} errorTitle={t('reports.errorTitle', { what })}>
        {() => <VStack gap="space-16">{children(query.data as T)}</VStack>}
      </SectionStatus>
    </section>
  );
}

export { FigureTable };
