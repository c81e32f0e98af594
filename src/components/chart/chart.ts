import { mapUrl, startId } from '../../lib/urls';
import { enablePanZoom } from './panZoom';
import { markWalk, walkOf } from './walk';

/**
 * A chart shown as an image (the whole tree, too big to sit in the page's
 * HTML) is fetched and put in the page as SVG, so its nodes become links
 * that take focus. Its own stylesheet is cut out before parsing: the page
 * styles it, and the policy refuses an inline one even in a parsed document.
 */
async function inline(image: HTMLImageElement): Promise<SVGSVGElement | null> {
  const response = await fetch(image.currentSrc || image.src);
  if (!response.ok) return null;
  const file = new DOMParser().parseFromString((await response.text()).replace(/<style>[^<]*<\/style>/, ''), 'image/svg+xml');
  if (!(file.documentElement instanceof SVGSVGElement)) return null;
  const svg = document.importNode(file.documentElement, true);
  image.replaceWith(svg);
  return svg;
}

/** Links to other views of the map carry the walk along. */
function keepWalk(walk: string[], root: ParentNode) {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-map-page]')) link.href = mapUrl(walk, link.dataset.mapPage || undefined);
  for (const link of root.querySelectorAll<SVGAElement>('.chart-cluster__link')) link.setAttribute('href', mapUrl(walk, link.dataset.branch));
}

/** Without a walk, the frame (not the page) scrolls to where reading starts: the first question, at the left, halfway down. */
function showStart(frame: HTMLElement, node: Element | null) {
  if (!node) return;
  const [outer, inner] = [frame.getBoundingClientRect(), node.getBoundingClientRect()];
  frame.scrollLeft += inner.left - outer.left - 16;
  frame.scrollTop += inner.top - outer.top - (outer.height - inner.height) / 2;
}

async function start(figure: HTMLElement) {
  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]')!;
  const image = frame.querySelector<HTMLImageElement>('img[data-chart-src]');
  const svg = image ? await inline(image) : frame.querySelector('svg');
  if (!svg) return;
  const walk = walkOf(location.search);
  const current = markWalk(walk, svg);
  if (svg.querySelector('.chart-node--on')) keepWalk(walk, document);
  enablePanZoom(frame, svg, figure.querySelector('[data-chart-tools]'));
  if (current) current.scrollIntoView({ block: 'center', inline: 'center' });
  else showStart(frame, svg.querySelector(`[id="n-${startId}"]`) ?? svg.querySelector('.chart-node'));
  figure.dataset.ready = '';
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) void start(figure);
