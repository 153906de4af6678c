import { PeriodReport } from '@/features/reports/components/period-report';
import { ReportsPage } from '@/features/reports/components/reports-page';
import { paths } from '../paths';

/** `/rapporter` */
export function ReportsRoute() {
  return <ReportsPage printHref={(search) => `${paths.reportPrint}?${search}`} />;
}

/** `/rapporter/periodrapport`: the printable period report for the steering group */
export function PeriodReportRoute() {
  return <PeriodReport backHref={(search) => `${paths.reports}?${search}`} />;
}
