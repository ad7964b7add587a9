/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page a browser test is looking at, and turns its
 * findings into text a failing assertion can show: impact, rule, what to do and where.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface Violation {
  impact: ImpactValue | undefined;
  rule: string;
  /** Whether the rule checks a WCAG 2 A/AA success criterion (the rest are axe's best practices). */
  wcag: boolean;
  help: string;
  helpUrl: string;
  /** One entry per failing element: its CSS selector and axe's summary of what is wrong there. */
  nodes: { target: string; summary: string }[];
}

/** The WCAG 2.0–2.2 A and AA rule sets. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AccessibilityReport {
  violations: Violation[];
  /** What axe could not decide alone, e.g. contrast of text over a canvas or overlapping SVG. */
  needsReview: Violation[];
}

/**
 * Checks the current page against WCAG 2 A/AA and axe's best practices (reported apart, see
 * `severe`). The app's content security policy allows scripts from its own origin only, so a
 * <script> tag with axe inline would be refused; evaluating the source through the DevTools
 * protocol is not subject to the page's policy.
 */
export async function checkAccessibility(page: Page, options: { exclude?: string[] } = {}): Promise<AccessibilityReport> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(`${source()}\n;undefined`);
  const results = await page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
      const context = exclude.length > 0 ? { exclude: exclude.map((selector) => [selector]) } : document;
      return axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    },
    { tags: [...WCAG_AA_TAGS, 'best-practice'], exclude: options.exclude ?? [] },
  );
  const { violations, incomplete } = results as AxeResults;
  const needsReview = incomplete
    .map(toViolation)
    .map((finding) => ({ ...finding, nodes: finding.nodes.filter((node) => !NOT_TEXT.test(node.summary)) }))
    .filter((finding) => finding.nodes.length > 0);
  return { violations: violations.map(toViolation), needsReview };
}

/** Contrast "undecided" for glyphs like → or a lone axis digit is noise, not a question for a person. */
const NOT_TEXT = /only non-text characters|too short to determine/;

function toViolation(result: AxeResults['violations'][number]): Violation {
  return {
    impact: result.impact,
    rule: result.id,
    wcag: result.tags.some((tag) => WCAG_AA_TAGS.includes(tag)),
    help: result.help,
    helpUrl: result.helpUrl,
    nodes: result.nodes.map((node) => ({
      target: node.target.map(String).join(' >>> '),
      summary: (node.failureSummary ?? node.any[0]?.message ?? '').replace(/\s+/g, ' ').trim(),
    })),
  };
}

const SEVERE: ReadonlySet<ImpactValue | undefined> = new Set<ImpactValue | undefined>(['serious', 'critical']);

/** The violations a page must not have: WCAG A/AA failures that axe rates serious or critical. */
export function severe(violations: Violation[]): Violation[] {
  return violations.filter((violation) => violation.wcag && SEVERE.has(violation.impact));
}

/** Everything else worth a look: moderate and minor WCAG findings and best-practice ones. */
export function lesser(violations: Violation[]): Violation[] {
  const must = new Set(severe(violations));
  return violations.filter((violation) => !must.has(violation));
}

/** Readable lines, e.g. for expect(…, formatViolations(found)) or a console note. */
export function formatViolations(violations: Violation[], heading = 'Accessibility violations'): string {
  if (violations.length === 0) return `${heading}: none`;
  const lines = [`${heading} (${violations.length}):`];
  for (const violation of violations) {
    lines.push(`  [${violation.impact ?? 'unrated'}${violation.wcag ? '' : ', best practice'}] ${violation.rule}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes.slice(0, 8)) lines.push(`      ${node.target}${node.summary ? ` — ${node.summary}` : ''}`);
    if (violation.nodes.length > 8) lines.push(`      … and ${violation.nodes.length - 8} more`);
  }
  return lines.join('\n');
}
