import { isIsoDate, toDayNumber, fromDayNumber } from '@/lib/dates';
import type {
  AttendanceFigures,
  AttendanceStatus,
  GroupSessionScheduleInput,
  PartOfDay,
  SessionAttendance,
  SessionAttendanceInput,
  Weekday,
} from './api/groups';
import { WEEKDAYS } from './api/groups';

/** The attendance rate as a whole percentage (0–100), or undefined when nothing is recorded. */
export function ratePercent(figures: AttendanceFigures | undefined): number | undefined {
  if (!figures || figures.rate == null || figures.recorded === 0) return undefined;
  return Math.round(figures.rate * 100);
}

/** Below this the rate is flagged: the BIP guidance is that most of the programme should be attended. */
export const LOW_RATE_PERCENT = 70;

// ---- attendance taking ----

/** What the form holds per enrollment: '' = not chosen yet. */
export type AttendanceDraft = Record<string, AttendanceStatus | ''>;

export function draftFrom(attendance: SessionAttendance): AttendanceDraft {
  return Object.fromEntries(attendance.entries.map((e) => [e.enrollmentId, e.status ?? '']));
}

/** Everyone present, except rows the user already marked absent (the shortcut should not undo a choice). */
export function markEveryonePresent(draft: AttendanceDraft, overwrite = false): AttendanceDraft {
  return Object.fromEntries(
    Object.entries(draft).map(([id, status]) => [id, overwrite || status === '' ? 'present' : status]),
  ) as AttendanceDraft;
}

/** Enrollments without a status, in list order. */
export function missingStatuses(attendance: SessionAttendance, draft: AttendanceDraft): string[] {
  return attendance.entries.filter((e) => !draft[e.enrollmentId]).map((e) => e.enrollmentId);
}

/** The PUT body: every row with a status, keeping the notes the server has. */
export function toAttendanceInput(attendance: SessionAttendance, draft: AttendanceDraft): SessionAttendanceInput {
  return {
    entries: attendance.entries.flatMap((e) => {
      const status = draft[e.enrollmentId];
      return status ? [{ enrollmentId: e.enrollmentId, status, note: e.note ?? null }] : [];
    }),
  };
}

/**
 * After a 412 reload: the user's choices win; rows the server now lists that the draft lacks take the server's status.
 */
export function mergeDraft(draft: AttendanceDraft, latest: SessionAttendance): AttendanceDraft {
  const merged: AttendanceDraft = {};
  for (const e of latest.entries) merged[e.enrollmentId] = draft[e.enrollmentId] || (e.status ?? '');
  return merged;
}

export function countByStatus(draft: AttendanceDraft): Record<AttendanceStatus | 'unset', number> {
  const counts = { present: 0, absent_with_notice: 0, absent: 0, unset: 0 };
  for (const status of Object.values(draft)) counts[status || 'unset'] += 1;
  return counts;
}

// ---- sessions and schedules ----

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** Accepts "9", "9.00", "0900" and "9:00" and writes them as HH:mm; anything else is returned as typed. */
export function normaliseTime(value: string): string {
  const v = value.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(v);
  if (!match) return v;
  const h = Number(match[1]);
  const m = match[2] ?? '00';
  const result = `${String(h).padStart(2, '0')}:${m}`;
  return isTime(result) ? result : v;
}

/** The weekday of an ISO date (UTC calendar arithmetic; 1970-01-01 was a Thursday). */
export function weekdayOf(iso: string): Weekday {
  return WEEKDAYS[(((toDayNumber(iso) + 3) % 7) + 7) % 7]!;
}

/** Every date from `from` to `to` (both included) that falls on one of `weekdays`. */
export function scheduleDates(from: string, to: string, weekdays: readonly Weekday[], limit = 1000): string[] {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from || weekdays.length === 0) return [];
  const wanted = new Set(weekdays);
  const dates: string[] = [];
  for (let day = toDayNumber(from); day <= toDayNumber(to) && dates.length < limit; day++) {
    const iso = fromDayNumber(day);
    if (wanted.has(weekdayOf(iso))) dates.push(iso);
  }
  return dates;
}

/** The API creates at most this many sessions per request. */
export const MAX_SCHEDULED_SESSIONS = 200;

export interface TimeValues {
  partOfDay: PartOfDay | '';
  startTime: string;
  endTime: string;
}

export interface ScheduleValues extends TimeValues {
  fromDate: string;
  toDate: string;
  weekdays: Weekday[];
  topic: string;
  location: string;
}

export type TimeError = 'timeRequired' | 'timeFormat' | 'endBeforeStart';
export type ScheduleErrors = Partial<{
  fromDate: 'date' | 'beforeGroup';
  toDate: 'date' | 'beforeFrom' | 'afterGroup' | 'tooMany';
  weekdays: 'required';
  startTime: TimeError;
  endTime: TimeError;
}>;

/** Either a part of the day or a start time; times as HH:mm with the end after the start. */
export function validateTimes(v: TimeValues): Pick<ScheduleErrors, 'startTime' | 'endTime'> {
  const errors: Pick<ScheduleErrors, 'startTime' | 'endTime'> = {};
  if (!v.partOfDay && !v.startTime) errors.startTime = 'timeRequired';
  else if (v.startTime && !isTime(v.startTime)) errors.startTime = 'timeFormat';
  if (v.endTime && !isTime(v.endTime)) errors.endTime = 'timeFormat';
  else if (v.endTime && !v.startTime) errors.startTime = 'timeRequired';
  else if (v.endTime && isTime(v.startTime) && v.endTime <= v.startTime) errors.endTime = 'endBeforeStart';
  return errors;
}

export function validateSchedule(v: ScheduleValues, group: { startDate: string; endDate?: string | null }): ScheduleErrors {
  const errors: ScheduleErrors = { ...validateTimes(v) };
  if (!isIsoDate(v.fromDate)) errors.fromDate = 'date';
  else if (v.fromDate < group.startDate) errors.fromDate = 'beforeGroup';
  if (!isIsoDate(v.toDate)) errors.toDate = 'date';
  else if (isIsoDate(v.fromDate) && v.toDate < v.fromDate) errors.toDate = 'beforeFrom';
  else if (group.endDate && v.toDate > group.endDate) errors.toDate = 'afterGroup';
  if (v.weekdays.length === 0) errors.weekdays = 'required';
  if (!errors.fromDate && !errors.toDate && !errors.weekdays && scheduleDates(v.fromDate, v.toDate, v.weekdays).length > MAX_SCHEDULED_SESSIONS)
    errors.toDate = 'tooMany';
  return errors;
}

export function toScheduleInput(v: ScheduleValues): GroupSessionScheduleInput {
  return {
    fromDate: v.fromDate,
    toDate: v.toDate,
    // in calendar order, whatever order they were ticked in
    weekdays: WEEKDAYS.filter((d) => v.weekdays.includes(d)),
    partOfDay: v.partOfDay || null,
    startTime: v.startTime || null,
    endTime: v.endTime || null,
    topic: v.topic.trim() || null,
    location: v.location.trim() || null,
  };
}
