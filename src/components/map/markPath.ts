/**
 * Marks on the map the walk the wizard links here with: `?path=a,b,c` names
 * machine states in the order they were shown, the last one being where the
 * person is. The ids come from the URL, so they are only ever used as keys
 * into the map's own nodes, never written into the page or a selector.
 */
export function markPath(search: string, root: ParentNode): void {
  const placed = new Map<string, HTMLElement>();
  for (const node of root.querySelectorAll<HTMLElement>('[data-map-node]')) placed.set(node.dataset.mapNode!, node);
  const ids = new URLSearchParams(search).get('path')?.split(',') ?? [];
  const walk = [...new Set(ids)].flatMap((id) => placed.get(id) ?? []);
  walk.forEach((node, index) => {
    const current = index === walk.length - 1;
    const link = node.querySelector('[data-map-link]')!;
    const mark = document.createElement('span');
    mark.className = 'map-node__mark';
    mark.textContent = current ? 'you are here' : 'your path';
    link.append(' ', mark);
    node.classList.add('map-node--path');
    if (current) link.setAttribute('aria-current', 'location');
    // Its own answers, then every branch it sits in.
    node.querySelector<HTMLDetailsElement>(':scope > details')?.setAttribute('open', '');
    for (let fold = node.closest('details'); fold; fold = fold.parentElement!.closest('details')) fold.open = true;
    if (current) link.scrollIntoView({ block: 'center' });
  });
  if (walk.length > 0) root.querySelector('[data-map-path-note]')?.removeAttribute('hidden');
}

/** Shows the Expand all / Collapse all buttons, which only work with JavaScript, and wires them up. */
export function enableFolding(root: ParentNode): void {
  const tools = root.querySelector<HTMLElement>('[data-map-tools]');
  if (!tools) return;
  tools.hidden = false;
  tools.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-map-open]');
    if (!button) return;
    const open = button.dataset.mapOpen === 'true';
    for (const fold of root.querySelectorAll('details')) fold.open = open;
  });
}
