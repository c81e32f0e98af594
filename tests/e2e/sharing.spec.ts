import { expect, test, type Page } from '@playwright/test';
import { nodeUrl } from '../../src/lib/urls';
import { statusLabel } from '../../src/lib/status';
import { content } from '../support/pages';

/** What a chat or ticket system reads from a page's head to build a link preview. */
const preview = (page: Page) =>
  page.evaluate(() => {
    const meta = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
    return { title: meta('og:title'), image: meta('og:image'), alt: meta('og:image:alt'), url: meta('og:url') };
  });

/** Loads an image the way a preview fetcher would, from this server, and reports its natural size. */
const imageSize = (page: Page, path: string) =>
  page.evaluate(
    (src) =>
      new Promise<{ width: number; height: number }>((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
        image.onerror = () => reject(new Error(`${src} did not load as an image`));
        image.src = src;
      }),
    path,
  );

for (const node of ['fpm-was-stopped', 'status-503']) {
  test(`a pasted link's preview names the diagnosis ${node}`, async ({ page }) => {
    const { title, status } = content.get(node)!;
    await page.goto(nodeUrl(node));
    const shared = await preview(page);
    expect(new URL(shared.url).pathname, 'the preview links to this page').toBe(nodeUrl(node));
    expect(shared.title, 'the preview title is the diagnosis').toBe(title);
    expect(shared.alt, 'the image description names the diagnosis').toContain(title);
    expect(shared.alt, 'the image description says it is a diagnosis').toMatch(/^Diagnosis/);
    if (status !== 502) expect(shared.alt, 'a diagnosis about another status says which').toContain(statusLabel(status));
    const { pathname } = new URL(shared.image);
    expect(pathname, 'the image is this diagnosis’s own').toBe(`/og${nodeUrl(node).replace(/\/$/, '')}.png`);
    expect(await imageSize(page, pathname), 'the image is a large 1200×630 card').toEqual({ width: 1200, height: 630 });
  });
}
