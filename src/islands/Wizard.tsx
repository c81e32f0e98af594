import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { nodeUrl, startId } from '../lib/urls';
import { loadPage, prefetch } from './wizard/pages';
import { plainClick } from './wizard/plainClick';
import Progress from './wizard/Progress';
import Trail from './wizard/Trail';
import { NODE_SHOWN, type NodeShownDetail } from '../lib/events';
import type { HistoryEntry, TrailStep } from '../lib/trail';
import { useLazyActor } from './wizard/useLazyActor';

interface Props {
  /** This page's node. */
  node: string;
  /** The path from the start to this page's node, for a page opened cold. */
  trail: TrailStep[];
  /** The most answers still to give from this page's node. */
  stepsLeft: number;
  /** This page's node article, pre-rendered. */
  children: ComponentChildren;
}

interface View extends HistoryEntry {
  walked: boolean;
  stepsLeft: number;
  /** The article of a node reached without a page load; null shows the page's own. */
  html: string | null;
}

const EDGE_NOTES = {
  cloudflare: 'You reached this through Cloudflare: once the origin is fixed, test again through Cloudflare as well as directly.',
  'load-balancer': 'You reached this through a load balancer: once the target is fixed, watch its health checks turn healthy again.',
} as const;

const eventsOf = (trail: readonly TrailStep[]) => trail.map((step) => step.event);

/**
 * The decision-tree wizard. Answers are ordinary links to each node's static
 * page; with JavaScript, this island moves the XState actor, swaps in the next
 * node's pre-rendered article, and keeps the walk in the History API so Back,
 * Forward and shared URLs behave as links do. Focus goes to the new heading
 * and a polite live region names it.
 */
export default function Wizard({ node: coldNode, trail: coldTrail, stepsLeft: coldStepsLeft, children }: Props) {
  const [view, setView] = useState<View>({
    wizard: true,
    node: coldNode,
    trail: coldTrail,
    walked: false,
    stepsLeft: coldStepsLeft,
    html: null,
  });
  const { machine, actor, snapshot, replace } = useLazyActor(() => eventsOf(view.trail));
  const [announcement, setAnnouncement] = useState('');
  const moves = useRef(0);
  const panel = useRef<HTMLDivElement>(null);

  async function show(entry: HistoryEntry, mode: 'push' | 'pop', answer?: string) {
    const href = nodeUrl(entry.node);
    let page;
    try {
      page = await loadPage(href);
    } catch {
      window.location.assign(href);
      return;
    }
    if (answer && actor) actor.send({ type: answer });
    else replace(eventsOf(entry.trail));
    moves.current += 1;
    setView({ ...entry, walked: true, stepsLeft: page.stepsLeft, html: page.html });
    document.title = page.title;
    if (mode === 'push') history.pushState(entry, '', href);
  }

  function answer(event: MouseEvent) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-event]');
    if (!link || !plainClick(event) || !machine || !snapshot) return;
    const type = link.dataset.event!;
    const target = machine.nextNode(snapshot, type);
    if (!target) return;
    event.preventDefault();
    const step: TrailStep = {
      node: view.node,
      event: type,
      question: panel.current?.querySelector('h1')?.textContent ?? view.node,
      answer: link.querySelector('[data-label]')?.textContent ?? type,
      href: nodeUrl(view.node),
    };
    void show({ wizard: true, node: target, trail: [...view.trail, step] }, 'push', type);
  }

  /** Digits pick an answer, but only while focus is in the answer list: never a page-wide single-key shortcut (WCAG 2.1.4). */
  function pickByNumber(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey || !/^[1-9]$/.test(event.key)) return;
    const list = (event.target as Element).closest('.answers__list');
    const link = list?.querySelectorAll<HTMLAnchorElement>('a[data-event]')[Number(event.key) - 1];
    if (!link) return;
    event.preventDefault();
    link.focus();
    link.click();
  }

  function change(index: number) {
    const step = view.trail[index];
    void show({ wizard: true, node: step.node, trail: view.trail.slice(0, index), chosen: step.event }, 'push');
  }

  function restart() {
    void show({ wizard: true, node: startId, trail: [] }, 'push');
  }

  const onPop = useRef<(event: PopStateEvent) => void>(() => undefined);
  onPop.current = (event) => {
    const entry = event.state as HistoryEntry | null;
    if (entry?.wizard) void show(entry, 'pop');
  };

  useEffect(() => {
    history.replaceState({ wizard: true, node: coldNode, trail: coldTrail } satisfies HistoryEntry, '');
    const listener = (event: PopStateEvent) => onPop.current(event);
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

  useEffect(() => {
    const root = panel.current;
    if (!root) return;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-event]')];
    for (const link of links) link.toggleAttribute('data-chosen', link.dataset.event === view.chosen);
    prefetch(links.map((link) => link.href));
    root.dispatchEvent(new CustomEvent<NodeShownDetail>(NODE_SHOWN, { bubbles: true, detail: { node: view.node } }));
    if (moves.current === 0) return;
    const heading = root.querySelector<HTMLElement>('h1');
    // The new node starts at the top of the screen, its answers under it, wherever the last one was scrolled to.
    root.scrollIntoView();
    heading?.focus({ preventScroll: true });
    setAnnouncement(heading?.textContent ?? '');
  }, [view]);

  const edge = snapshot?.context.edge;
  return (
    <div class="wizard" data-wizard-node={view.node} data-ready={machine ? '' : undefined}>
      <Trail trail={view.trail} walked={view.walked} onChange={change} onRestart={restart} />
      <Progress path={view.trail.map((step) => step.node)} node={view.node} left={view.stepsLeft} />
      {edge && <p class="edge-note">{EDGE_NOTES[edge]}</p>}
      <div class="wizard__panel" ref={panel} onClick={answer} onKeyDown={pickByNumber}>
        {view.html === null ? children : <div dangerouslySetInnerHTML={{ __html: view.html }} />}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
