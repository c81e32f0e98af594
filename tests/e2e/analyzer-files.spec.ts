import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { readFixtures, realFixtures } from '../support/analyzer';
import { content } from '../support/pages';
import { axeViolations } from '../support/axe';

const fixtures = readFixtures(realFixtures);
const sigkill = fixtures.get('worker-sigkill')!;
const best = (page: Page) => page.locator('.analyzer__best');
const box = (page: Page) => page.getByRole('textbox', { name: 'Log lines, error page or response headers' });

/** A line that matches nothing the analyzer knows, as most of a busy log does. */
const filler = '2026/11/25 17:30:00 [info] 14454#14454: *1 client closed keepalive connection while waiting for request\n';

async function openAnalyzer(page: Page) {
  await page.goto('/analyze/');
  await expect(page.locator('astro-island:not([ssr])'), 'the analyzer is ready').toHaveCount(1);
}

/** Starts recording the page's long tasks; the returned function gives the longest so far, in milliseconds. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
    Object.assign(window, { __longTasks: seen });
  });
  return () => page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
}

test('a 100 MB log chosen with the file picker is read in chunks off the page, without a long task, and its cause found at its end', async ({ page }) => {
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'big-log-'));
  const file = join(dir, 'error.log');
  const lines = Math.ceil((100 * 1024 * 1024) / filler.length);
  writeFileSync(file, filler.repeat(lines) + sigkill);
  try {
    await openAnalyzer(page);
    const longest = await watchLongTasks(page);
    const started = Date.now();
    await page.getByLabel('Or choose a log file (.log, .txt, .gz)').setInputFiles(file);
    await expect(page.getByText(/^Reading 100 MB/), 'progress is shown while the file is read').toBeVisible();
    await expect(best(page).getByRole('heading', { level: 3 }), 'the cause, from the last lines of the file').toHaveText(content.get('fpm-worker-sigkill')!.title, {
      timeout: 30_000,
    });
    test.info().annotations.push({ type: 'time to verdict', description: `${Date.now() - started} ms` });
    expect(await longest(), 'the longest main-thread task, in milliseconds').toBeLessThan(200);
    await expect(page.locator('#analyzer-read'), 'what was read, and what was matched').toContainText(/Read 100 MB from error\.log: [\d,]+ lines\. The last 50 MB/);
    await expect(best(page).locator('.analyzer__where').first(), 'line numbers count from the start of the file').toContainText(
      `Line ${(lines + 1).toLocaleString('en').replace(/,/g, '')}`,
    );
    expect(await box(page).inputValue().then((text) => text.length), 'the box holds only the start and the end').toBeLessThan(70_000);
    await expect(box(page)).toHaveJSProperty('readOnly', true);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a dropped .gz log is decompressed in the browser, under the page’s policy, and lands on its diagnosis', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => message.type() === 'error' && violations.push(message.text()));
  await openAnalyzer(page);
  const packed = [...gzipSync(filler.repeat(1000) + sigkill)];
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'error.log.1.gz', { type: 'application/gzip' }));
    return data;
  }, packed);
  await box(page).dispatchEvent('drop', { dataTransfer });
  await expect(best(page).getByRole('heading', { level: 3 })).toHaveText(content.get('fpm-worker-sigkill')!.title);
  await expect(page.locator('#analyzer-read')).toContainText(/from error\.log\.1\.gz: 1,0\d\d lines/);
  expect(violations, 'no policy violation or script error: the worker runs under the page’s policy').toEqual([]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `the read file's summary and controls meet WCAG 2.2 AA in ${colorScheme}`).toEqual([]);
  }
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(box(page), 'Clear gives the box back for typing').toBeEditable();
  await expect(box(page)).toHaveValue('');
});

test('a paste of 130,000 lines never freezes the page: the box keeps its start and end, and the cause is found', async ({ page }) => {
  await openAnalyzer(page);
  await box(page).focus();
  // The clipboard's contents are made in a task of their own: their cost is the test's, not the page's.
  await page.evaluate(
    ([line, tail]) => {
      const data = new DataTransfer();
      data.setData('text/plain', line.repeat(130_000 - tail.split('\n').length + 1) + tail);
      Object.assign(window, { __clipboard: data });
    },
    [filler, sigkill],
  );
  const longest = await watchLongTasks(page);
  const prevented = await page.evaluate(() => {
    const data = (window as unknown as { __clipboard: DataTransfer }).__clipboard;
    const field = document.activeElement as HTMLTextAreaElement;
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (field.dispatchEvent(event)) {
      field.setRangeText(data.getData('text/plain'), field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
    return event.defaultPrevented;
  });
  await expect(best(page).getByRole('heading', { level: 3 })).toHaveText(content.get('fpm-worker-sigkill')!.title, { timeout: 30_000 });
  expect(await longest(), 'the longest main-thread task, in milliseconds').toBeLessThan(200);
  expect(prevented, 'the paste is taken over rather than poured into the box').toBe(true);
  await expect(page.locator('#analyzer-read')).toContainText('from the paste: 130,000 lines');
});
