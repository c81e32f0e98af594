import { expect, test, type Page } from '@playwright/test';
import { content, expectNode, waitForWizard } from '../support/pages';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a visible outline. */
async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style, 'the focused element has an outline').not.toBe('none');
  expect(outline.width, 'the outline is at least 2px').toBeGreaterThanOrEqual(2);
}

const walk: [string, string, string][] = [
  ['start', 'MY_SITE', 'error-page'],
  ['error-page', 'NGINX_FOOTER', 'nginx-backend'],
  ['nginx-backend', 'PHP_FPM_DOWN', 'fpm-start-check'],
  ['fpm-start-check', 'STAYS_UP', 'fpm-was-stopped'],
];

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a keyboard alone walks from the first question to a diagnosis, with focus always visible', async ({ page }) => {
      await page.goto('/');
      if (javaScriptEnabled) await waitForWizard(page);
      for (const [, event, to] of walk) {
        await tabTo(page, `a[data-event="${event}"]`);
        await expectVisibleFocus(page);
        await page.keyboard.press('Enter');
        await expectNode(page, to);
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.get('fpm-was-stopped')!.title);
    });
  });
}

test('the skip link is the first stop and jumps to the content', async ({ page }) => {
  await page.goto('/diagnose/nginx-backend/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('with reduced motion asked for, moving between questions animates nothing', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await waitForWizard(page);
  await page.locator('a[data-event="MY_SITE"]').click();
  await expectNode(page, 'error-page');
  const moving = await page.evaluate(() => ({
    animations: document.getAnimations().length,
    smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
  }));
  expect(moving).toEqual({ animations: 0, smoothScroll: false });
});
