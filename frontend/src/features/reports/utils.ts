import { addDays, daysBetween, isIsoDate, todayIso } from '@/lib/dates';

/** A reporting period, both ends inclusive, as ISO `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

export type PeriodKind = 'quarter' | 'year' | 'custom';
export type ComparisonKind = 'previous' | 'lastYear' | 'none';

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function quarterOf(iso: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return { year: y, quarter: (Math.floor((m - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` };
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The last full quarter before `today`: what a steering group meeting usually reports on. */
export function lastFullQuarter(today: string = todayIso()): Period {
  const { year, quarter } = quarterOf(today);
  return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
}

/** Quarters to offer in the picker, newest first, from the current one back `count` quarters. */
export function recentQuarters(today: string = todayIso(), count = 8): { year: number; quarter: number; period: Period }[] {
  let { year, quarter }: { year: number; quarter: number } = quarterOf(today);
  const list = [];
  for (let i = 0; i < count; i++) {
    list.push({ year, quarter, period: quarterPeriod(year, quarter) });
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return list;
}

function isWholeQuarter(p: Period): boolean {
  const { year, quarter } = quarterOf(p.from);
  const q = quarterPeriod(year, quarter);
  return q.from === p.from && q.to === p.to;
}

function isWholeYear(p: Period): boolean {
  const y = Number(p.from.slice(0, 4));
  const whole = yearPeriod(y);
  return whole.from === p.from && whole.to === p.to;
}

function shiftYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // 29 February has no twin in a common year: take the 28th
  return `${y + years}-${pad(m)}-${pad(Math.min(d, lastDayOfMonth(y + years, m)))}`;
}

/**
 * The period before: the previous quarter or year for whole ones, otherwise the equally long stretch that ends
 * the day before `from`.
 */
export function previousPeriod(p: Period): Period {
  if (isWholeYear(p)) return yearPeriod(Number(p.from.slice(0, 4)) - 1);
  if (isWholeQuarter(p)) {
    const { year, quarter } = quarterOf(p.from);
    return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
  }
  const length = daysBetween(p.from, p.to);
  const to = addDays(p.from, -1);
  return { from: addDays(to, -length), to };
}

/** The same dates one year earlier (seasons compare like with like). */
export function sameLastYear(p: Period): Period {
  return { from: shiftYears(p.from, -1), to: shiftYears(p.to, -1) };
}

export function comparisonPeriod(p: Period, kind: ComparisonKind): Period | undefined {
  if (kind === 'none') return undefined;
  return kind === 'previous' ? previousPeriod(p) : sameLastYear(p);
}

/** Why a custom period cannot be asked for, as a translation key under `reports.period.errors`, or undefined. */
export function periodError(p: Period): 'fromInvalid' | 'toInvalid' | 'order' | undefined {
  if (!isIsoDate(p.from)) return 'fromInvalid';
  if (!isIsoDate(p.to)) return 'toInvalid';
  if (p.to < p.from) return 'order';
  return undefined;
}

/** Swedish share formatting: `28 %` (a no-break space before the sign, as Intl writes it for sv-SE). */
export function formatShare(share: number, locale = 'sv-SE', maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share);
}

/** A share from counts; undefined when there is nothing to divide by. */
export function shareOf(part: number | null | undefined, whole: number | null | undefined): number | undefined {
  if (part == null || whole == null || whole === 0) return undefined;
  return part / whole;
}

/** The difference from the comparison period; undefined when either side is unknown (suppressed or missing). */
export function changeFrom(current: number | null | undefined, previous: number | null | undefined): number | undefined {
  if (current == null || previous == null) return undefined;
  return current - previous;
}

const MINUS = '\u2212';

/** `+3`, `−2`, `±0`: a sign always, so a change is never read as a level. */
export function formatSignedNumber(value: number, locale = 'sv-SE', maximumFractionDigits = 1): string {
  const rounded = Number(value.toFixed(maximumFractionDigits));
  if (rounded === 0) return '±0';
  const abs = new Intl.NumberFormat(locale, { maximumFractionDigits }).format(Math.abs(rounded));
  return rounded > 0 ? `+${abs}` : `${MINUS}${abs}`;
}

/** Change of a share in percentage points, e.g. `+4` (the unit is said by the caller: procentenheter). */
export function formatPointChange(change: number, locale = 'sv-SE'): string {
  return formatSignedNumber(change * 100, locale, 0);
}

/** How a cell that may be hidden reads on screen: the value, or the suppression mark. */
export const SUPPRESSED_MARK = '–';

export function formatCount(value: number | null | undefined, suppressed: boolean | undefined, locale = 'sv-SE'): string {
  if (suppressed || value == null) return SUPPRESSED_MARK;
  return new Intl.NumberFormat(locale).format(value);
}

/** File name for an export: `stegvis-<what>-<from>--<to>.<ext>`. */
export function exportFileName(what: string, period: Period, ext: 'csv' | 'xlsx'): string {
  return `stegvis-${what}-${period.from}--${period.to}.${ext}`;
}

/** The file name a server suggests in Content-Disposition, if any. */
export function fileNameFromDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // malformed encoding: fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return plain ? (plain[2] ?? plain[1])?.trim() : undefined;
}

/** What the reports page shows; lives in the address so a report can be linked, reloaded and printed. */
export interface ReportFilter {
  kind: PeriodKind;
  period: Period;
  comparison: ComparisonKind;
  /** undefined: the whole federation */
  projectId?: string;
  municipalityCode?: string;
}

// Swedish parameter names: the address is the users' language, like the paths
const KIND_PARAM: Record<PeriodKind, string> = { quarter: 'kvartal', year: 'ar', custom: 'egen' };
const COMPARISON_PARAM: Record<ComparisonKind, string> = { previous: 'foregaende', lastYear: 'forra-aret', none: 'ingen' };

function keyOf<K extends string>(map: Record<K, string>, value: string | null): K | undefined {
  return (Object.keys(map) as K[]).find((k) => map[k] === value);
}

export function defaultFilter(today: string = todayIso()): ReportFilter {
  return { kind: 'quarter', period: lastFullQuarter(today), comparison: 'previous' };
}

/** Reads the filter from the address; anything missing or malformed falls back to the default. */
export function filterFromSearch(search: URLSearchParams, today: string = todayIso()): ReportFilter {
  const fallback = defaultFilter(today);
  const kind = keyOf(KIND_PARAM, search.get('typ')) ?? fallback.kind;
  const candidate = { from: search.get('fran') ?? '', to: search.get('till') ?? '' };
  let period = periodError(candidate) ? fallback.period : candidate;
  // a quarter or year in the address is normalised to the whole one containing its start
  if (kind === 'quarter') {
    const { year, quarter } = quarterOf(period.from);
    period = quarterPeriod(year, quarter);
  } else if (kind === 'year') {
    period = yearPeriod(Number(period.from.slice(0, 4)));
  }
  const comparison = keyOf(COMPARISON_PARAM, search.get('jamfor')) ?? fallback.comparison;
  const projectId = search.get('projekt') || undefined;
  const municipalityCode = search.get('kommun') || undefined;
  return { kind, period, comparison, projectId, municipalityCode };
}

export function filterToSearch(filter: ReportFilter): URLSearchParams {
  const search = new URLSearchParams({
    typ: KIND_PARAM[filter.kind],
    fran: filter.period.from,
    till: filter.period.to,
    jamfor: COMPARISON_PARAM[filter.comparison],
  });
  if (filter.projectId) search.set('projekt', filter.projectId);
  if (filter.municipalityCode) search.set('kommun', filter.municipalityCode);
  return search;
}
