/** Calendar-date helpers on ISO `YYYY-MM-DD` strings (the API's date format), computed in UTC so no time zone shifts a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The product keeps Swedish calendar days: the API judges "today" and "not in the future" in this zone. */
export const CALENDAR_ZONE = 'Europe/Stockholm';

const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: CALENDAR_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today in Sweden as `YYYY-MM-DD`, whatever zone the browser is set to: a date the browser calls
 * today must be one the API accepts as today (a browser on UTC is a day behind between 23 and 24).
 */
export function todayIso(now: Date = new Date()): string {
  return SWEDISH_DAY.format(now);
}

/** The calendar day a date picker chose (it hands over local midnight) as `YYYY-MM-DD`. */
export function localDateToIso(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since the epoch for an ISO date. */
export function toDayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** A Date at local midnight for an ISO date (for date pickers). */
export function isoToLocalDate(iso: string): Date | undefined {
  if (!isIsoDate(iso)) return undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
