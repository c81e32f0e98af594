import { chromium, type Page } from '@playwright/test';
import { machineNodes } from '../../src/lib/graph';
import { nodeUrl } from '../../src/lib/urls';
import { chromiumLaunchOptions } from '../../tests/support/chromium';

export interface BrowserTimings {
  /** Click to the next node painted, in ms, one per answer link. */
  transitions: number[];
  /** A deep link opened cold: first contentful paint and load, in ms, one per run. */
  coldPaint: number[];
  coldLoad: number[];
}

/**
 * Arms the page to time the next answer: from the click (capture phase, so
 * before the wizard sees it) to the frame after the new node's article is in
 * the document.
 */
function armTimer(page: Page, target: string) {
  return page.evaluate((target) => {
    const state = window as unknown as { __painted?: number; __clicked?: number };
    delete state.__painted;
    document.addEventListener('click', () => (state.__clicked = performance.now()), { capture: true, once: true });
    const wizard = document.querySelector('[data-wizard-node]')!;
    const observer = new MutationObserver(() => {
      if (wizard.getAttribute('data-wizard-node') !== target) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (state.__painted = performance.now() - state.__clicked!), 0));
    });
    observer.observe(wizard, { attributes: true, attributeFilter: ['data-wizard-node'] });
  }, target);
}

const waitReady = (page: Page) => page.locator('[data-wizard-node][data-ready]').waitFor({ state: 'attached' });

/** Times every answer link of the tree with JavaScript on, and cold loads of one deep link. */
export async function measureBrowser(origin: string, deepLink: string, coldRuns = 7): Promise<BrowserTimings> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    const transitions: number[] = [];
    for (const node of machineNodes.filter((n) => n.edges.length > 0)) {
      await page.goto(origin + nodeUrl(node.id));
      await waitReady(page);
      for (const edge of node.edges) {
        // Let the wizard finish prefetching the next pages, as it would while a person reads.
        await page.waitForLoadState('networkidle');
        await armTimer(page, edge.target);
        await page.locator(`a[data-event="${edge.event}"]`).first().click();
        await page.waitForFunction(() => '__painted' in window);
        transitions.push(await page.evaluate(() => (window as unknown as { __painted: number }).__painted));
        await page.goBack();
        await page.locator(`[data-wizard-node="${node.id}"]`).waitFor({ state: 'attached' });
      }
    }
    const coldPaint: number[] = [];
    const coldLoad: number[] = [];
    for (let run = 0; run < coldRuns; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const cold = await context.newPage();
      await cold.goto(origin + deepLink, { waitUntil: 'load' });
      const timing = await cold.evaluate(async () => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const paint = await new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(Number.NaN), 2000);
        });
        return { paint, load: navigation.loadEventEnd };
      });
      coldPaint.push(timing.paint);
      coldLoad.push(timing.load);
      await context.close();
    }
    return { transitions, coldPaint, coldLoad };
  } finally {
    await browser.close();
  }
}
