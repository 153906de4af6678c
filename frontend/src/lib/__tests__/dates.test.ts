import { describe, expect, it } from 'vitest';
import { localDateToIso, todayIso } from '../dates';

describe('todayIso', () => {
  it('is the Swedish day late in the UTC evening, when Sweden is already on the next day', () => {
    expect(todayIso(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });

  it('follows Swedish summer time (UTC+2)', () => {
    expect(todayIso(new Date('2026-06-30T22:15:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-06-30T21:45:00Z'))).toBe('2026-06-30');
  });
});

describe('localDateToIso', () => {
  it('keeps the calendar day a date picker chose, at local midnight', () => {
    expect(localDateToIso(new Date(2026, 0, 31))).toBe('2026-01-31');
  });
});
