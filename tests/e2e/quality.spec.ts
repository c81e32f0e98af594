import { expect, test, type Page } from '@playwright/test';
import { axeViolations, colourRules } from '../support/axe';
import { builtPageUrls } from '../support/dist';

/** Records what a page does that it should not: errors, policy violations, other origins. */
async function watch(page: Page, expectedStatus: number) {
  const problems: string[] = [];
  // The browser reports a 404 document as a failed load; on the 404 page that is the point.
  const expected = expectedStatus === 404 ? /status of 404/ : /$^/;
  const origin = new URL(test.info().project.use.baseURL!).origin;
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another origin: ${url.href}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return problems;
}


const pages = [...builtPageUrls().map((url) => ({ url, status: 200 })), { url: '/no-such-page/', status: 404 }];

/** Resolves once every island of the page has woken (after the load event, for most), so axe reads what a person gets. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.readyState === 'complete' && !document.querySelector('astro-island[ssr]'));
}

for (const { url, status } of pages) {
  test(`${url} meets WCAG 2.2 AA in light and dark, breaks no policy and stays on this origin`, async ({ page }) => {
    test.slow(); // axe reads every element of a long page, twice
    const problems = await watch(page, status);
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await page.goto(url))?.status()).toBe(status);
    await settled(page);
    // The palette follows the scheme live (light-dark() under color-scheme), so one load serves both:
    // every WCAG rule in light, then in dark the rules whose outcome depends on colours.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const found = await axeViolations(page, colorScheme === 'light' ? {} : { rules: colourRules });
      expect(found, `accessibility violations in the ${colorScheme} scheme`).toEqual([]);
    }
    expect(problems, 'errors, policy violations or foreign requests').toEqual([]);
  });
}
