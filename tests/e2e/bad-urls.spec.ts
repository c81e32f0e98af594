import { expect, test } from '@playwright/test';

/** Addresses that name nothing on the site, some of them hostile. */
const unknown = [
  '/diagnose/no-such-node/',
  '/diagnose/',
  '/diagnose/fpm-was-stopped/extra/',
  '/reference/no-such-page/',
  '/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E/',
  '/diagnose/%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E/',
  '/diagnose/..%2F..%2F..%2Fetc%2Fpasswd',
  '/%E0%A4%A/',
];

/** Real pages with junk after them, which must still show the page and run nothing. */
const decorated = [
  '/?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '/diagnose/fpm-was-stopped/?node=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '/diagnose/nginx-fpm-log/#%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '/diagnose/error-page/?utm_source=chat&utm_source=again&=&&#',
];

for (const url of unknown) {
  test(`an unknown address ${url} gets the 404 page with a way back`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(url);
    expect(response?.status(), 'the server answers 404').toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page at this address');
    await expect(page.getByRole('link', { name: 'Start the diagnosis' })).toHaveAttribute('href', '/');
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window), 'nothing from the URL ran').toBe(false);
    expect(errors).toEqual([]);
  });
}

for (const url of decorated) {
  test(`a page opened with junk in its query or fragment, ${url}, shows normally and runs nothing`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('img[src="x"]'), 'no element came from the URL').toHaveCount(0);
    expect(await page.evaluate(() => '__pwned' in window), 'nothing from the URL ran').toBe(false);
    expect(errors).toEqual([]);
  });
}

test('a folder address without its slash is sent to the address with one', async ({ page }) => {
  const response = await page.goto('/diagnose/fpm-was-stopped');
  expect(response?.url()).toMatch(/\/diagnose\/fpm-was-stopped\/$/);
  expect(response?.status()).toBe(200);
});
