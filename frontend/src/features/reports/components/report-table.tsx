import { createContext, useContext, type ReactNode } from 'react';
import { BodyShort, Table } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/table-scroll';
import { currentLocale } from '@/lib/i18n';
import type { CountCell, NumberCell, ShareCell } from '../api/reports';
import { changeFrom, formatShare, formatSignedNumber, type Period } from '../utils';

/** The report's small-cell limit (`scope.minCell`), for the explanation of hidden cells. */
export const MinCellContext = createContext(5);

export const SEXES = ['female', 'male', 'other', 'total'] as const;
export type SexKey = (typeof SEXES)[number];

export type FigureKind = 'count' | 'share' | 'number';
type CellOf<K extends FigureKind> = K extends 'count' ? CountCell : K extends 'share' ? ShareCell : NumberCell;
type BySex<C> = Record<SexKey, C>;

export type FigureRow = {
  [K in FigureKind]: {
    key: string;
    label: ReactNode;
    kind: K;
    cells: BySex<CellOf<K>>;
    /** the same figure in the comparison period */
    previous?: BySex<CellOf<K>> | null;
  };
}[FigureKind];

type AnyCell = CountCell | ShareCell | NumberCell;

export function isSuppressed(cell: AnyCell | undefined | null): boolean {
  return Boolean(cell?.suppressed);
}

/** A hidden cell: "–" on screen, the reason for screen readers and on hover. */
export function SuppressedMark() {
  const { t } = useTranslation();
  const minCell = useContext(MinCellContext);
  const text = t('reports.suppressedCell', { minCell });
  return (
    <span className="report-suppressed" title={text}>
      <span aria-hidden="true">{t('reports.suppressed')}</span>
      <span className="aksel-sr-only">{text}</span>
    </span>
  );
}

/** The numeric value a chart can draw, or null when hidden or missing. */
export function plotValue(cell: AnyCell): number | null {
  if (cell.suppressed) return null;
  return 'pct' in cell ? cell.pct : cell.value;
}

export function CellText({ kind, cell }: { kind: FigureKind; cell: AnyCell }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (cell.suppressed) return <SuppressedMark />;
  if (kind === 'share') {
    const share = cell as ShareCell;
    if (share.pct == null) return <>{t('reports.noBase')}</>;
    const text = formatShare(share.pct / 100, locale);
    return share.numerator != null && share.denominator != null ? (
      <>{t('reports.shareOf', { share: text, numerator: share.numerator, denominator: share.denominator })}</>
    ) : (
      <>{text}</>
    );
  }
  const value = (cell as CountCell | NumberCell).value;
  if (value == null) return <>{t('reports.noBase')}</>;
  return <>{new Intl.NumberFormat(locale, { maximumFractionDigits: kind === 'number' ? 1 : 0 }).format(value)}</>;
}

/** The change of the total from the comparison period, in the figure's unit (percentage points for shares). */
export function ChangeText({ row }: { row: FigureRow }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const current = row.cells.total;
  const previous = row.previous?.total;
  if (!previous) return null;
  if (current.suppressed || previous.suppressed) return <SuppressedMark />;
  const change = changeFrom(plotValue(current), plotValue(previous));
  if (change === undefined) return <>{t('reports.noBase')}</>;
  if (row.kind === 'share') {
    const value = formatSignedNumber(change, locale, 0);
    return <>{t('reports.points', { value, count: Math.abs(Math.round(change)) })}</>;
  }
  return <>{formatSignedNumber(change, locale, row.kind === 'number' ? 1 : 0)}</>;
}

export function rowsHaveSuppression(rows: readonly FigureRow[]): boolean {
  return rows.some((r) => SEXES.some((s) => isSuppressed(r.cells[s]) || isSuppressed(r.previous?.[s])));
}

export function SuppressionLegend() {
  const { t } = useTranslation();
  const minCell = useContext(MinCellContext);
  return (
    <BodyShort size="small" textColor="subtle" className="report-legend">
      {t('reports.legend', { minCell })}
    </BodyShort>
  );
}

interface FigureTableProps {
  caption: string;
  rows: readonly FigureRow[];
  /** the first column's heading */
  labelHeader?: string;
  /** the comparison period, when the change column is to be shown */
  comparison?: Period | null;
  /** visible caption (default: for screen readers only, the section heading says it) */
  showCaption?: boolean;
}

/** Figures by sex with totals, hidden cells marked, and the change of the total from the comparison period. */
export function FigureTable({ caption, rows, labelHeader, comparison, showCaption = false }: FigureTableProps) {
  const { t } = useTranslation();
  const withChange = Boolean(comparison) && rows.some((r) => r.previous);
  return (
    // scrolls sideways on narrow screens: focusable so keyboard users can scroll it too (WCAG 2.1.1)
    <div className="report-table" tabIndex={0} role="group" aria-label={caption}>
      <TableScroll>
        <Table size="small" zebraStripes>
          <caption className={showCaption ? 'report-table__caption' : 'aksel-sr-only'}>{caption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{labelHeader ?? t('reports.columns.figure')}</Table.HeaderCell>
              {SEXES.map((s) => (
                <Table.HeaderCell key={s} scope="col" align="right">
                  {t(`reports.sex.${s}`)}
                </Table.HeaderCell>
              ))}
              {withChange && (
                <Table.HeaderCell scope="col" align="right">
                  {t('reports.columns.change')}
                </Table.HeaderCell>
              )}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {SEXES.map((s) => (
                  <Table.DataCell key={s} align="right" className={s === 'total' ? 'report-total' : undefined}>
                    <CellText kind={row.kind} cell={row.cells[s]} />
                  </Table.DataCell>
                ))}
                {withChange && (
                  <Table.DataCell align="right">
                    <ChangeText row={row} />
                  </Table.DataCell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {withChange && comparison && (
        <BodyShort size="small" textColor="subtle">
          {t('reports.changeHelp', { from: comparison.from, to: comparison.to })}
        </BodyShort>
      )}
      {rowsHaveSuppression(rows) && <SuppressionLegend />}
    </div>
  );
}
