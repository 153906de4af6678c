import { describe, expect, it } from 'vitest';
import type { Intervention } from '../../api/interventions';
import { computeGaps } from '../../utils';

function iv(overrides: Partial<Intervention>): Intervention {
  return {
    id: crypto.randomUUID(),
    enrollmentId: 'e',
    typeId: 't',
    typeName: 'Arbetsträning',
    category: 'job_focused',
    startDate: '2026-01-01',
    status: 'completed',
    version: 1,
    ...overrides,
  };
}

describe('computeGaps', () => {
  const today = '2026-03-31';

  it('finds the days with nothing running, both ends inclusive', () => {
    const gaps = computeGaps(
      [
        iv({ startDate: '2026-01-05', endDate: '2026-01-31' }),
        iv({ startDate: '2026-01-20', endDate: '2026-02-10', category: 'health' }), // overlaps: no gap
        iv({ startDate: '2026-02-21', status: 'ongoing' }),
      ],
      '2026-01-01',
      today,
      today,
    );
    expect(gaps).toEqual([
      { from: '2026-01-01', to: '2026-01-04', days: 4 },
      { from: '2026-02-11', to: '2026-02-20', days: 10 },
    ]);
  });

  it('ignores planned and cancelled interventions and reports a trailing gap up to today', () => {
    const gaps = computeGaps(
      [
        iv({ startDate: '2026-01-01', endDate: '2026-03-15' }),
        iv({ startDate: '2026-03-20', status: 'planned' }),
        iv({ startDate: '2026-03-01', status: 'cancelled' }),
      ],
      '2026-01-01',
      today,
      today,
    );
    expect(gaps).toEqual([{ from: '2026-03-16', to: '2026-03-31', days: 16 }]);
  });

  it('has no gaps when something runs every day, and one long gap when nothing ran', () => {
    expect(computeGaps([iv({ startDate: '2025-12-01', status: 'ongoing' })], '2026-01-01', today, today)).toEqual([]);
    expect(computeGaps([], '2026-03-01', today, today)).toEqual([{ from: '2026-03-01', to: '2026-03-31', days: 31 }]);
  });

  it('counts an open-ended completed intervention until its planned end', () => {
    const gaps = computeGaps([iv({ startDate: '2026-03-01', plannedEndDate: '2026-03-10' })], '2026-03-01', today, today);
    expect(gaps).toEqual([{ from: '2026-03-11', to: '2026-03-31', days: 21 }]);
  });
});
