import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { cases } from '../../scripts/capture/cases';
import { readFixtures, realFixtures } from '../support/analyzer';
import { content } from '../support/pages';

/*
 * The analyzer's island wakes after the page's load event. A person can type,
 * paste, choose or drop a file before then; these tests hold the island's code
 * back, do that, let it through, and expect the verdict.
 */

const fixtures = readFixtures(realFixtures);
const sigkill = fixtures.get('worker-sigkill')!;
const best = (page: Page) => page.locator('.analyzer__best');
const box = (page: Page) => page.getByRole('textbox', { name: 'Log lines, error page or response headers' });
const asleep = (page: Page) => page.locator('astro-island[ssr]');

/**
 * Opens the analyzer and holds its island asleep: the island's request for its
 * code waits until the returned function lets it through. Resolves once the
 * island has asked, so it would wake now if it were not held.
 */
async function openAsleep(page: Page): Promise<() => void> {
  let wake!: () => void;
  const woken = new Promise<void>((resolve) => (wake = resolve));
  let asked!: () => void;
  const asking = new Promise<void>((resolve) => (asked = resolve));
  await page.route(/\/_astro\/Analyzer\.[\w-]+\.js$/, async (route) => {
    asked();
    await woken;
    await route.continue();
  });
  await page.goto('/analyze/');
  await asking;
  return wake;
}

test('a log line typed before the analyzer wakes gets its verdict when it does', async ({ page }) => {
  const limited = cases.find((c) => c.id === 'limit-conn')!;
  // The message of a real nginx line, without its date and request: typing is slow through the driver.
  const line = /limiting connections by zone "\w+"/.exec(fixtures.get(limited.id)!)![0];
  const wake = await openAsleep(page);
  await box(page).pressSequentially(line);
  await expect(asleep(page), 'the analyzer still asleep while the line was typed').toHaveCount(1);
  wake();
  await expect(best(page).getByRole('heading', { level: 3 }), 'the verdict for the typed line, once awake').toHaveText(content.get(limited.node)!.title);
  await expect(box(page), 'the typed line kept in the box').toHaveValue(line);
});

test('a log file chosen before the analyzer wakes is read when it does', async ({ page }) => {
  const wake = await openAsleep(page);
  await page.getByLabel('Or choose a log file (.log, .txt, .gz)').setInputFiles({ name: 'error.log', mimeType: 'text/plain', buffer: Buffer.from(sigkill) });
  await expect(asleep(page), 'the analyzer still asleep when the file was chosen').toHaveCount(1);
  wake();
  await expect(best(page).getByRole('heading', { level: 3 }), 'the verdict for the chosen file').toHaveText(content.get('fpm-worker-sigkill')!.title);
  await expect(box(page), 'the file’s lines in the box').toHaveValue(/exited on signal 9 \(SIGKILL\)/);
});

test('a .gz log dropped before the analyzer wakes stays on the page and is read when it wakes', async ({ page }) => {
  const wake = await openAsleep(page);
  const packed = [...gzipSync(sigkill)];
  const kept = await page.evaluate((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'error.log.1.gz', { type: 'application/gzip' }));
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
    document.querySelector('#analyzer-input')!.dispatchEvent(drop);
    return drop.defaultPrevented;
  }, packed);
  expect(kept, 'the drop taken by the page, so the browser does not leave it to open the file').toBe(true);
  await expect(asleep(page), 'the analyzer still asleep when the file was dropped').toHaveCount(1);
  wake();
  await expect(best(page).getByRole('heading', { level: 3 }), 'the verdict for the dropped file').toHaveText(content.get('fpm-worker-sigkill')!.title);
  await expect(page.locator('#analyzer-read'), 'what was read, named after the dropped file').toContainText('from error.log.1.gz');
});
