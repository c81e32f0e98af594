/**
 * The walk the wizard links the map with: `?path=a,b,c` names states in the
 * order they were shown, the current one last. The ids come from the URL, so
 * they are only ever keys into the chart's own nodes and edges, never written
 * into the page or a selector.
 */
export function walkOf(search: string): string[] {
  return (new URLSearchParams(search).get('path') ?? '').split(',').filter(Boolean).slice(0, 100);
}

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * Draws a walk on a chart: each answer taken between two nodes the chart
 * holds becomes a highlighted edge, each node on it is outlined, and the
 * last, when the chart holds it, is marked as where the person is. Returns
 * that node.
 */
export function markWalk(walk: readonly string[], svg: SVGSVGElement): SVGAElement | undefined {
  const nodes = new Map<string, SVGAElement>();
  for (const node of svg.querySelectorAll<SVGAElement>('.chart-node')) nodes.set(node.id.slice(2), node);
  const edges = new Map<string, SVGGElement[]>();
  for (const edge of svg.querySelectorAll<SVGGElement>('[data-edge]')) {
    const key = edge.dataset.edge!;
    edges.set(key, [...(edges.get(key) ?? []), edge]);
  }
  walk.forEach((id, i) => {
    nodes.get(id)?.classList.add('chart-node--on');
    for (const edge of (i > 0 && edges.get(`${walk[i - 1]} ${id}`)) || []) {
      edge.classList.add('chart-edge--on');
      // Drawn last, so the route stays on top where edges cross.
      edge.parentNode!.append(edge);
    }
  });
  const current = nodes.get(walk.at(-1) ?? '');
  if (!current) return undefined;
  current.setAttribute('aria-current', 'location');
  const box = current.getBBox();
  const here = document.createElementNS(svgNs, 'text');
  here.setAttribute('class', 'chart-here');
  here.setAttribute('x', String(box.x));
  here.setAttribute('y', String(box.y - 6));
  here.setAttribute('aria-hidden', 'true');
  here.textContent = 'You are here';
  svg.append(here);
  return current;
}
