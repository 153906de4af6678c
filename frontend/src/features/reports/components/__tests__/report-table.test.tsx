import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FigureTable, MinCellContext, type FigureRow } from '../report-table';
import { counts, shares } from './fixtures';

const NBSP = '\u00a0';

describe('FigureTable', () => {
  it('marks a hidden cell with a dash, explains it to screen readers and adds the legend', () => {
    const rows: FigureRow[] = [{ key: 'a', label: 'Avslagna', kind: 'count', cells: counts(null, null, 0, null) }];
    render(
      <MinCellContext.Provider value={5}>
        <FigureTable caption="Remisser" rows={rows} />
      </MinCellContext.Provider>,
    );
    const row = screen.getByRole('row', { name: /Avslagna/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('–');
    expect(within(cells[0]!).getByText('dolt, färre än 5')).toHaveClass('aksel-sr-only');
    expect(cells[2]).toHaveTextContent('0');
    expect(screen.getByText('– = färre än 5, dolt för att skydda personuppgifter.')).toBeInTheDocument();
  });

  it('has no legend when nothing is hidden', () => {
    render(<FigureTable caption="Deltagare" rows={[{ key: 'a', label: 'Började', kind: 'count', cells: counts(12, 9, 0, 21) }]} />);
    expect(screen.queryByText(/dolt för att skydda/)).not.toBeInTheDocument();
  });

  it('writes shares the Swedish way with their base', () => {
    render(<FigureTable caption="Resultat" rows={[{ key: 'w', label: 'Arbete', kind: 'share', cells: shares([3, 10], [2, 8], [0, 0], [5, 18]) }]} />);
    const cells = within(screen.getByRole('row', { name: /Arbete/ })).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe(`30${NBSP}% (3 av 10)`);
    expect(cells[2]).toHaveTextContent('saknas');
    expect(cells[3]!.textContent).toBe(`28${NBSP}% (5 av 18)`);
  });

  it('shows the change of the total from the comparison period, in percentage points for shares', () => {
    const rows: FigureRow[] = [
      { key: 'c', label: 'Började', kind: 'count', cells: counts(12, 9, 0, 21), previous: counts(10, 8, 0, 18) },
      { key: 's', label: 'Till arbete', kind: 'share', cells: shares(null, null, null, [5, 20]), previous: shares(null, null, null, [6, 20]) },
      { key: 'h', label: 'Avslagna', kind: 'count', cells: counts(null, null, 0, null), previous: counts(6, 6, 0, 12) },
    ];
    render(<FigureTable caption="Jämförelse" rows={rows} comparison={{ from: '2026-04-01', to: '2026-06-30' }} />);
    expect(screen.getByRole('columnheader', { name: 'Förändring totalt' })).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Började/ })).getAllByRole('cell').at(-1)).toHaveTextContent('+3');
    expect(within(screen.getByRole('row', { name: /Till arbete/ })).getAllByRole('cell').at(-1)).toHaveTextContent('\u22125 procentenheter');
    // a change against a hidden total would reveal it: hidden too
    expect(within(screen.getByRole('row', { name: /Avslagna/ })).getAllByRole('cell').at(-1)).toHaveTextContent('–');
    expect(screen.getByText('Förändring: totalt jämfört med 2026-04-01–2026-06-30.')).toBeInTheDocument();
  });
});
