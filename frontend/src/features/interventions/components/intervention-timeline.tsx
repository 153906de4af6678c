import { Bar, BarChart, CartesianGrid, Cell, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { HStack, Table } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '@/components/chart-figure';
import { TableScroll } from '@/components/table-scroll';
import { toDayNumber, fromDayNumber } from '@/lib/dates';
import { formatDate } from '@/lib/i18n';
import { CATEGORIES, type Intervention, type InterventionCategory } from '../api/interventions';
import type { Gap } from '../utils';

/** Category colours (Aksel palette); the category is also written out, colour is never the only cue. */
export const CATEGORY_COLOURS: Record<InterventionCategory, string> = {
  job_focused: '#0067c5',
  competence: '#8269a2',
  health: '#06893a',
  social: '#c77300',
};

interface Props {
  interventions: readonly Intervention[];
  from: string;
  to: string;
  today: string;
  gaps: readonly Gap[];
  nameOf: (i: Intervention) => string;
}

/** Parallel bars per intervention, grouped by category, with the gaps shaded; a table says the same. */
export function InterventionTimeline({ interventions, from, to, today, gaps, nameOf }: Props) {
  const { t } = useTranslation();
  const shown = interventions
    .filter((i) => i.status !== 'cancelled')
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || a.startDate.localeCompare(b.startDate));
  const rows = shown.map((i) => {
    const end = i.endDate ?? i.plannedEndDate ?? (i.status === 'ongoing' ? to : i.startDate);
    return {
      id: i.id,
      name: `${nameOf(i)} (${t(`caseload.categories.${i.category}`)})`,
      category: i.category,
      planned: i.status === 'planned',
      range: [toDayNumber(i.startDate), toDayNumber(end) + 1] as [number, number],
    };
  });
  const domain: [number, number] = [toDayNumber(from), toDayNumber(to) + 1];
  const height = Math.max(160, rows.length * 36 + 60);

  const chart = (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }} barCategoryGap={6}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={domain} tickFormatter={(d: number) => formatDate(fromDayNumber(d), { month: 'short', day: 'numeric' })} scale="linear" allowDataOverflow />
        <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 13 }} />
        {gaps.map((g) => (
          <ReferenceArea key={g.from} x1={toDayNumber(g.from)} x2={toDayNumber(g.to) + 1} fill="#c30000" fillOpacity={0.12} ifOverflow="hidden" />
        ))}
        <ReferenceLine x={toDayNumber(today)} stroke="#23262a" strokeDasharray="4 2" label={{ value: t('interventions.timeline.today'), position: 'top', fontSize: 12 }} />
        <Tooltip
          formatter={(value) => {
            const [a, b] = value as unknown as [number, number];
            return [`${formatDate(fromDayNumber(a))} – ${formatDate(fromDayNumber(b - 1))}`, t('interventions.columns.period')];
          }}
        />
        <Bar dataKey="range" isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.id} fill={CATEGORY_COLOURS[r.category]} fillOpacity={r.planned ? 0.4 : 1} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );

  const table = (
    <TableScroll>
      <Table size="small">
        <caption className="aksel-sr-only">{t('interventions.timeline.label')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('interventions.columns.type')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('interventions.columns.category')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('interventions.timeline.from')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('interventions.timeline.to')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {shown.map((i, index) => (
            <Table.Row key={i.id}>
              <Table.HeaderCell scope="row">{nameOf(i)}</Table.HeaderCell>
              <Table.DataCell>{t(`caseload.categories.${i.category}`)}</Table.DataCell>
              <Table.DataCell>{formatDate(i.startDate)}</Table.DataCell>
              <Table.DataCell>{formatDate(fromDayNumber(rows[index]!.range[1] - 1))}</Table.DataCell>
            </Table.Row>
          ))}
          {gaps.map((g) => (
            <Table.Row key={`gap-${g.from}`}>
              <Table.HeaderCell scope="row">{t('interventions.timeline.gap')}</Table.HeaderCell>
              <Table.DataCell>–</Table.DataCell>
              <Table.DataCell>{formatDate(g.from)}</Table.DataCell>
              <Table.DataCell>{formatDate(g.to)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );

  return (
    <div>
      <HStack gap="space-16" wrap as="ul" className="chart-legend" aria-label={t('interventions.timeline.legend')}>
        {CATEGORIES.map((c) => (
          <li key={c}>
            <span className="swatch" style={{ background: CATEGORY_COLOURS[c] }} aria-hidden />
            {t(`caseload.categories.${c}`)}
          </li>
        ))}
        <li>
          <span className="swatch swatch--gap" aria-hidden />
          {t('interventions.timeline.gap')}
        </li>
      </HStack>
      <ChartFigure label={t('interventions.timeline.label')} chart={chart} table={table} height={height} />
    </div>
  );
}
