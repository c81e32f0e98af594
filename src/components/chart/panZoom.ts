/** How much one step of the buttons or keys zooms, and the largest zoom. */
const step = 1.25;
const most = 2;

/**
 * Zoom for a chart in its scrolling frame: the buttons in `tools`, + − 0 on
 * the focused frame, Ctrl or ⌘ with the wheel (and a trackpad's pinch, which
 * arrives as that), two fingers on a touch screen. Dragging with a mouse or
 * one finger pans. Zooming resizes the SVG and keeps the point under the
 * pointer (or the middle of the frame) where it was; panning is the frame's
 * own scrolling, which is all there is without this script.
 */
export function enablePanZoom(frame: HTMLElement, svg: SVGSVGElement, tools: HTMLElement | null): void {
  const { width, height } = svg.viewBox.baseVal;
  const output = tools?.querySelector('output');
  let scale = 1;
  const fit = () => Math.min(1, frame.clientWidth / width, frame.clientHeight / height);
  const zoom = (wanted: number, anchorX = frame.clientWidth / 2, anchorY = frame.clientHeight / 2) => {
    const next = Math.min(most, Math.max(fit(), wanted));
    const x = (frame.scrollLeft + anchorX) / scale;
    const y = (frame.scrollTop + anchorY) / scale;
    scale = next;
    svg.setAttribute('width', String(width * scale));
    svg.setAttribute('height', String(height * scale));
    frame.scrollLeft = x * scale - anchorX;
    frame.scrollTop = y * scale - anchorY;
    if (output) output.value = `${Math.round(scale * 100)}%`;
  };
  const at = (event: { clientX: number; clientY: number }) => {
    const rect = frame.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top] as const;
  };

  tools?.addEventListener('click', (event) => {
    const how = (event.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
    if (how) zoom({ in: scale * step, out: scale / step, fit: 0, actual: 1 }[how] ?? scale);
  });
  frame.addEventListener('keydown', (event) => {
    const wanted = { '+': scale * step, '=': scale * step, '-': scale / step, '0': 1 }[event.key];
    if (wanted === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    zoom(wanted);
  });
  frame.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      zoom(scale * Math.exp(-event.deltaY / 300), ...at(event));
    },
    { passive: false },
  );

  const pointers = new Map<number, PointerEvent>();
  let travelled = 0;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);
  };
  frame.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    pointers.set(event.pointerId, event);
    travelled = 0;
  });
  frame.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    if (pointers.size === 1) {
      frame.scrollLeft -= event.clientX - last.clientX;
      frame.scrollTop -= event.clientY - last.clientY;
      travelled += Math.abs(event.clientX - last.clientX) + Math.abs(event.clientY - last.clientY);
      // Captured only once it is a drag, so a plain click still reaches the node it was on.
      if (travelled > 4 && !frame.hasPointerCapture(event.pointerId)) frame.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, event);
      return;
    }
    const before = spread();
    pointers.set(event.pointerId, event);
    const [a, b] = [...pointers.values()];
    travelled = Infinity;
    zoom((scale * spread()) / before, ...at({ clientX: (a.clientX + b.clientX) / 2, clientY: (a.clientY + b.clientY) / 2 }));
  });
  for (const end of ['pointerup', 'pointercancel'] as const) frame.addEventListener(end, (event) => pointers.delete(event.pointerId));
  // A drag that ends on a node is not a click on it.
  frame.addEventListener('click', (event) => travelled > 4 && event.preventDefault(), true);
  frame.addEventListener('dragstart', (event) => event.preventDefault());
}
