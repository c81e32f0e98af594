/** What the site uses of Pagefind's browser API (the bundle in /pagefind/ is written by scripts/build/search-index.ts). */
export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  debouncedSearch(term: string, options?: object, delayMs?: number): Promise<SearchResponse | null>;
}

export interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
}

export interface ResultData {
  url: string;
  /** HTML: the matching words are wrapped in <mark>. */
  excerpt: string;
  meta: { title?: string; kind?: string };
}

/**
 * Loads Pagefind's own script from the built site. The address is computed
 * at run time so the bundler leaves it alone: the file only exists after the
 * index is built, and it must not be counted into any page's bundle.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  return pagefind;
}
