import { AxeBuilder } from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function describe(violations) {
  return violations
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'),
    )
    .join('\n');
}

/**
 * Waits until every finite CSS animation/transition has finished. Aksel's Modal fades in for 0.7 s; axe checking a
 * half-transparent dialog reports blended colours (white on #4a8fdc, #2478d5, …) that the user never sees at rest.
 * Infinite ones (Loader, Skeleton) are left alone.
 */
export async function waitForAnimations(page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Runs axe with the WCAG 2.1 A/AA rules and throws on any violation. Returns the axe results. */
export async function expectNoA11yViolations(page, { label = page.url(), exclude = [] } = {}) {
  await waitForAnimations(page);
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  if (results.violations.length > 0) {
    throw new Error(`${results.violations.length} accessibility violation(s) on ${label}:\n${describe(results.violations)}`);
  }
  return results;
}
