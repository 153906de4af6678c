import { useEffect, useState } from 'react';
import { HGrid, Select, ToggleGroup, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { todayIso } from '@/lib/dates';
import type { Project } from '../api/reports';
import {
  comparisonPeriod,
  periodError,
  quarterOf,
  quarterPeriod,
  recentQuarters,
  yearPeriod,
  type ComparisonKind,
  type PeriodKind,
  type ReportFilter,
} from '../utils';

interface ReportFiltersProps {
  value: ReportFilter;
  onChange: (filter: ReportFilter) => void;
  projects: readonly Project[];
}

const YEARS_BACK = 5;

/** Project or whole federation, municipality, period (quarter, year or custom) and comparison period. */
export function ReportFilters({ value, onChange, projects }: ReportFiltersProps) {
  const { t } = useTranslation();
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  // half-typed custom dates live here until they make a valid period
  const [custom, setCustom] = useState(value.period);
  useEffect(() => setCustom(value.period), [value.period]);
  const customError = value.kind === 'custom' ? periodError(custom) : undefined;

  const project = projects.find((p) => p.id === value.projectId);
  const municipalities = (project ? project.municipalities : projects.flatMap((p) => p.municipalities))
    .filter((m, i, all) => all.findIndex((o) => o.municipalityCode === m.municipalityCode) === i)
    .sort((a, b) => (a.municipalityName ?? a.municipalityCode).localeCompare(b.municipalityName ?? b.municipalityCode, 'sv'));

  const setKind = (kind: PeriodKind) => {
    if (kind === 'quarter') {
      const { year, quarter } = quarterOf(value.period.from);
      onChange({ ...value, kind, period: quarterPeriod(year, quarter) });
    } else if (kind === 'year') {
      onChange({ ...value, kind, period: yearPeriod(Number(value.period.from.slice(0, 4))) });
    } else {
      onChange({ ...value, kind });
    }
  };

  const setCustomDate = (field: 'from' | 'to', date: string) => {
    const next = { ...custom, [field]: date };
    setCustom(next);
    if (!periodError(next)) onChange({ ...value, period: next });
  };

  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  const quarters = recentQuarters(today, 12);
  const { year: chosenYear, quarter: chosenQuarter } = quarterOf(value.period.from);

  return (
    <VStack gap="space-16" role="group" aria-label={t('reports.filters.label')} className="report-filters">
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
        <Select
          label={t('reports.filters.project')}
          size="small"
          value={value.projectId ?? ''}
          onChange={(e) => onChange({ ...value, projectId: e.target.value || undefined, municipalityCode: undefined })}
        >
          <option value="">{t('reports.filters.allProjects')}</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Select
          label={t('reports.filters.municipality')}
          size="small"
          value={value.municipalityCode ?? ''}
          onChange={(e) => onChange({ ...value, municipalityCode: e.target.value || undefined })}
        >
          <option value="">{t('reports.filters.allMunicipalities')}</option>
          {municipalities.map((m) => (
            <option key={m.municipalityCode} value={m.municipalityCode}>
              {m.municipalityName ?? m.municipalityCode}
            </option>
          ))}
        </Select>
      </HGrid>
      <ToggleGroup
        label={t('reports.filters.periodKind')}
        size="small"
        value={value.kind}
        onChange={(kind) => setKind(kind as PeriodKind)}
      >
        {(['quarter', 'year', 'custom'] as const).map((kind) => (
          <ToggleGroup.Item key={kind} value={kind} label={t(`reports.filters.kinds.${kind}`)} />
        ))}
      </ToggleGroup>
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-16" align="start">
        {value.kind === 'quarter' && (
          <Select
            label={t('reports.filters.quarter')}
            size="small"
            value={`${chosenYear}-${chosenQuarter}`}
            onChange={(e) => {
              const [y, q] = e.target.value.split('-').map(Number) as [number, number];
              onChange({ ...value, period: quarterPeriod(y, q) });
            }}
          >
            {quarters.map((q) => (
              <option key={`${q.year}-${q.quarter}`} value={`${q.year}-${q.quarter}`}>
                {t('reports.filters.quarterOption', { quarter: q.quarter, year: q.year })}
              </option>
            ))}
          </Select>
        )}
        {value.kind === 'year' && (
          <Select
            label={t('reports.filters.year')}
            size="small"
            value={String(chosenYear)}
            onChange={(e) => onChange({ ...value, period: yearPeriod(Number(e.target.value)) })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        )}
        {value.kind === 'custom' && (
          <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
            <DateField
              label={t('reports.filters.from')}
              size="small"
              value={custom.from}
              onChange={(d) => setCustomDate('from', d)}
              error={customError === 'fromInvalid' ? t('reports.filters.errors.fromInvalid') : undefined}
            />
            <DateField
              label={t('reports.filters.to')}
              size="small"
              value={custom.to}
              onChange={(d) => setCustomDate('to', d)}
              error={
                customError === 'toInvalid' || customError === 'order' ? t(`reports.filters.errors.${customError}`) : undefined
              }
            />
          </HGrid>
        )}
        <Select
          label={t('reports.filters.comparison')}
          size="small"
          value={value.comparison}
          onChange={(e) => onChange({ ...value, comparison: e.target.value as ComparisonKind })}
        >
          {(['previous', 'lastYear', 'none'] as const).map((kind) => {
            const p = comparisonPeriod(value.period, kind);
            return (
              <option key={kind} value={kind}>
                {t(`reports.filters.comparisons.${kind}`, { from: p?.from ?? '', to: p?.to ?? '' })}
              </option>
            );
          })}
        </Select>
      </HGrid>
    </VStack>
  );
}
