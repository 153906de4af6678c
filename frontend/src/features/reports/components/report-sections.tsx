import { BodyShort, Heading, Table, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/section-status';
import { TableScroll } from '@/components/table-scroll';
import { currentLocale } from '@/lib/i18n';
import {
  fetchSusListExport,
  fetchTableExport,
  useBipSignalsReport,
  useBudgetReport,
  useOutcomesReport,
  useParticipantsReport,
  useProgressionReport,
  useReferralsReport,
  useSusVariablesReport,
  type BudgetRow,
  type ReportTable,
} from '../api/reports';
import { comparisonPeriod, exportFileName, formatShare, type ReportFilter } from '../utils';
import { ExportButtons, FigureChart, GoalVerdict, ReportSection } from './report-parts';
import { FigureTable, SuppressedMark, type FigureRow } from './report-table';

interface SectionProps {
  filter: ReportFilter;
}

function useComparison(filter: ReportFilter) {
  return comparisonPeriod(filter.period, filter.comparison) ?? null;
}

/** Export of one report table for the chosen period. */
function TableExport({ table, filter }: { table: ReportTable; filter: ReportFilter }) {
  const { t } = useTranslation();
  return (
    <ExportButtons
      what={t(`reports.tables.${table}`)}
      fetchFile={(client, format) => fetchTableExport(client, table, format, filter)}
      fallbackName={(format) => exportFileName(table, filter.period, format)}
    />
  );
}

export function ParticipantsSection({ filter }: SectionProps) {
  const { t } = useTranslation();
  const query = useParticipantsReport(filter);
  const comparison = useComparison(filter);
  return (
    <ReportSection id="deltagare" title={t('reports.participants.title')} query={query} what={t('reports.tables.participants')}>
      {({ current, comparison: prev }) => {
        const rows: FigureRow[] = [
          { key: 'activeAtEnd', label: t('reports.participants.activeAtEnd'), kind: 'count', cells: current.activeAtEnd, previous: prev?.activeAtEnd },
          { key: 'started', label: t('reports.participants.started'), kind: 'count', cells: current.started, previous: prev?.started },
          { key: 'exited', label: t('reports.participants.exited'), kind: 'count', cells: current.exited, previous: prev?.exited },
          { key: 'medianDays', label: t('reports.participants.medianDays'), kind: 'number', cells: current.medianDaysInProject, previous: prev?.medianDaysInProject },
        ];
        const table = <FigureTable caption={t('reports.participants.title')} rows={rows} comparison={comparison} />;
        return (
          <>
            <FigureChart label={t('reports.participants.chart')} rows={rows.slice(0, 3)} table={table} />
            {table}
            <TableExport table="participants" filter={filter} />
            {current.municipalities.length > 0 && (
              <>
                <Heading level="3" size="small">
                  {t('reports.participants.municipalities')}
                </Heading>
                <FigureTable
                  caption={t('reports.participants.municipalities')}
                  labelHeader={t('reports.participants.municipality')}
                  rows={current.municipalities.map((m) => ({
                    key: `${m.projectId}-${m.municipalityCode}`,
                    label: `${m.municipalityName} (${m.projectName}, ${t('reports.participants.capacity').toLowerCase()} ${m.capacity})`,
                    kind: 'count',
                    cells: m.activeAtEnd,
                  }))}
                />
                <TableScroll>
                  <Table size="small">
                    <caption className="aksel-sr-only">{t('reports.participants.occupancy')}</caption>
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell scope="col">{t('reports.participants.municipality')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('reports.participants.project')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col" align="right">{t('reports.participants.capacity')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col" align="right">{t('reports.participants.occupancy')}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {current.municipalities.map((m) => (
                        <Table.Row key={`${m.projectId}-${m.municipalityCode}`}>
                          <Table.HeaderCell scope="row">{m.municipalityName}</Table.HeaderCell>
                          <Table.DataCell>{m.projectName}</Table.DataCell>
                          <Table.DataCell align="right">{m.capacity}</Table.DataCell>
                          <Table.DataCell align="right">
                            {m.occupancy.suppressed ? (
                              <SuppressedMark />
                            ) : m.occupancy.pct == null ? (
                              t('reports.noBase')
                            ) : (
                              formatShare(m.occupancy.pct / 100, currentLocale())
                            )}
                          </Table.DataCell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </TableScroll>
                <TableExport table="municipalities" filter={filter} />
              </>
            )}
          </>
        );
      }}
    </ReportSection>
  );
}

const FUNNEL_STAGES = ['received', 'screened', 'accepted', 'declined', 'withdrawn', 'enrolled'] as const;

export function ReferralsSection({ filter }: SectionProps) {
  const { t } = useTranslation();
  const query = useReferralsReport(filter);
  const comparison = useComparison(filter);
  return (
    <ReportSection id="remisser" title={t('reports.referrals.title')} query={query} what={t('reports.tables.referral_funnel')}>
      {({ current, comparison: prev }) => {
        const totalRows: FigureRow[] = FUNNEL_STAGES.map((stage) => ({
          key: stage,
          label: t(`reports.referrals.stages.${stage}`),
          kind: 'count',
          cells: current.total[stage],
          previous: prev?.total[stage],
        }));
        const totalTable = <FigureTable caption={t('reports.referrals.total')} labelHeader={t('reports.referrals.stage')} rows={totalRows} comparison={comparison} />;
        return (
          <>
            <FigureChart label={t('reports.referrals.funnelChart')} rows={totalRows} table={totalTable} />
            <Heading level="3" size="small">
              {t('reports.referrals.total')}
            </Heading>
            {totalTable}
            {current.byAgency.length === 0 ? (
              <EmptyState>{t('reports.referrals.noAgencies')}</EmptyState>
            ) : (
              current.byAgency.map((agency) => (
                <VStack key={agency.organisationId ?? 'none'} gap="space-8">
                  <Heading level="3" size="small">
                    {agency.organisationName ?? t('reports.referrals.agency')}
                  </Heading>
                  <FigureTable
                    caption={agency.organisationName ?? t('reports.referrals.agency')}
                    labelHeader={t('reports.referrals.stage')}
                    rows={FUNNEL_STAGES.map((stage) => ({
                      key: stage,
                      label: t(`reports.referrals.stages.${stage}`),
                      kind: 'count',
                      cells: agency[stage],
                      previous: prev?.byAgency.find((a) => a.organisationId === agency.organisationId)?.[stage],
                    }))}
                    comparison={comparison}
                  />
                </VStack>
              ))
            )}
            <TableExport table="referral_funnel" filter={filter} />
            {current.declineReasons.length > 0 && (
              <>
                <Heading level="3" size="small">
                  {t('reports.referrals.declineReasons')}
                </Heading>
                <FigureTable
                  caption={t('reports.referrals.declineReasons')}
                  labelHeader={t('reports.referrals.reason')}
                  rows={current.declineReasons.map((r, i) => ({ key: `${i}`, label: r.reason, kind: 'count', cells: r.count }))}
                />
                <TableExport table="decline_reasons" filter={filter} />
              </>
            )}
          </>
        );
      }}
    </ReportSection>
  );
}

export function OutcomesSection({ filter }: SectionProps) {
  const { t } = useTranslation();
  const query = useOutcomesReport(filter);
  const comparison = useComparison(filter);
  return (
    <ReportSection id="resultat" title={t('reports.outcomes.title')} query={query} what={t('reports.tables.exit_outcomes')}>
      {({ current, comparison: prev }) => {
        const outcomeRows: FigureRow[] = current.outcomes.map((o) => ({
          key: o.outcome,
          label: t(`enrollment.exit.outcomes.${o.outcome}`),
          kind: 'share',
          cells: o.share,
          previous: prev?.outcomes.find((p) => p.outcome === o.outcome)?.share,
        }));
        const headRows: FigureRow[] = [
          { key: 'exited', label: t('reports.outcomes.exited'), kind: 'count', cells: current.exited, previous: prev?.exited },
          { key: 'workOrStudies', label: t('reports.outcomes.workOrStudies'), kind: 'share', cells: current.workOrStudies, previous: prev?.workOrStudies },
        ];
        const workRows: FigureRow[] = [
          { key: 'withWageSubsidy', label: t('reports.outcomes.withWageSubsidy'), kind: 'count', cells: current.work.withWageSubsidy, previous: prev?.work.withWageSubsidy },
          { key: 'withoutWageSubsidy', label: t('reports.outcomes.withoutWageSubsidy'), kind: 'count', cells: current.work.withoutWageSubsidy, previous: prev?.work.withoutWageSubsidy },
          { key: 'fullTime', label: t('reports.outcomes.fullTime'), kind: 'count', cells: current.work.fullTime, previous: prev?.work.fullTime },
          { key: 'partTime', label: t('reports.outcomes.partTime'), kind: 'count', cells: current.work.partTime, previous: prev?.work.partTime },
          { key: 'meanExtent', label: t('reports.outcomes.meanExtent'), kind: 'number', cells: current.work.meanExtentPct, previous: prev?.work.meanExtentPct },
        ];
        const outcomeTable = <FigureTable caption={t('reports.outcomes.title')} labelHeader={t('reports.outcomes.outcome')} rows={outcomeRows} comparison={comparison} />;
        const followUp = current.followUp;
        const followUpRows: FigureRow[] = [
          { key: 'followedUp', label: t('reports.followUp.followedUp'), kind: 'count', cells: followUp.followedUp, previous: prev?.followUp.followedUp },
          { key: 'workOrStudies', label: t('reports.followUp.workOrStudies'), kind: 'share', cells: followUp.workOrStudies, previous: prev?.followUp.workOrStudies },
          ...followUp.outcomes.map<FigureRow>((o) => ({
            key: o.outcome,
            label: t(`enrollment.exit.followUpOutcomes.${o.outcome}`),
            kind: 'share',
            cells: o.share,
            previous: prev?.followUp.outcomes.find((p) => p.outcome === o.outcome)?.share,
          })),
        ];
        return (
          <>
            <GoalVerdict goal={current.goal} heading={t('reports.outcomes.goalHeading')} />
            <FigureTable caption={t('reports.outcomes.exited')} rows={headRows} comparison={comparison} />
            {outcomeRows.length > 0 && <FigureChart label={t('reports.outcomes.chart')} rows={outcomeRows} table={outcomeTable} />}
            {outcomeTable}
            <TableExport table="exit_outcomes" filter={filter} />
            <Heading level="3" size="small">
              {t('reports.outcomes.work')}
            </Heading>
            <FigureTable caption={t('reports.outcomes.work')} rows={workRows} comparison={comparison} />
            <TableExport table="work_at_exit" filter={filter} />
            <Heading level="3" size="small" id="uppfoljning">
              {t('reports.followUp.title')}
            </Heading>
            <FigureTable caption={t('reports.followUp.title')} rows={followUpRows} comparison={comparison} />
            <TableExport table="follow_up_outcomes" filter={filter} />
          </>
        );
      }}
    </ReportSection>
  );
}

export function ProgressionSection({ filter }: SectionProps) {
  const { t, i18n } = useTranslation();
  const query = useProgressionReport(filter);
  const comparison = useComparison(filter);
  return (
    <ReportSection id="stegforflyttning" title={t('reports.progression.title')} query={query} what={t('reports.tables.steps_forward')}>
      {({ current, comparison: prev }) => {
        const stepRows: FigureRow[] = [
          { key: 'stays', label: t('reports.progression.stays'), kind: 'count', cells: current.stays, previous: prev?.stays },
          { key: 'stepForward', label: t('reports.progression.stepForward'), kind: 'share', cells: current.stepForward, previous: prev?.stepForward },
          { key: 'subGoalAchieved', label: t('reports.progression.subGoalAchieved'), kind: 'share', cells: current.subGoalAchieved, previous: prev?.subGoalAchieved },
          { key: 'indicatorImproved', label: t('reports.progression.indicatorImproved'), kind: 'share', cells: current.indicatorImproved, previous: prev?.indicatorImproved },
        ];
        const stepTable = <FigureTable caption={t('reports.progression.title')} rows={stepRows} comparison={comparison} />;
        const indicatorRows: FigureRow[] = current.indicators.map((ind) => ({
          key: `${ind.instrumentId}-${ind.itemKey}`,
          label: i18n.language === 'en' ? ind.labelEn : ind.label,
          kind: 'number',
          cells: ind.meanChange,
          previous: prev?.indicators.find((p) => p.instrumentId === ind.instrumentId && p.itemKey === ind.itemKey)?.meanChange,
        }));
        const indicatorTable = (
          <FigureTable caption={t('reports.progression.indicators')} labelHeader={t('reports.progression.indicator')} rows={indicatorRows} comparison={comparison} />
        );
        const wellbeingRows: FigureRow[] = [
          { key: 'wellbeingImproved', label: t('reports.progression.wellbeingImproved'), kind: 'share', cells: current.wellbeingImproved, previous: prev?.wellbeingImproved },
        ];
        return (
          <>
            <GoalVerdict goal={current.stepForwardGoal} heading={t('reports.progression.goalHeading')} />
            <FigureChart label={t('reports.progression.chart')} rows={stepRows.slice(1)} table={stepTable} />
            {stepTable}
            <TableExport table="steps_forward" filter={filter} />
            <Heading level="3" size="small">
              {t('reports.progression.indicators')}
            </Heading>
            {indicatorRows.length === 0 ? (
              <EmptyState>{t('reports.progression.noIndicators')}</EmptyState>
            ) : (
              <>
                <FigureChart label={t('reports.progression.indicatorsChart')} rows={indicatorRows} table={indicatorTable} height={360} />
                {indicatorTable}
                <FigureTable
                  caption={t('reports.progression.indicators')}
                  labelHeader={t('reports.progression.indicator')}
                  rows={current.indicators.flatMap<FigureRow>((ind) => {
                    const label = i18n.language === 'en' ? ind.labelEn : ind.label;
                    return (['improved', 'unchanged', 'worsened'] as const).map((k) => ({
                      key: `${ind.itemKey}-${k}`,
                      label: `${label}: ${t(`reports.progression.${k}`).toLowerCase()}`,
                      kind: 'count',
                      cells: ind[k],
                    }));
                  })}
                />
                <TableExport table="indicator_changes" filter={filter} />
              </>
            )}
            {current.changeDistribution.length > 0 && (
              <>
                <Heading level="3" size="small">
                  {t('reports.progression.distribution')}
                </Heading>
                <FigureTable
                  caption={t('reports.progression.distribution')}
                  rows={current.changeDistribution.map((b) => ({
                    key: String(b.change),
                    label: t('reports.progression.changeSteps', { change: b.change > 0 ? `+${b.change}` : String(b.change) }),
                    kind: 'count',
                    cells: b.count,
                  }))}
                />
                <TableExport table="change_distribution" filter={filter} />
              </>
            )}
            <Heading level="3" size="small">
              {t('reports.progression.wellbeing')}
            </Heading>
            <GoalVerdict goal={current.wellbeingGoal} heading={t('reports.progression.wellbeingGoalHeading')} />
            <FigureTable caption={t('reports.progression.wellbeing')} rows={wellbeingRows} comparison={comparison} />
          </>
        );
      }}
    </ReportSection>
  );
}

export function BipSignalsSection({ filter }: SectionProps) {
  const { t } = useTranslation();
  const query = useBipSignalsReport(filter);
  const comparison = useComparison(filter);
  return (
    <ReportSection id="bip" title={t('reports.bip.title')} intro={t('reports.bip.intro')} query={query} what={t('reports.tables.bip_signals')}>
      {({ current, comparison: prev }) => {
        const shareRows: FigureRow[] = [
          { key: 'parallel', label: t('reports.bip.parallelJobFocusedDays'), kind: 'share', cells: current.parallelJobFocusedDays, previous: prev?.parallelJobFocusedDays },
          { key: 'without', label: t('reports.bip.daysWithoutIntervention'), kind: 'share', cells: current.daysWithoutIntervention, previous: prev?.daysWithoutIntervention },
        ];
        const rows: FigureRow[] = [
          { key: 'stays', label: t('reports.bip.stays'), kind: 'count', cells: current.stays, previous: prev?.stays },
          ...shareRows,
          { key: 'changes', label: t('reports.bip.coordinatorChanges'), kind: 'number', cells: current.coordinatorChangesPerParticipant, previous: prev?.coordinatorChangesPerParticipant },
          { key: 'overdue', label: t('reports.bip.assessmentsOverdue'), kind: 'count', cells: current.assessmentsOverdue, previous: prev?.assessmentsOverdue },
        ];
        const table = <FigureTable caption={t('reports.bip.title')} rows={rows} comparison={comparison} />;
        return (
          <>
            <FigureChart label={t('reports.bip.chart')} rows={shareRows} table={table} />
            {table}
            <TableExport table="bip_signals" filter={filter} />
          </>
        );
      }}
    </ReportSection>
  );
}

export function SusSection({ filter, withList }: SectionProps & { withList: boolean }) {
  const { t } = useTranslation();
  const query = useSusVariablesReport(filter);
  return (
    <ReportSection id="sus" title={t('reports.sus.title')} intro={t('reports.sus.intro')} query={query} what={t('reports.tables.sus_employment')}>
      {({ current }) => {
        const countRows: FigureRow[] = [
          { key: 'exited', label: t('reports.sus.exited'), kind: 'count', cells: current.exited },
          { key: 'entryNotRecorded', label: t('reports.sus.entryNotRecorded'), kind: 'count', cells: current.entryNotRecorded },
          { key: 'exitNotRecorded', label: t('reports.sus.exitNotRecorded'), kind: 'count', cells: current.exitNotRecorded },
        ];
        const employmentRows: FigureRow[] = current.employment.flatMap<FigureRow>((row) => [
          { key: `${row.status}-entry`, label: `${t(`enrollment.sus.employmentStatus.${row.status}`)}, ${t('reports.sus.atEntry').toLowerCase()}`, kind: 'count', cells: row.atEntry },
          { key: `${row.status}-exit`, label: `${t(`enrollment.sus.employmentStatus.${row.status}`)}, ${t('reports.sus.atExit').toLowerCase()}`, kind: 'count', cells: row.atExit },
        ]);
        const incomeRows: FigureRow[] = current.incomeSources.flatMap<FigureRow>((row) => [
          { key: `${row.source}-entry`, label: `${t(`enrollment.sus.incomeSources.${row.source}`)}, ${t('reports.sus.atEntry').toLowerCase()}`, kind: 'count', cells: row.atEntry },
          { key: `${row.source}-exit`, label: `${t(`enrollment.sus.incomeSources.${row.source}`)}, ${t('reports.sus.atExit').toLowerCase()}`, kind: 'count', cells: row.atExit },
        ]);
        const employmentTable = <FigureTable caption={t('reports.sus.employment')} rows={employmentRows} />;
        return (
          <>
            <FigureTable caption={t('reports.sus.title')} rows={countRows} />
            <Heading level="3" size="small">
              {t('reports.sus.employment')}
            </Heading>
            {employmentRows.length > 0 && (
              <FigureChart label={t('reports.sus.chart')} rows={employmentRows} series={['total']} table={employmentTable} />
            )}
            {employmentTable}
            <TableExport table="sus_employment" filter={filter} />
            <Heading level="3" size="small">
              {t('reports.sus.incomeSources')}
            </Heading>
            <BodyShort size="small">{t('reports.sus.incomeNote')}</BodyShort>
            <FigureTable caption={t('reports.sus.incomeSources')} rows={incomeRows} />
            <TableExport table="sus_income_sources" filter={filter} />
            {withList && (
              <>
                <Heading level="3" size="small">
                  {t('reports.sus.list')}
                </Heading>
                <BodyShort>{t('reports.sus.listIntro')}</BodyShort>
                <ExportButtons
                  what={t('reports.sus.listName')}
                  fetchFile={(client, format) => fetchSusListExport(client, format, filter)}
                  fallbackName={(format) => exportFileName('sus-lista', filter.period, format)}
                />
              </>
            )}
          </>
        );
      }}
    </ReportSection>
  );
}

export function BudgetTable({ rows }: { rows: readonly BudgetRow[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const sek = (v: number | null | undefined) =>
    v == null ? t('reports.budget.notRecorded') : new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(v);
  return (
    <TableScroll>
      <Table size="small" zebraStripes>
        <caption className="aksel-sr-only">{t('reports.budget.title')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('reports.budget.project')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('reports.budget.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t('reports.budget.budget')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t('reports.budget.spent')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t('reports.budget.used')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={`${r.projectId}-${r.year}`}>
              <Table.HeaderCell scope="row">{r.projectName}</Table.HeaderCell>
              <Table.DataCell>{r.year}</Table.DataCell>
              <Table.DataCell align="right">{sek(r.budgetSek)}</Table.DataCell>
              <Table.DataCell align="right">{sek(r.spentSek)}</Table.DataCell>
              <Table.DataCell align="right">{r.usedPct == null ? t('reports.noBase') : formatShare(r.usedPct / 100, locale)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

export function BudgetSection({ filter }: SectionProps) {
  const { t } = useTranslation();
  const query = useBudgetReport(filter);
  return (
    <ReportSection id="budget" title={t('reports.budget.title')} intro={t('reports.budget.note')} query={query} what={t('reports.tables.budget')}>
      {({ rows }) =>
        rows.length === 0 ? (
          <EmptyState>{t('reports.budget.empty')}</EmptyState>
        ) : (
          <>
            <BudgetTable rows={rows} />
            <TableExport table="budget" filter={filter} />
          </>
        )
      }
    </ReportSection>
  );
}
