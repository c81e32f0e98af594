import { chromium, type Browser, type Page } from '@playwright/test';
import { machineNodes } from '../../src/lib/graph';
import { nodeUrl } from '../../src/lib/urls';
import { chromiumLaunchOptions } from '../../tests/support/chromium';

export interface BrowserTimings {
  /** Click to the next node painted, in ms, one per answer link, as the page itself times it (see `armTimer`). */
  transitions: number[];
  /** The same answers clicked twice, side by side: swapped in by the wizard, and followed as a plain link (a full page load). */
  sideBySide: { swapMs: number[]; navigationMs: number[] };
  /** A deep link opened cold: first contentful paint and load, in ms, one per run. */
  coldPaint: number[];
  coldLoad: number[];
}

/**
 * Arms the page to time the next answer: from the click (capture phase, so
 * before the wizard sees it) to the frame after the new node's article is in
 * the document. Work the page schedules after that frame (filling values,
 * copy buttons) runs in tasks queued before this one's, so it counts too.
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

/**
 * Put in every document before its own scripts: marks each node heading for
 * Element Timing the moment it enters the document (before it can be
 * painted) and keeps the wall-clock time each one was first painted. That is
 * the same clock across a full page load, so a click on one page and the
 * paint on the next compare.
 */
function recordHeadingPaints() {
  const record = window as unknown as { __headingPaints: number[] };
  record.__headingPaints = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      if (entry.identifier === 'node-heading') record.__headingPaints.push(performance.timeOrigin + (entry.renderTime || entry.startTime));
    }
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const added of change.addedNodes) {
        if (!(added instanceof Element)) continue;
        for (const heading of [added, ...added.querySelectorAll('h1')].filter((element) => element.matches('article h1'))) {
          heading.setAttribute('elementtiming', 'node-heading');
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Remembers the wall-clock time of the next click, across the page load it may start; `plain` keeps it from the wizard, so the link is followed. */
const armClick = (page: Page, plain: boolean) =>
  page.evaluate((plain) => {
    addEventListener(
      'click',
      (event) => {
        sessionStorage.setItem('bench-click', String(performance.timeOrigin + event.timeStamp));
        if (plain) event.stopPropagation();
      },
      { capture: true, once: true },
    );
  }, plain);

/** Click to the new node's heading painted, in ms, once it is. */
async function clickToHeading(page: Page, link: string, plain: boolean): Promise<number> {
  const before = plain ? 0 : await page.evaluate(() => (window as unknown as { __headingPaints: number[] }).__headingPaints.length);
  await armClick(page, plain);
  await page.locator(link).first().click();
  await page.waitForFunction((before) => (window as unknown as { __headingPaints: number[] }).__headingPaints.length > before, before);
  return page.evaluate(() => (window as unknown as { __headingPaints: number[] }).__headingPaints.at(-1)! - Number(sessionStorage.getItem('bench-click')));
}

const waitReady = (page: Page) => page.locator('[data-wizard-node][data-ready]').waitFor({ state: 'attached' });

/** A node page opened, the wizard ready and the next pages prefetched, as while a person reads it. */
async function openReady(page: Page, node: string, origin: string) {
  await page.goto(origin + nodeUrl(node));
  await waitReady(page);
  await page.waitForLoadState('networkidle');
}

/** Every answer link of the tree, timed in the page. */
async function timeTransitions(browser: Browser, origin: string): Promise<number[]> {
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  const transitions: number[] = [];
  for (const node of machineNodes.filter((n) => n.edges.length > 0)) {
    await openReady(page, node.id, origin);
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
  await page.context().close();
  return transitions;
}

/**
 * `count` answers spread over the tree, each clicked twice in turn from the
 * same page, its next page prefetched: once swapped in by the wizard, once
 * followed as a plain link. Both are timed from the click event to the new
 * heading's first paint, Playwright's own click cost left out of both.
 */
async function timeSideBySide(browser: Browser, origin: string, count: number) {
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.addInitScript(recordHeadingPaints);
  const answers = machineNodes.flatMap((node) => node.edges.map((edge) => ({ node: node.id, link: `a[data-event="${edge.event}"]` })));
  const every = Math.max(1, Math.floor(answers.length / count));
  const swapMs: number[] = [];
  const navigationMs: number[] = [];
  for (const { node, link } of answers.filter((_, i) => i % every === 0).slice(0, count)) {
    await openReady(page, node, origin);
    swapMs.push(await clickToHeading(page, link, false));
    await openReady(page, node, origin);
    navigationMs.push(await clickToHeading(page, link, true));
  }
  await page.context().close();
  return { swapMs, navigationMs };
}

/** Times every answer link of the tree with JavaScript on, a sample of them against plain page loads, and cold loads of one deep link. */
export async function measureBrowser(origin: string, deepLink: string, coldRuns = 7, sideBySideCount = 40): Promise<BrowserTimings> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const transitions = await timeTransitions(browser, origin);
    const sideBySide = await timeSideBySide(browser, origin, sideBySideCount);
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
    return { transitions, sideBySide, coldPaint, coldLoad };
  } finally {
    await browser.close();
  }
}
