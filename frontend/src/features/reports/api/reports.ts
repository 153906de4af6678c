import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-client-context';
import { comparisonPeriod, fileNameFromDisposition, type ReportFilter } from '../utils';

type Schemas = components['schemas'];
export type ReportScope = Schemas['ReportScope'];
export type CountCell = Schemas['CountCell'];
export type ShareCell = Schemas['ShareCell'];
export type NumberCell = Schemas['NumberCell'];
export type CountBySex = Schemas['CountBySex'];
export type ShareBySex = Schemas['ShareBySex'];
export type NumberBySex = Schemas['NumberBySex'];
export type GoalAttainment = Schemas['GoalAttainment'];
export type ParticipantsReport = Schemas['ParticipantsReport'];
export type ParticipantFigures = Schemas['ParticipantFigures'];
export type ReferralsReport = Schemas['ReferralsReport'];
export type ReferralFigures = Schemas['ReferralFigures'];
export type OutcomesReport = Schemas['OutcomesReport'];
export type OutcomeFigures = Schemas['OutcomeFigures'];
export type ProgressionReport = Schemas['ProgressionReport'];
export type ProgressionFigures = Schemas['ProgressionFigures'];
export type BipSignalsReport = Schemas['BipSignalsReport'];
export type BipSignalFigures = Schemas['BipSignalFigures'];
export type SusVariablesReport = Schemas['SusVariablesReport'];
export type SusVariableFigures = Schemas['SusVariableFigures'];
export type BudgetReport = Schemas['BudgetReport'];
export type BudgetRow = Schemas['BudgetRow'];
export type PeriodSummary = Schemas['PeriodSummary'];
export type PeriodSummaryFigures = Schemas['PeriodSummaryFigures'];
export type ReportTable = Schemas['ReportTable'];
export type ExportFormat = Schemas['ExportFormat'];
export type Project = Schemas['Project'];

/** The query parameters every report takes, from the page's filter. */
export function reportQuery(filter: ReportFilter, withComparison = true) {
  const compare = withComparison ? comparisonPeriod(filter.period, filter.comparison) : undefined;
  return {
    from: filter.period.from,
    to: filter.period.to,
    ...(filter.projectId ? { projectId: filter.projectId } : {}),
    ...(filter.municipalityCode ? { municipality: filter.municipalityCode } : {}),
    ...(compare ? { compareFrom: compare.from, compareTo: compare.to } : {}),
  };
}

const REPORT_STALE_MS = 60_000;

function required<T>(data: T | undefined): T {
  // non-2xx answers are thrown as ApiProblem by the client's middleware; this is an empty 2xx
  if (data === undefined) throw new Error('Empty report response');
  return data;
}

export const reportsQueryKey = ['reports'] as const;

function useReport<T>(name: string, filter: ReportFilter, fetch: (client: ApiClient) => Promise<T>) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...reportsQueryKey, name, filter],
    queryFn: () => fetch(client),
    staleTime: REPORT_STALE_MS,
    // changing the period keeps the old figures on screen until the new ones arrive
    placeholderData: keepPreviousData,
  });
}

export function useParticipantsReport(filter: ReportFilter) {
  return useReport('participants', filter, async (client) =>
    required((await client.GET('/reports/participants', { params: { query: reportQuery(filter) } })).data),
  );
}

export function useReferralsReport(filter: ReportFilter) {
  return useReport('referrals', filter, async (client) =>
    required((await client.GET('/reports/referrals', { params: { query: reportQuery(filter) } })).data),
  );
}

export function useOutcomesReport(filter: ReportFilter) {
  return useReport('outcomes', filter, async (client) =>
    required((await client.GET('/reports/outcomes', { params: { query: reportQuery(filter) } })).data),
  );
}

export function useProgressionReport(filter: ReportFilter) {
  return useReport('progression', filter, async (client) =>
    required((await client.GET('/reports/progression', { params: { query: reportQuery(filter) } })).data),
  );
}

export function useBipSignalsReport(filter: ReportFilter) {
  return useReport('bip-signals', filter, async (client) =>
    required((await client.GET('/reports/bip-signals', { params: { query: reportQuery(filter) } })).data),
  );
}

export function useSusVariablesReport(filter: ReportFilter) {
  return useReport('sus-variables', filter, async (client) =>
    required((await client.GET('/reports/sus-variables', { params: { query: reportQuery(filter) } })).data),
  );
}

export function useBudgetReport(filter: ReportFilter) {
  return useReport('budget', filter, async (client) => {
    const { from, to, projectId } = reportQuery(filter, false);
    return required((await client.GET('/reports/budget', { params: { query: { from, to, ...(projectId ? { projectId } : {}) } } })).data);
  });
}

export function usePeriodSummary(filter: ReportFilter) {
  return useReport('summary', filter, async (client) =>
    required((await client.GET('/reports/summary', { params: { query: reportQuery(filter) } })).data),
  );
}

/** Projects to choose from (analysts see every project). */
export function useReportProjects() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['projects'],
    staleTime: 10 * 60_000,
    queryFn: async () => (await client.GET('/projects')).data ?? [],
  });
}

export interface DownloadedFile {
  blob: Blob;
  fileName?: string;
}

/** One report table as a file; through the API client, so the token goes in the header and never in a URL. */
export async function fetchTableExport(client: ApiClient, table: ReportTable, format: ExportFormat, filter: ReportFilter): Promise<DownloadedFile> {
  const { from, to, projectId, municipality } = reportQuery(filter, false);
  const { data, response } = await client.GET('/reports/export', {
    params: { query: { table, format, from, to, ...(projectId ? { projectId } : {}), ...(municipality ? { municipality } : {}) } },
    parseAs: 'blob',
  });
  return { blob: required(data as Blob | undefined), fileName: fileNameFromDisposition(response.headers.get('Content-Disposition')) };
}

/** The SUS-ready list as a file (coordinators and project managers). */
export async function fetchSusListExport(client: ApiClient, format: ExportFormat, filter: ReportFilter): Promise<DownloadedFile> {
  const { from, to, projectId, municipality } = reportQuery(filter, false);
  const { data, response } = await client.GET('/reports/sus-list/export', {
    params: { query: { format, from, to, ...(projectId ? { projectId } : {}), ...(municipality ? { municipality } : {}) } },
    parseAs: 'blob',
  });
  return { blob: required(data as Blob | undefined), fileName: fileNameFromDisposition(response.headers.get('Content-Disposition')) };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile({ blob, fileName }: DownloadedFile, fallbackName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // revoke later: some browsers read the blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
