import type { Reason } from '../../analyzer/classify';

/**
 * One pasted line with the matched span marked. Every piece is a text node:
 * pasted HTML stays visible as text and is never parsed.
 */
export default function Highlight({ reason }: { reason: Reason }) {
  const { text, start, end } = reason;
  return (
    <code>
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </code>
  );
}
