import { describe, expect, it } from 'vitest';
import type { SessionAttendance } from '../api/groups';
import { markEveryonePresent, mergeDraft, normaliseTime, ratePercent, scheduleDates, validateTimes, weekdayOf } from '../utils';

describe('groups utils', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-03-03')).toBe('tuesday');
    expect(weekdayOf('2026-11-22')).toBe('sunday');
    expect(weekdayOf('1969-12-31')).toBe('wednesday');
  });

  it('lists the dates of a weekly schedule, both ends included', () => {
    expect(scheduleDates('2026-03-03', '2026-03-12', ['tuesday', 'thursday'])).toEqual(['2026-03-03', '2026-03-05', '2026-03-10', '2026-03-12']);
    expect(scheduleDates('2026-03-12', '2026-03-03', ['tuesday'])).toEqual([]);
    expect(scheduleDates('2026-03-03', 'x', ['tuesday'])).toEqual([]);
  });

  it('tidies typed times and checks them', () => {
    expect(['9', '9.00', '0900', '09:30', '25', 'nio'].map(normaliseTime)).toEqual(['09:00', '09:00', '09:00', '09:30', '25', 'nio']);
    expect(validateTimes({ partOfDay: '', startTime: '', endTime: '' })).toEqual({ startTime: 'timeRequired' });
    expect(validateTimes({ partOfDay: 'morning', startTime: '', endTime: '' })).toEqual({});
    expect(validateTimes({ partOfDay: '', startTime: '10:00', endTime: '09:00' })).toEqual({ endTime: 'endBeforeStart' });
  });

  it('rounds the rate and has none when nothing is recorded', () => {
    expect(ratePercent({ present: 2, absentWithNotice: 1, absent: 0, recorded: 3, rate: 0.6667 })).toBe(67);
    expect(ratePercent({ present: 0, absentWithNotice: 0, absent: 0, recorded: 0, rate: null })).toBeUndefined();
  });

  it('marks everyone present without undoing absences, and after a reload keeps the user’s choices', () => {
    expect(markEveryonePresent({ a: '', b: 'absent', c: 'present' })).toEqual({ a: 'present', b: 'absent', c: 'present' });
    const latest = {
      entries: [
        { enrollmentId: 'a', status: 'absent' },
        { enrollmentId: 'b', status: null },
        { enrollmentId: 'd', status: 'present' },
      ],
    } as unknown as SessionAttendance;
    expect(mergeDraft({ a: 'present', b: '', c: 'absent' }, latest)).toEqual({ a: 'present', b: '', d: 'present' });
  });
});
