import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatDate, initI18n } from '../index';

// A browser west of Greenwich: there, midnight UTC is still the day before.
beforeAll(() => {
  vi.stubEnv('TZ', 'America/Los_Angeles');
  initI18n('sv');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('formatDate in a browser set to another zone than Sweden', () => {
  it('writes a calendar date as that very day', () => {
    expect(new Date('2026-11-30').getDate()).toBe(29); // the trap
    expect(formatDate('2026-11-30')).toBe('2026-11-30');
  });

  it('writes a moment as the day and time it was in Sweden', () => {
    expect(formatDate('2026-11-22T23:21:27Z', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })).toBe(
      '2026-11-23 00:21',
    );
  });
});
