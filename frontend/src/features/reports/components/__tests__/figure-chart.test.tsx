import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FigureChart } from '../report-parts';
import { counts } from './fixtures';

describe('FigureChart', () => {
  it('draws nothing when every value is hidden or zero (the table says it all)', () => {
    const { container } = render(
      <FigureChart label="Resultat" rows={[{ key: 'a', label: 'Arbete', kind: 'count', cells: counts(null, null, 0, null) }]} table={<p>tabell</p>} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('is an image with its label and a table alternative otherwise', () => {
    render(<FigureChart label="Deltagare per kön" rows={[{ key: 'a', label: 'Började', kind: 'count', cells: counts(12, 9, 0, 21) }]} table={<p>tabell</p>} />);
    expect(screen.getByRole('img', { name: 'Deltagare per kön' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Visa som tabell' })).toBeInTheDocument();
  });
});
