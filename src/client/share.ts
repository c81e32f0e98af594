import { readDiagnosis, toMarkdown } from './summary';

function say(button: Element, message: string) {
  const status = button.closest('.share')?.querySelector('[data-share-status]');
  if (status) status.textContent = message;
}

async function copy(button: Element, value: string, done: string) {
  try {
    await navigator.clipboard.writeText(value);
    say(button, done);
  } catch {
    say(button, 'Your browser refused the clipboard; select and copy from the page instead.');
  }
}

async function shareLink(button: Element) {
  const data = { title: document.title, url: location.href };
  if (navigator.share && navigator.canShare?.(data) !== false) {
    try {
      await navigator.share(data);
      return;
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return;
    }
  }
  await copy(button, location.href, 'Link copied');
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-share]');
  const article = button?.closest('[data-node-article]');
  if (!button || !article) return;
  if (button.dataset.share === 'link') void shareLink(button);
  else void copy(button, toMarkdown(readDiagnosis(article, location.href)), 'Summary copied: paste it into your ticket or chat');
});
