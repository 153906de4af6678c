import type { ReactNode } from 'react';
import { Box, ReadMore } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';

interface ChartFigureProps {
  /** what the chart shows, read by screen readers instead of the drawing */
  label: string;
  chart: ReactNode;
  /** the same data as a table */
  table: ReactNode;
  height?: number;
}

/** A chart with its table alternative behind "Visa som tabell" (WCAG 1.1.1: the drawing alone carries no information). */
export function ChartFigure({ label, chart, table, height = 320 }: ChartFigureProps) {
  const { t } = useTranslation();
  return (
    <figure className="chart-figure">
      <Box role="img" aria-label={label} style={{ width: '100%', height }}>
        {chart}
      </Box>
      <figcaption className="aksel-sr-only">{label}</figcaption>
      <ReadMore header={t('common.showAsTable')} size="small">
        {table}
      </ReadMore>
    </figure>
  );
}
