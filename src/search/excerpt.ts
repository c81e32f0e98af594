/** A run of excerpt text, and whether Pagefind marked it as matching the search. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Undoes the escaping Pagefind applies to the page text it stores, in one pass so `&amp;lt;` stays `&lt;`. */
const unescape = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity]);

/**
 * Splits a Pagefind excerpt into plain text and `<mark>`ed runs. The excerpt
 * is HTML, but the only markup it carries is `<mark>` (Pagefind may give it
 * attributes): the rest is taken as text, so the caller builds text nodes
 * and never parses it.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark\b[^>]*>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const mark = /^<mark\b[^>]*>([\s\S]*)<\/mark>$/.exec(part);
      return { text: unescape(mark ? mark[1] : part), marked: !!mark };
    });
}
