import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AttendanceRate } from '../attendance-rate';

describe('AttendanceRate', () => {
  it('shows the rate as a whole percentage with the counts behind it', () => {
    render(<AttendanceRate figures={{ present: 14, absentWithNotice: 3, absent: 1, recorded: 18, rate: 0.7778 }} />);
    expect(screen.getByText('78 %')).toBeInTheDocument();
    expect(screen.getByText('14 närvarotillfällen av 18 registrerade')).toBeInTheDocument();
    expect(screen.queryByText('Låg närvaro')).not.toBeInTheDocument();
  });

  it('counts absence with notice as absence and flags a low rate', () => {
    render(<AttendanceRate figures={{ present: 6, absentWithNotice: 3, absent: 1, recorded: 10, rate: 0.6 }} breakdown />);
    expect(screen.getByText('60 %')).toBeInTheDocument();
    expect(screen.getByText('Närvarande 6, frånvarande med anmälan 3, frånvarande 1')).toBeInTheDocument();
    expect(screen.getByText('Låg närvaro')).toBeInTheDocument();
  });

  it('says nothing is recorded instead of 0 %', () => {
    render(<AttendanceRate figures={{ present: 0, absentWithNotice: 0, absent: 0, recorded: 0, rate: null }} />);
    expect(screen.getByText('Ingen närvaro registrerad')).toBeInTheDocument();
    expect(screen.queryByText(/%/)).not.toBeInTheDocument();
  });
});
