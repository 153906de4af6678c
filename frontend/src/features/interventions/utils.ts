import { addDays, fromDayNumber, toDayNumber } from '@/lib/dates';
import type { Intervention, InterventionCategory, InterventionType } from './api/interventions';
import { CATEGORIES } from './api/interventions';

export interface Period {
  from: string;
  to: string;
}

export interface Gap extends Period {
  /** days without any intervention, both ends included */
  days: number;
}

/** Statuses that mean the intervention actually ran (planned and cancelled ones did not). */
const RAN: ReadonlySet<Intervention['status']> = new Set(['ongoing', 'paused', 'completed']);

/**
 * The days an intervention covered, or undefined if it never ran. An open-ended ongoing one runs until `today`;
 * a completed one without an end date is taken to have ended on its planned end (else its start).
 */
export function interventionPeriod(i: Intervention, today: string): Period | undefined {
  if (!RAN.has(i.status) || i.startDate > today) return undefined;
  const end = i.endDate ?? (i.status === 'completed' ? (i.plannedEndDate ?? i.startDate) : today);
  const to = end > today ? today : end;
  return to < i.startDate ? undefined : { from: i.startDate, to };
}

/**
 * Periods between `from` and `to` (inclusive) with no intervention running: what the BIP study warns about.
 */
export function computeGaps(interventions: readonly Intervention[], from: string, to: string, today: string): Gap[] {
  if (to < from) return [];
  const periods = interventions
    .map((i) => interventionPeriod(i, today))
    .filter((p): p is Period => p !== undefined)
    .map((p) => [toDayNumber(p.from), toDayNumber(p.to)] as const)
    .sort((a, b) => a[0] - b[0]);
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const gaps: Gap[] = [];
  let cursor = start; // first day not yet known to be covered
  for (const [pFrom, pTo] of periods) {
    if (pTo < cursor) continue;
    if (pFrom > cursor) {
      const gapEnd = Math.min(pFrom - 1, end);
      if (gapEnd >= cursor) gaps.push({ from: fromDayNumber(cursor), to: fromDayNumber(gapEnd), days: gapEnd - cursor + 1 });
    }
    cursor = Math.max(cursor, pTo + 1);
    if (cursor > end) break;
  }
  if (cursor <= end) gaps.push({ from: fromDayNumber(cursor), to: fromDayNumber(end), days: end - cursor + 1 });
  return gaps;
}

/** Intervention types grouped by category, in the fixed category order, active ones only. */
export function groupTypes(types: readonly InterventionType[]): [InterventionCategory, InterventionType[]][] {
  return CATEGORIES.map((c) => [c, types.filter((t) => t.category === c && t.active)] as [InterventionCategory, InterventionType[]]).filter(
    ([, list]) => list.length > 0,
  );
}

/** The last day shown on the timeline: exit, else today (planned ends may reach further). */
export function timelineEnd(interventions: readonly Intervention[], today: string, exitDate?: string | null): string {
  const base = exitDate ?? today;
  const planned = interventions.map((i) => i.endDate ?? i.plannedEndDate ?? '').filter(Boolean);
  return [base, ...planned].reduce((a, b) => (b > a ? b : a), base);
}

export { addDays };
