import { statusLabel } from '../status';
import type { Card } from './cards';

export const imageWidth = 1200;
export const imageHeight = 630;

/** The subset of satori's input used here: an element with inline styles, as JSON. */
export interface Element {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Element | Element[] };
}

const h = (type: string, style: Element['props']['style'], children?: Element['props']['children']): Element => ({
  type,
  props: { style, children },
});

/** The site's light palette (src/styles/global.css), so the image looks like the page it opens. */
const colors = { bg: '#fcfcfa', fg: '#1c1d1f', muted: '#55595f', accent: '#a3262d', onAccent: '#ffffff' };

/** Long titles get smaller type so that the longest still fits in three lines. */
const titleSize = (title: string) => (title.length <= 40 ? 76 : title.length <= 64 ? 64 : 54);

/** The preview image of one page, as satori's element tree: its kind, its title, and the site. */
export function cardLayout(card: Card, host: string): Element {
  const kindRow = h('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
    h('div', { fontSize: 30, fontWeight: 700, letterSpacing: 3, textTransform: 'uppercase', color: colors.accent }, card.kind),
    ...(card.status === undefined
      ? []
      : [
          h(
            'div',
            { fontSize: 28, fontWeight: 700, color: colors.onAccent, background: colors.fg, borderRadius: 999, padding: '4px 18px' },
            statusLabel(card.status),
          ),
        ]),
  ]);
  const title = h(
    'div',
    { display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, color: colors.fg, lineClamp: 4 },
    card.title,
  );
  const siteRow = h('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
    h('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
      h(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: 72,
          height: 72,
          borderRadius: 14,
          background: colors.accent,
          color: colors.onAccent,
          fontSize: 28,
          fontWeight: 700,
        },
        '502',
      ),
      h('div', { fontSize: 36, fontWeight: 700, color: colors.fg }, '502 Doctor'),
    ]),
    h('div', { fontSize: 28, color: colors.muted }, host),
  ]);
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      width: imageWidth,
      height: imageHeight,
      padding: '64px 72px 56px 64px',
      background: colors.bg,
      borderLeft: `24px solid ${colors.accent}`,
      fontFamily: 'Inter',
    },
    [kindRow, title, siteRow],
  );
}
