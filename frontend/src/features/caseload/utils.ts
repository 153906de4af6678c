import type { SortState } from '@navikt/ds-react';
import type { CaseloadCounts, CaseloadFlag, CaseloadItem, Phase } from './api/get-caseload';

/** Flags shown in the summary and filter, most urgent first; each has a count in `CaseloadCounts`. */
export const COUNTED_FLAGS = [
  ['assessment_overdue', 'assessmentOverdue'],
  ['assessment_due', 'assessmentDue'],
  ['no_active_intervention', 'noActiveIntervention'],
  ['no_job_focused_intervention', 'noJobFocusedIntervention'],
  ['plan_follow_up_due', 'planFollowUpDue'],
  ['end_approaching', 'endApproaching'],
] as const satisfies readonly (readonly [CaseloadFlag, keyof CaseloadCounts])[];

export type CountedFlag = (typeof COUNTED_FLAGS)[number][0];

export function countFor(counts: CaseloadCounts, flag: CountedFlag): number {
  const entry = COUNTED_FLAGS.find(([f]) => f === flag);
  return entry ? counts[entry[1]] : 0;
}

/** How urgent a flag is: drives the tag colour (text says the same, colour is never the only cue). */
export function flagSeverity(flag: CaseloadFlag): 'danger' | 'warning' | 'info' {
  switch (flag) {
    case 'assessment_overdue':
    case 'no_active_intervention':
      return 'danger';
    case 'assessment_due':
    case 'no_job_focused_intervention':
    case 'plan_follow_up_due':
      return 'warning';
    default:
      return 'info';
  }
}

export function filterByFlag(items: readonly CaseloadItem[], flag: CaseloadFlag | undefined): CaseloadItem[] {
  return flag ? items.filter((item) => item.flags.includes(flag)) : [...items];
}

export type SortKey = 'name' | 'project' | 'phase' | 'startDate' | 'plannedEndDate' | 'nextAssessmentDue' | 'flags';

const PHASE_ORDER: Record<Phase, number> = { mapping: 0, activity: 1, trial: 2, exit: 3 };

export function participantName(item: CaseloadItem): string | undefined {
  const name = [item.firstName, item.lastName].filter(Boolean).join(' ');
  return name || undefined;
}

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base' });

function compareNullable<T>(a: T | null | undefined, b: T | null | undefined, cmp: (x: T, y: T) => number): number {
  // missing values always last, whatever the direction is
  if (a == null && b == null) return 0;
  if (a == null) return 1;
  if (b == null) return -1;
  return cmp(a, b);
}

function compareBy(key: SortKey, a: CaseloadItem, b: CaseloadItem): number {
  switch (key) {
    case 'name':
      return compareNullable(participantName(a), participantName(b), collator.compare);
    case 'project':
      return collator.compare(a.projectName, b.projectName);
    case 'phase':
      return PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase];
    case 'startDate':
    case 'plannedEndDate':
    case 'nextAssessmentDue':
      // ISO dates sort as strings
      return compareNullable(a[key], b[key], (x, y) => x.localeCompare(y));
    case 'flags':
      return a.flags.length - b.flags.length;
  }
}

function isMissing(key: SortKey, item: CaseloadItem): boolean {
  if (key === 'name') return participantName(item) === undefined;
  if (key === 'nextAssessmentDue') return item.nextAssessmentDue == null;
  return false;
}

export function isSortKey(value: string): value is SortKey {
  return ['name', 'project', 'phase', 'startDate', 'plannedEndDate', 'nextAssessmentDue', 'flags'].includes(value);
}

export function sortCaseload(items: readonly CaseloadItem[], sort: SortState | undefined): CaseloadItem[] {
  const copy = [...items];
  if (!sort || sort.direction === 'none' || !isSortKey(sort.orderBy)) return copy;
  const key = sort.orderBy;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return copy.sort((a, b) => {
    const missingA = isMissing(key, a);
    const missingB = isMissing(key, b);
    if (missingA !== missingB) return missingA ? 1 : -1; // keep missing last in both directions
    return sign * compareBy(key, a, b);
  });
}

/** Aksel's three-step sort cycle: ascending → descending → none. */
export function nextSort(current: SortState | undefined, orderBy: string): SortState | undefined {
  if (!current || current.orderBy !== orderBy) return { orderBy, direction: 'ascending' };
  if (current.direction === 'ascending') return { orderBy, direction: 'descending' };
  return undefined;
}
