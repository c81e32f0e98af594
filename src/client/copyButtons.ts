/** How long "Copied" stays beside the button. */
const CONFIRM_MS = 2000;

/** Gives every code block a copy button and a live region for its confirmation, once. */
export function addCopyButtons() {
  for (const block of document.querySelectorAll('[data-code-block]:not(:has([data-copy]))')) {
    const what = block.querySelector('.language-sh') ? 'command' : 'code';
    // Fixed markup, no values in it: setting HTML here inserts nothing a reader typed.
    block.insertAdjacentHTML(
      'beforeend',
      `<span class="copy-done" aria-live="polite"></span><button type="button" class="copy-button" data-copy>Copy<span class="visually-hidden"> ${what}</span></button>`,
    );
  }
}

/** Copies the block as shown, filled-in values included. One listener serves blocks the wizard swaps in later. */
export function listenForCopies() {
  document.addEventListener('click', (event) => {
    const block = (event.target as Element).closest('[data-copy]')?.parentElement;
    const done = block?.querySelector('.copy-done');
    if (!block || !done) return;
    const confirm = (text: string) => {
      done.textContent = text;
      setTimeout(() => (done.textContent = ''), CONFIRM_MS);
    };
    navigator.clipboard.writeText(block.querySelector('pre')!.textContent!.trimEnd()).then(
      () => confirm('Copied'),
      () => confirm('Copy failed: select the text instead'),
    );
  });
}
