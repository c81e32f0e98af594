import { excerptParts } from './excerpt';
import { loadPagefind, type Pagefind, type ResultData } from './pagefind';

/**
 * The search dialog, loaded on first use. Pattern: a modal dialog holding a
 * search field and a list of plain links, with arrow keys moving real focus
 * between the field and the links. A listbox was the alternative, but its
 * options may not contain links, and results that are real links can be
 * opened in a new tab, copied and announced as links.
 */
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const input = dialog.querySelector<HTMLInputElement>('input')!;
const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;

/** Results shown at once; the count announced is the full one. */
const shown = 10;

const unavailable = 'Search could not be loaded. Check your connection and try again.';

let pagefind: Promise<Pagefind> | undefined;
let opener: HTMLElement = document.body;
let latest = 0;

export function openSearch(button: HTMLElement) {
  if (!dialog.open) {
    const focused = document.activeElement;
    opener = focused instanceof HTMLElement && focused !== document.body ? focused : button;
    dialog.showModal();
  }
  input.focus();
  input.select();
  ready().catch(() => (status.textContent = unavailable));
}

/** Pagefind, loading it on first call; a failed load is tried again next time. */
function ready(): Promise<Pagefind> {
  pagefind ??= loadPagefind().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

async function search(term: string) {
  const id = ++latest;
  if (!term.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  let response, found;
  try {
    response = await (await ready()).debouncedSearch(term, {}, 120);
    if (!response || id !== latest) return;
    found = await Promise.all(response.results.slice(0, shown).map((result) => result.data()));
  } catch {
    status.textContent = unavailable;
    return;
  }
  if (id !== latest) return;
  list.replaceChildren(...found.map(resultItem));
  const total = response.results.length;
  const count = total === 0 ? 'No pages match' : `${total} ${total === 1 ? 'page matches' : 'pages match'}`;
  status.textContent = `${count} “${term}”${total > shown ? `, showing the first ${shown}` : ''}.`;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

/** One result as a link; the excerpt is rebuilt from text nodes and <mark>s, never parsed as HTML. */
function resultItem(data: ResultData): HTMLLIElement {
  const link = element('a', 'search__result');
  link.href = data.url;
  const excerpt = element('span', 'search__excerpt');
  for (const part of excerptParts(data.excerpt)) excerpt.append(part.marked ? element('mark', '', part.text) : part.text);
  link.append(element('span', 'search__title', data.meta.title ?? data.url), element('span', 'search__kind', data.meta.kind ?? ''), excerpt);
  const item = document.createElement('li');
  item.append(link);
  return item;
}

input.addEventListener('input', () => void search(input.value));

dialog.addEventListener('keydown', (event) => {
  const links = [...list.querySelectorAll('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'Escape') {
    event.preventDefault();
    dialog.close();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (links.length === 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? input : links[next]).focus();
  } else if (event.key === 'Enter' && document.activeElement === input && links.length > 0) {
    event.preventDefault();
    links[0].click();
  } else if (event.key.length === 1 && at >= 0 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing on a result goes on editing the search.
    input.focus();
  }
});

dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
// A click on the backdrop lands on the dialog itself, since its content fills it.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});
dialog.addEventListener('close', () => (opener.isConnected ? opener : document.querySelector<HTMLElement>('[data-search-open]'))?.focus());
