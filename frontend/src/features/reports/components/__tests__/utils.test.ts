import { describe, expect, it } from 'vitest';
import {
  changeFrom,
  comparisonPeriod,
  fileNameFromDisposition,
  filterFromSearch,
  filterToSearch,
  formatCount,
  formatPointChange,
  formatShare,
  formatSignedNumber,
  lastFullQuarter,
  periodError,
  previousPeriod,
  quarterPeriod,
  recentQuarters,
  sameLastYear,
  shareOf,
  yearPeriod,
} from '../../utils';

const NBSP = '\u00a0';

describe('period presets', () => {
  it('gives whole quarters with the right month ends', () => {
    expect(quarterPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterPeriod(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('gives a calendar year', () => {
    expect(yearPeriod(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('defaults to the last full quarter, across a new year', () => {
    expect(lastFullQuarter('2026-11-22')).toEqual(quarterPeriod(2026, 3));
    expect(lastFullQuarter('2026-02-01')).toEqual(quarterPeriod(2025, 4));
  });

  it('lists recent quarters newest first', () => {
    const list = recentQuarters('2026-02-10', 3);
    expect(list.map((q) => `${q.year}-Q${q.quarter}`)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
  });
});

describe('comparison period', () => {
  it('compares a quarter with the quarter before, Q1 with last Q4', () => {
    expect(previousPeriod(quarterPeriod(2026, 3))).toEqual(quarterPeriod(2026, 2));
    expect(previousPeriod(quarterPeriod(2026, 1))).toEqual(quarterPeriod(2025, 4));
  });

  it('compares a year with the year before', () => {
    expect(previousPeriod(yearPeriod(2026))).toEqual(yearPeriod(2025));
  });

  it('compares a custom period with the equally long stretch just before it', () => {
    expect(previousPeriod({ from: '2026-03-11', to: '2026-03-20' })).toEqual({ from: '2026-03-01', to: '2026-03-10' });
  });

  it('compares with the same dates last year, 29 February becoming the 28th', () => {
    expect(sameLastYear({ from: '2028-02-01', to: '2028-02-29' })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(comparisonPeriod(quarterPeriod(2026, 2), 'lastYear')).toEqual(quarterPeriod(2025, 2));
    expect(comparisonPeriod(quarterPeriod(2026, 2), 'none')).toBeUndefined();
  });

  it('explains an unusable custom period', () => {
    expect(periodError({ from: '2026-13-01', to: '2026-12-31' })).toBe('fromInvalid');
    expect(periodError({ from: '2026-01-01', to: '2026-02-30' })).toBe('toInvalid');
    expect(periodError({ from: '2026-05-01', to: '2026-04-30' })).toBe('order');
    expect(periodError({ from: '2026-05-01', to: '2026-05-01' })).toBeUndefined();
  });
});

describe('Swedish number formatting', () => {
  it('writes shares as "28 %" with a no-break space', () => {
    expect(formatShare(0.28)).toBe(`28${NBSP}%`);
    expect(formatShare(0.2849, 'sv-SE', 1)).toBe(`28,5${NBSP}%`);
    expect(formatShare(0.28, 'en-GB')).toBe('28%');
  });

  it('has no share without a denominator', () => {
    expect(shareOf(3, 0)).toBeUndefined();
    expect(shareOf(null, 10)).toBeUndefined();
    expect(shareOf(7, 25)).toBeCloseTo(0.28);
  });

  it('signs every change, with a real minus sign', () => {
    expect(formatSignedNumber(3)).toBe('+3');
    expect(formatSignedNumber(-2.25)).toBe('\u22122,3');
    expect(formatSignedNumber(0.01)).toBe('±0');
    expect(formatPointChange(0.04)).toBe('+4');
  });

  it('has no change when either side is suppressed or missing', () => {
    expect(changeFrom(12, 9)).toBe(3);
    expect(changeFrom(12, null)).toBeUndefined();
    expect(changeFrom(undefined, 9)).toBeUndefined();
  });

  it('marks a suppressed count with a dash, never a number', () => {
    expect(formatCount(3, true)).toBe('–');
    expect(formatCount(null, false)).toBe('–');
    expect(formatCount(1234, false)).toBe(`1${NBSP}234`);
  });
});

describe('export file names', () => {
  it('reads the name from Content-Disposition', () => {
    expect(fileNameFromDisposition('attachment; filename="deltagare.csv"')).toBe('deltagare.csv');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''f%C3%B6ljning.xlsx")).toBe('följning.xlsx');
    expect(fileNameFromDisposition(null)).toBeUndefined();
  });
});

describe('filter in the address', () => {
  it('round-trips a filter', () => {
    const filter = {
      kind: 'custom' as const,
      period: { from: '2026-02-03', to: '2026-05-04' },
      comparison: 'lastYear' as const,
      projectId: '30000000-0000-0000-0000-000000000001',
      municipalityCode: '1496',
    };
    expect(filterFromSearch(filterToSearch(filter))).toEqual(filter);
  });

  it('defaults to the last full quarter compared with the one before', () => {
    expect(filterFromSearch(new URLSearchParams(), '2026-11-22')).toEqual({
      kind: 'quarter',
      period: quarterPeriod(2026, 3),
      comparison: 'previous',
      projectId: undefined,
      municipalityCode: undefined,
    });
  });

  it('widens a quarter or year to the whole one and ignores bad dates', () => {
    expect(filterFromSearch(new URLSearchParams('typ=kvartal&fran=2026-05-10&till=2026-05-11')).period).toEqual(quarterPeriod(2026, 2));
    expect(filterFromSearch(new URLSearchParams('typ=ar&fran=2025-05-10&till=2025-05-11')).period).toEqual(yearPeriod(2025));
    expect(filterFromSearch(new URLSearchParams('typ=egen&fran=x&till=y'), '2026-11-22').period).toEqual(quarterPeriod(2026, 3));
  });
});
