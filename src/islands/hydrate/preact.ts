import { h, hydrate, render, type ComponentType } from 'preact';

/** Slot HTML rendered on the server, handed to Preact as it is: Preact leaves its inside alone. */
function StaticHtml({ value, name }: { value: unknown; name?: string }) {
  return value ? h('astro-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
}
StaticHtml.shouldComponentUpdate = () => false;

function islandId(element: HTMLElement): number | string | null {
  const id = Number.parseInt(element.getAttribute('data-preact-island-id') ?? '', 10);
  return Number.isNaN(id) ? element.getAttribute('uid') : id;
}

/**
 * The client half of Astro's Preact renderer (`@astrojs/preact/client.js`,
 * version 6), which astro.config.mjs points the renderer at. It is the same
 * but for one thing: it never loads `@preact/signals` to revive signals
 * passed as props, which no island here does, so that runtime stays off
 * every page.
 */
export default (element: HTMLElement) =>
  (Component: ComponentType, props: Record<string, unknown>, { default: children, ...slotted }: Record<string, unknown>, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    const island = islandId(element);
    if (island !== null) {
      // Preact's id mask for this island, so ids made with useId match the server's.
      const mask = [island, 0];
      Object.assign(child, { _mask: mask, __m: mask });
    }
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
