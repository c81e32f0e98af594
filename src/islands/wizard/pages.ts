/** A node page's article and title, lifted from its pre-rendered HTML. */
export interface NodePage {
  html: string;
  title: string;
  /** The most answers still to give from that node, as the build worked it out. */
  stepsLeft: number;
}

const pages = new Map<string, Promise<NodePage>>();

/**
 * Fetches a node's own static page once and keeps its article. The wizard
 * swaps that article in, so client-side and no-JavaScript visits show the
 * very same HTML and no second copy of the content ships as data.
 */
export function loadPage(href: string): Promise<NodePage> {
  let page = pages.get(href);
  if (!page) {
    page = fetch(href, { credentials: 'same-origin' }).then(readArticle);
    pages.set(href, page);
    page.catch(() => pages.delete(href));
  }
  return page;
}

async function readArticle(response: Response): Promise<NodePage> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = doc.querySelector('[data-node-article]');
  if (!article) throw new Error(`${response.url} has no node article`);
  return { html: article.outerHTML, title: doc.title, stepsLeft: Number(article.getAttribute('data-steps-left') ?? 0) };
}

/** Warms the cache for the pages the person may pick next. */
export function prefetch(hrefs: Iterable<string>): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => {
    for (const href of hrefs) loadPage(href).catch(() => undefined);
  });
}
