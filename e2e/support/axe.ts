import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the app promises (issue 15). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules left out, each with its reason. Nothing else is disabled.
 * - (none yet)
 */
const DISABLED_RULES: string[] = [];

/** One line per violation and element: rule, impact, where, and axe's summary of how to fix it. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).disableRules(DISABLED_RULES).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'no impact'}) at ${node.target.join(' ')}: ${(node.failureSummary ?? violation.help).replace(/\s+/gu, ' ')}`),
  );
}

interface Box {
  scrollWidth: number;
  clientWidth: number;
}

/**
 * How far the window or the main content scrolls sideways: 0 when everything fits the window's
 * width (WCAG 1.4.10 Reflow). The content scrolls inside `main`, so both are measured.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { documentElement: Box; getElementById(id: string): Box | null } }).document;
    const boxes = [doc.documentElement, doc.getElementById('main')].filter((box): box is Box => box !== null);
    return Math.max(...boxes.map((box) => box.scrollWidth - box.clientWidth));
  });
}
