import { Link as RouterLink, useSearchParams } from 'react-router';
import { Alert, BodyShort, Heading, Link, List, VStack } from '@navikt/ds-react';
import { PrinterSmallIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { useCurrentUser } from '@/lib/auth';
import { formatDate } from '@/lib/i18n';
import { useParticipantsReport, useReportProjects, type ReportScope } from '../api/reports';
import { comparisonPeriod, filterFromSearch, filterToSearch, type ReportFilter } from '../utils';
import { ReportFilters } from './report-filters';
import {
  BipSignalsSection,
  BudgetSection,
  OutcomesSection,
  ParticipantsSection,
  ProgressionSection,
  ReferralsSection,
  SusSection,
} from './report-sections';
import { MinCellContext } from './report-table';
import '../reports.css';

const SECTION_LINKS = [
  ['deltagare', 'reports.participants.title'],
  ['remisser', 'reports.referrals.title'],
  ['resultat', 'reports.outcomes.title'],
  ['stegforflyttning', 'reports.progression.title'],
  ['bip', 'reports.bip.title'],
  ['sus', 'reports.sus.title'],
  ['budget', 'reports.budget.title'],
] as const;

/** The filter in the address: shared by the reports page and the print view. */
export function useReportFilter(): [ReportFilter, (filter: ReportFilter) => void] {
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  return [filter, (next) => setSearch(filterToSearch(next), { replace: true })];
}

/** What the figures cover: project or federation, municipality, period, comparison, freshness. */
export function ScopeSummary({ filter, scope }: { filter: ReportFilter; scope?: ReportScope }) {
  const { t } = useTranslation();
  const compare = comparisonPeriod(filter.period, filter.comparison);
  const where = [scope?.projectName ?? t('reports.scope.federation'), scope?.municipalityName ?? t('reports.scope.allMunicipalities')].join(', ');
  return (
    <VStack gap="space-4">
      <BodyShort weight="semibold">{where}</BodyShort>
      <BodyShort>
        {t('reports.scope.period', { from: filter.period.from, to: filter.period.to })}
        {' · '}
        {compare ? t('reports.scope.comparison', { from: compare.from, to: compare.to }) : t('reports.scope.noComparison')}
      </BodyShort>
      {scope && (
        <BodyShort size="small" textColor="subtle">
          {t('reports.scope.dataAsOf', { time: formatDate(scope.dataAsOf, { dateStyle: 'short', timeStyle: 'short' }) })}
          {scope.exact ? ` ${t('reports.scope.exact')}` : ''}
        </BodyShort>
      )}
    </VStack>
  );
}

export function ReportsPage({ printHref }: { printHref: (search: string) => string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [filter, setFilter] = useReportFilter();
  const projects = useReportProjects();
  // the participants report's scope says how cells are protected for this caller
  const scope = useParticipantsReport(filter).data?.scope;
  const withSusList = Boolean(user?.roles.some((r) => r === 'coordinator' || r === 'project-manager'));
  return (
    <MinCellContext.Provider value={scope?.minCell ?? 5}>
      <VStack gap="space-24">
        <div>
          <PageHeading>{t('reports.title')}</PageHeading>
          <BodyShort spacing>{t('reports.intro')}</BodyShort>
          <Link as={RouterLink} to={printHref(filterToSearch(filter).toString())}>
            <PrinterSmallIcon aria-hidden />
            {t('reports.printLink')}
          </Link>
        </div>
        {projects.isError && (
          <Alert variant="warning" size="small">
            {t('reports.errorTitle', { what: t('reports.filters.project').toLowerCase() })}
          </Alert>
        )}
        <ReportFilters value={filter} onChange={setFilter} projects={projects.data ?? []} />
        <ScopeSummary filter={filter} scope={scope} />
        <BodyShort size="small" textColor="subtle">
          {t('reports.export.note')}
        </BodyShort>
        <nav aria-label={t('reports.sections')} className="report-contents no-print">
          <Heading level="2" size="xsmall" spacing>
            {t('reports.sections')}
          </Heading>
          <List size="small">
            {SECTION_LINKS.map(([id, key]) => (
              <List.Item key={id}>
                <Link href={`#${id}`}>{t(key)}</Link>
              </List.Item>
            ))}
          </List>
        </nav>
        <ParticipantsSection filter={filter} />
        <ReferralsSection filter={filter} />
        <OutcomesSection filter={filter} />
        <ProgressionSection filter={filter} />
        <BipSignalsSection filter={filter} />
        <SusSection filter={filter} withList={withSusList} />
        <BudgetSection filter={filter} />
      </VStack>
    </MinCellContext.Provider>
  );
}
