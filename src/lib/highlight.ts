import { createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import { fillMarkers } from './fillMarkers';
import { classTheme, tokenClass } from './tokenClasses';

/** Languages worth colouring; log lines, `text` and unlabelled blocks stay plain. */
const highlighted: BundledLanguage[] = ['sh', 'nginx', 'ini', 'apache', 'yaml', 'js', 'json'];
const isHighlighted = (lang: string | undefined): lang is BundledLanguage => highlighted.includes(lang as BundledLanguage);

let highlighter: Promise<Highlighter> | undefined;
const loadHighlighter = () => (highlighter ??= createHighlighter({ themes: [classTheme], langs: highlighted }));

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of rendered Markdown code: its entities decoded. */
export const unescapeHtml = (html: string): string =>
  html.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? entity;
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const wrap = (text: string, className: string) => (className ? `<span class="${className}">${escapeHtml(text)}</span>` : escapeHtml(text));

/** The class of every character of `text`, from the highlighter or none at all. */
async function characterClasses(text: string, lang: string | undefined): Promise<string[]> {
  const classes = new Array<string>(text.length).fill('');
  if (!isHighlighted(lang)) return classes;
  const lines = (await loadHighlighter()).codeToTokensBase(text, { lang, theme: classTheme });
  for (const token of lines.flat()) classes.fill(tokenClass(token.color), token.offset, token.offset + token.content.length);
  return classes;
}

/**
 * The inner HTML of a code block: tokens as classed spans, and each `«key»`
 * marker as `<span data-value="key">default</span>`, the spot the browser
 * fills with the reader's own value.
 */
export async function highlightCode(source: string, lang: string | undefined): Promise<string> {
  const { text, spans } = fillMarkers(source);
  const classes = await characterClasses(text, lang);
  let html = '';
  let run = '';
  let runClass = '';
  const flush = () => {
    if (run) html += wrap(run, runClass);
    run = '';
  };
  for (let i = 0, next = 0; i < text.length; ) {
    const span = spans[next];
    if (span?.start === i) {
      flush();
      const className = classes[i] ? ` class="${classes[i]}"` : '';
      html += `<span data-value="${span.key}"${className}>${escapeHtml(text.slice(span.start, span.end))}</span>`;
      i = span.end;
      next += 1;
      continue;
    }
    if (classes[i] !== runClass) {
      flush();
      runClass = classes[i];
    }
    run += text[i];
    i += 1;
  }
  flush();
  return html;
}

/** Splits the HTML Markdown renders for a fence, `<code class="language-x">…</code>`, into language and text. */
export function parseCodeHtml(html: string): { lang: string | undefined; source: string } | undefined {
  const match = /^\s*<code(?: class="language-([\w-]+)")?>([\s\S]*)<\/code>\s*$/.exec(html);
  return match ? { lang: match[1], source: unescapeHtml(match[2]) } : undefined;
}
