import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const toggle = (page: Page) => page.getByRole('button', { name: /^Theme:/ });

test('the colour scheme follows the system until the person picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(toggle(page)).toHaveText('Theme: system');
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page), 'the page follows a change of system scheme').not.toBe(dark);
});

test('a picked scheme persists across pages and reloads, and back to system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await background(page);
  await toggle(page).click();
  await expect(toggle(page)).toHaveText('Theme: light');
  await toggle(page).click();
  await expect(toggle(page)).toHaveText('Theme: dark');
  const dark = await background(page);
  expect(dark, 'dark differs from light').not.toBe(light);

  await page.goto('/reference/status-codes/');
  await expect(toggle(page)).toHaveText('Theme: dark');
  expect(await background(page), 'another page opens dark on a light system').toBe(dark);

  await toggle(page).click();
  await expect(toggle(page)).toHaveText('Theme: system');
  await page.reload();
  expect(await background(page), 'back to the system scheme after a reload').toBe(light);
});

test('a saved dark scheme is in place before the first paint: no flash of light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  // Record the scheme the moment <body> exists, before any module script or paint.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      Object.assign(window, { __firstTheme: document.documentElement.dataset.theme ?? 'none' });
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/diagnose/error-page/');
  expect(await page.evaluate(() => (window as unknown as { __firstTheme: string }).__firstTheme)).toBe('dark');
});

test('without JavaScript there is no dead theme button and the system scheme applies', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(toggle(page)).toBeHidden();
  expect(await background(page)).toBe('rgb(21, 23, 26)');
  await context.close();
});
