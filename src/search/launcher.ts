/**
 * The part of site search every page carries: the header button and the
 * Ctrl-K (⌘K on Apple devices) shortcut. The dialog's code and Pagefind load
 * on first use, so a page that is only read fetches nothing for search.
 */
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');

if (button) {
  const apple = /Mac|iPhone|iPad/.test(navigator.platform);
  if (apple) {
    button.querySelector('kbd')!.textContent = '⌘K';
    button.setAttribute('aria-keyshortcuts', 'Meta+K');
  }
  let search: Promise<typeof import('./dialog')> | undefined;
  const open = () => {
    search ??= import('./dialog');
    search.then((dialog) => dialog.openSearch(button)).catch(() => (search = undefined));
  };
  button.addEventListener('click', open);
  // A chord, never a single key: WCAG 2.1.4 asks that single-character shortcuts can be turned off.
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() !== 'k' || event.altKey || event.shiftKey) return;
    if (!(apple ? event.metaKey : event.ctrlKey)) return;
    event.preventDefault();
    open();
  });
}
