import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** The WCAG 2.2 AA rule sets every page is held to. */
export const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG AA rules of axe that read colours: the only ones a change of colour scheme can turn. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

interface Scope {
  /** Only these rules (default: every WCAG 2.2 AA rule). */
  rules?: string[];
  /** Only this part of the page, a CSS selector (default: the whole document). */
  include?: string;
}

/**
 * axe-core's findings on the page as it stands, one "rule (impact): targets"
 * line per violation. axe is put into the document once and run there
 * directly: the site has no frames, so axe's cross-frame protocol (which
 * @axe-core/playwright drives through an extra blank page per run) buys
 * nothing, and skipping it is what makes axe on every page, twice,
 * affordable. Injected through the DevTools protocol, axe is not subject to
 * the page's Content Security Policy.
 */
export async function axeViolations(page: Page, { rules, include }: Scope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const options: axe.RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagAA },
    resultTypes: ['violations'],
  };
  const { violations } = await page.evaluate(
    ({ context, options }) => (window as unknown as { axe: typeof axe }).axe.run(context ?? document, options),
    { context: include ?? null, options },
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
