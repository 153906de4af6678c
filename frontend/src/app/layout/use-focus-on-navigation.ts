import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After client-side navigation (not on first load), moves focus to the page's <h1>
 * inside the main landmark, so screen reader and keyboard users start at the new content.
 */
export function useFocusOnNavigation(mainId: string) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(mainId);
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname, mainId]);
}
