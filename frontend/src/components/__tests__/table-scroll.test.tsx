import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TableScroll } from '../table-scroll';

/** A ResizeObserver that reports at once, and a box as wide as `scrollWidth` in a window `clientWidth` wide. */
function layout(scrollWidth: number, clientWidth: number) {
  // the test set-up's stub never reports; this one reports each observed box at once
  window.ResizeObserver = class {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe() {
      this.report([], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  };
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
}

const table = (
  <TableScroll>
    <table>
      <caption>Mina deltagare</caption>
      <tbody>
        <tr>
          <td>Hawa Yusuf</td>
        </tr>
      </tbody>
    </table>
  </TableScroll>
);

const setUpObserver = window.ResizeObserver;
afterEach(() => {
  window.ResizeObserver = setUpObserver;
  vi.restoreAllMocks();
});

describe('TableScroll', () => {
  it('is a focusable region named by the caption while the table is wider than the screen', () => {
    layout(900, 320);
    render(table);
    const region = screen.getByRole('region', { name: 'Mina deltagare' });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('is a plain box, out of the tab order, when the table fits', () => {
    layout(320, 320);
    render(table);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('table').parentElement).not.toHaveAttribute('tabindex');
  });
});
