import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, HStack, Heading, Link, VStack } from '@navikt/ds-react';
import { PrinterSmallIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { SectionStatus, EmptyState } from '@/components/section-status';
import { formatDate } from '@/lib/i18n';
import { usePeriodSummary } from '../api/reports';
import { comparisonPeriod, filterToSearch } from '../utils';
import { FigureChart, GoalVerdict } from './report-parts';
import { BudgetTable } from './report-sections';
import { useReportFilter, ScopeSummary } from './reports-page';
import { FigureTable, MinCellContext, type FigureRow } from './report-table';
import '../reports.css';

/** The steering group's period report: main figures, goal attainment and budget, laid out for paper. */
export function PeriodReport({ backHref }: { backHref: (search: string) => string }) {
  const { t } = useTranslation();
  const [filter] = useReportFilter();
  const query = usePeriodSummary(filter);
  const comparison = comparisonPeriod(filter.period, filter.comparison) ?? null;
  const scope = query.data?.scope;
  return (
    <MinCellContext.Provider value={scope?.minCell ?? 5}>
      <VStack gap="space-24" className="period-report">
        <div>
          <PageHeading>{t('reports.print.heading')}</PageHeading>
          <ScopeSummary filter={filter} scope={scope} />
          <HStack gap="space-16" align="center" className="no-print" style={{ marginTop: '1rem' }}>
            <Button type="button" size="small" icon={<PrinterSmallIcon aria-hidden />} onClick={() => window.print()} disabled={!query.data}>
              {t('reports.print.printButton')}
            </Button>
            <Link as={RouterLink} to={backHref(filterToSearch(filter).toString())}>
              {t('reports.print.back')}
            </Link>
          </HStack>
        </div>
        <SectionStatus query={query} errorTitle={t('reports.errorTitle', { what: t('reports.print.title').toLowerCase() })}>
          {() => {
            const { current, comparison: prev, budget } = query.data!;
            const mainRows: FigureRow[] = [
              { key: 'activeAtEnd', label: t('reports.participants.activeAtEnd'), kind: 'count', cells: current.activeAtEnd, previous: prev?.activeAtEnd },
              { key: 'started', label: t('reports.participants.started'), kind: 'count', cells: current.started, previous: prev?.started },
              { key: 'exited', label: t('reports.participants.exited'), kind: 'count', cells: current.exited, previous: prev?.exited },
              { key: 'referralsReceived', label: t('reports.print.referralsReceived'), kind: 'count', cells: current.referralsReceived, previous: prev?.referralsReceived },
            ];
            const shareRows: FigureRow[] = [
              { key: 'workOrStudies', label: t('reports.outcomes.workOrStudies'), kind: 'share', cells: current.workOrStudiesAtExit, previous: prev?.workOrStudiesAtExit },
              { key: 'stepForward', label: t('reports.progression.stepForward'), kind: 'share', cells: current.stepForward, previous: prev?.stepForward },
              { key: 'wellbeing', label: t('reports.progression.wellbeingImproved'), kind: 'share', cells: current.wellbeingImproved, previous: prev?.wellbeingImproved },
            ];
            const extra: FigureRow[] = current.attendanceAndSip
              ? [
                  { key: 'attendance', label: t('reports.print.attendance'), kind: 'share', cells: current.attendanceAndSip.attendance, previous: prev?.attendanceAndSip?.attendance },
                  { key: 'sip', label: t('reports.print.participantsWithSip'), kind: 'count', cells: current.attendanceAndSip.participantsWithSip, previous: prev?.attendanceAndSip?.participantsWithSip },
                ]
              : [];
            const mainTable = <FigureTable caption={t('reports.print.mainFigures')} rows={[...mainRows, ...shareRows, ...extra]} comparison={comparison} />;
            return (
              <>
                <section aria-labelledby="main-figures">
                  <Heading level="2" size="medium" id="main-figures" spacing>
                    {t('reports.print.mainFigures')}
                  </Heading>
                  <VStack gap="space-16">
                    {mainTable}
                    <FigureChart label={t('reports.participants.chart')} rows={mainRows} table={mainTable} />
                    <FigureChart label={t('reports.outcomes.chart')} rows={shareRows} table={mainTable} />
                  </VStack>
                </section>
                <section aria-labelledby="goals">
                  <Heading level="2" size="medium" id="goals" spacing>
                    {t('reports.print.goals')}
                  </Heading>
                  <VStack gap="space-8">
                    <GoalVerdict goal={current.workOrStudiesGoal} heading={t('reports.outcomes.goalHeading')} />
                    <GoalVerdict goal={current.stepForwardGoal} heading={t('reports.progression.goalHeading')} />
                    <GoalVerdict goal={current.wellbeingGoal} heading={t('reports.progression.wellbeingGoalHeading')} />
                  </VStack>
                </section>
                <section aria-labelledby="budget">
                  <Heading level="2" size="medium" id="budget" spacing>
                    {t('reports.budget.title')}
                  </Heading>
                  {budget.length === 0 ? <EmptyState>{t('reports.budget.empty')}</EmptyState> : <BudgetTable rows={budget} />}
                </section>
                {scope && (
                  <BodyShort size="small" textColor="subtle">
                    {t('reports.print.generated', { time: formatDate(scope.generatedAt, { dateStyle: 'short', timeStyle: 'short' }) })}
                  </BodyShort>
                )}
              </>
            );
          }}
        </SectionStatus>
      </VStack>
    </MinCellContext.Provider>
  );
}
