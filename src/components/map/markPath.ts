import { mapUrl } from '../../lib/urls';
import { walkOf } from '../chart/walk';

/** Adds the words that mark a step, an answer or a branch as taken, or as where the person is. */
function mark(element: Element, current: boolean) {
  const words = document.createElement('span');
  words.className = 'map-node__mark';
  words.textContent = current ? 'you are here' : 'your path';
  element.append(' ', words);
  if (current) {
    element.setAttribute('aria-current', 'location');
    element.scrollIntoView({ block: 'center' });
  }
}

/**
 * Marks on a page of the map as a list the walk the wizard links here with:
 * `?path=a,b,c` names machine states in the order they were shown, the last
 * one being where the person is. A page lists one branch, so it marks the
 * walk's steps it holds, the answers the walk took from them to steps placed
 * elsewhere, and (on the first page) the branches the walk passed through,
 * each known by the steps a walk enters it by. Where the person is gets
 * marked only if it is on this page: the walk's last id that the page knows
 * is one of its steps, or enters one of its branches. The ids come from the
 * URL, so they are only ever used as keys into the page's own elements, never
 * written into the page or a selector. Returns whether anything was marked.
 */
export function markPath(search: string, root: ParentNode): boolean {
  const walk = [...new Set(walkOf(search))];
  const onWalk = new Set(walk);
  const next = new Map(walk.map((id, index) => [id, walk[index + 1]]));
  const steps = new Map<string, HTMLElement>();
  for (const node of root.querySelectorAll<HTMLElement>('[data-map-node]')) steps.set(node.dataset.mapNode!, node);
  const exits = [...root.querySelectorAll<HTMLElement>('[data-map-to]')];
  const branches = [...root.querySelectorAll<HTMLElement>('[data-map-entries]')].map((item) => ({ item, entries: item.dataset.mapEntries!.split(' ') }));
  const known = new Set([...steps.keys(), ...exits.map((exit) => exit.dataset.mapTo!), ...branches.flatMap((branch) => branch.entries)]);
  const here = walk.findLast((id) => known.has(id));
  let marked = false;

  for (const id of walk) {
    const node = steps.get(id);
    if (!node) continue;
    marked = true;
    node.classList.add('map-node--path');
    // Its own answers, then every fold it sits in.
    node.querySelector<HTMLDetailsElement>(':scope > details')?.setAttribute('open', '');
    for (let fold = node.closest('details'); fold; fold = fold.parentElement!.closest('details')) fold.open = true;
    mark(node.querySelector('[data-map-link]')!, id === here);
  }
  for (const exit of exits) {
    const from = exit.closest<HTMLElement>('[data-map-node]')!.dataset.mapNode!;
    if (next.get(from) !== exit.dataset.mapTo) continue;
    marked = true;
    exit.classList.add('map-edge__see--path');
    mark(exit, false);
  }
  for (const { item, entries } of branches) {
    if (!entries.some((id) => onWalk.has(id))) continue;
    marked = true;
    item.classList.add('map-branch--path');
    mark(item.querySelector('a')!, here !== undefined && !steps.has(here) && entries.includes(here));
  }
  if (marked) root.querySelector('[data-map-path-note]')?.removeAttribute('hidden');
  return marked;
}

/** Links to the other pages of the map carry the walk along, each to the same place on its page. */
export function keepWalk(walk: readonly string[], root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-map-page]')) link.href = mapUrl(walk, link.dataset.mapPage || undefined) + link.hash;
}

/** Shows the Expand all / Collapse all buttons, which only work with JavaScript, and wires them up; not on a page with nothing to fold. */
export function enableFolding(root: ParentNode): void {
  const tools = root.querySelector<HTMLElement>('[data-map-tools]');
  if (!tools || !root.querySelector('details')) return;
  tools.hidden = false;
  tools.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-map-open]');
    if (!button) return;
    const open = button.dataset.mapOpen === 'true';
    for (const fold of root.querySelectorAll('details')) fold.open = open;
  });
}
