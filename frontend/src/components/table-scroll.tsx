import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways inside itself, so the page around it still reflows on a narrow screen (WCAG 2.1
 * 1.4.10; a data table is allowed to scroll in two directions, the page is not). While it does scroll, it is a
 * named, focusable region, so it can be scrolled with the keyboard too.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState<{ label: string } | undefined>();

  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () =>
      setScrolls(box.scrollWidth > box.clientWidth + 1 ? { label: box.querySelector('caption')?.textContent?.trim() ?? '' } : undefined);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    const table = box.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': scrolls.label || undefined } : {})}
    >
      {children}
    </div>
  );
}
