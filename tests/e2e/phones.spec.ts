import { expect, test } from '@playwright/test';
import { nodeUrl } from '../../src/lib/urls';
import { builtPageUrls } from '../support/dist';

test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

test('no page scrolls sideways on a 320 px wide phone', async ({ page }) => {
  test.setTimeout(180_000);
  const wide: string[] = [];
  for (const url of builtPageUrls()) {
    await page.goto(url);
    const { scroll, width } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
    }));
    if (scroll > width) wide.push(`${url} (${scroll} px)`);
  }
  expect(wide, 'pages wider than the screen').toEqual([]);
});

test('answers are large touch targets', async ({ page }) => {
  await page.goto(nodeUrl('error-page'));
  const answers = page.locator('.answers__list a');
  expect(await answers.count()).toBeGreaterThan(1);
  for (const box of await answers.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON()))) {
    expect(box.height, 'at least 44 px tall').toBeGreaterThanOrEqual(44);
    expect(box.width, 'most of the screen wide').toBeGreaterThanOrEqual(240);
  }
});

test('a tap on an answer moves on, and the browser Back button goes back', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-wizard-node][data-ready]').waitFor({ state: 'attached' });
  await page.locator('a[data-event="MY_SITE"]').tap();
  await expect(page).toHaveURL(nodeUrl('error-page'));
  await page.goBack();
  await expect(page).toHaveURL('/');
});
