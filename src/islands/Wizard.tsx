import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { nodeOfPath, nodeUrl, startId } from '../lib/urls';
import { loadPage, PageLoadError, prefetch } from './wizard/pages';
import { plainClick } from './wizard/plainClick';
import Progress from './wizard/Progress';
import Trail from './wizard/Trail';
import { NODE_SHOWN, type NodeShownDetail } from '../lib/events';
import type { AnsweredStep, HistoryEntry, TrailStep } from '../lib/trail';
import { loadMachine, useLazyActor } from './wizard/useLazyActor';

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

/** A step that did not load: where it is, and why, for the message that offers it as a plain link. */
interface Failure {
  href: string;
  status: number | null;
}

/** The load under way: a second request for the same move is the same move (a double click). */
interface Pending {
  key: string;
  controller: AbortController;
}

const EDGE_NOTES = {
  cloudflare: 'You reached this through Cloudflare: once the origin is fixed, test again through Cloudflare as well as directly.',
  'load-balancer': 'You reached this through a load balancer: once the target is fixed, watch its health checks turn healthy again.',
} as const;

const eventsOf = (trail: readonly AnsweredStep[]) => trail.map((step) => step.event);

/** What history keeps of a step: ids and the two texts, never an address. */
const answered = (trail: readonly AnsweredStep[]): AnsweredStep[] =>
  trail.map(({ node, event, question, answer }) => ({ node, event, question, answer }));

const sameEntry = (a: HistoryEntry, b: HistoryEntry) =>
  a.node === b.node && a.chosen === b.chosen && eventsOf(a.trail).join(' ') === eventsOf(b.trail).join(' ');

const entryOf = ({ node, trail, chosen }: HistoryEntry): HistoryEntry => ({ wizard: true, node, trail: answered(trail), ...(chosen ? { chosen } : {}) });

/**
 * The decision-tree wizard. Answers are ordinary links to each node's static
 * page; with JavaScript, this island swaps in the next node's pre-rendered
 * article and keeps the walk in the History API so Back, Forward and shared
 * URLs behave as links do. Focus goes to the new heading and a polite live
 * region names it.
 *
 * One value, `view`, says where the person is; the trail, the machine's
 * snapshot and the address all follow from it. Only the latest move is ever
 * applied: a new answer, Back or Forward aborts the load before it, as a
 * browser drops a navigation that another one overtakes. History state is
 * trusted only once the machine has checked it (`restoreEntry`).
 */
export default function Wizard({ node: coldNode, trail: coldTrail, stepsLeft: coldStepsLeft, children }: Props) {
  const cold: View = { wizard: true, node: coldNode, trail: answered(coldTrail), walked: false, stepsLeft: coldStepsLeft, html: null };
  const [view, setView] = useState<View>(cold);
  const { machine, snapshot } = useLazyActor(eventsOf(view.trail));
  const [failure, setFailure] = useState<Failure | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const moves = useRef(0);
  const pending = useRef<Pending | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const failureNote = useRef<HTMLParagraphElement>(null);
  const shown = useRef(view);
  shown.current = view;

  async function show(entry: HistoryEntry, mode: 'push' | 'pop') {
    const href = nodeUrl(entry.node);
    const key = `${mode} ${href} ${eventsOf(entry.trail).join(' ')}`;
    if (pending.current?.key === key) return;
    pending.current?.controller.abort();
    const controller = new AbortController();
    pending.current = { key, controller };
    let page;
    try {
      page = await loadPage(href, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      pending.current = null;
      setFailure({ href, status: error instanceof PageLoadError ? error.status : null });
      // Back or Forward already moved the address: the page follows it, with the message in place of the article.
      if (mode === 'pop') setView({ ...entryOf(entry), walked: true, stepsLeft: shown.current.stepsLeft, html: '' });
      return;
    }
    if (controller.signal.aborted) return;
    pending.current = null;
    moves.current += 1;
    setFailure(null);
    setView({ ...entryOf(entry), walked: true, stepsLeft: page.stepsLeft, html: page.html });
    document.title = page.title;
    if (mode === 'push') history.pushState(entryOf(entry), '', href);
  }

  function answer(event: MouseEvent) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-event]');
    if (!link || !plainClick(event) || !machine || !snapshot) return;
    // The second click of a double click would land on whatever the first one brought in.
    if (event.detail > 1) return event.preventDefault();
    const type = link.dataset.event!;
    const target = machine.nextNode(snapshot, type);
    if (!target) return;
    event.preventDefault();
    const step: AnsweredStep = {
      node: view.node,
      event: type,
      question: panel.current?.querySelector('h1')?.textContent ?? view.node,
      answer: link.querySelector('[data-label]')?.textContent ?? type,
    };
    void show({ wizard: true, node: target, trail: [...view.trail, step] }, 'push');
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

  /**
   * Back, Forward, or a fragment link (the skip link among them). An entry
   * the machine vouches for is shown; one without wizard state that names
   * the page already shown (a fragment) is given that page's state, so
   * coming back to it later restores it; anything else is rebuilt from the
   * address alone.
   */
  async function pop(state: unknown) {
    pending.current?.controller.abort();
    pending.current = null;
    const module = await loadMachine();
    const node = nodeOfPath(location.pathname);
    const entry = node === null ? null : module.restoreEntry(state, node);
    if (entry && sameEntry(entry, shown.current)) return;
    if (entry) return show(entry, 'pop');
    if (node === shown.current.node) return history.replaceState(entryOf(shown.current), '');
    if (node === coldNode) return show(cold, 'pop');
    location.reload();
  }

  const onPop = useRef(pop);
  onPop.current = pop;

  useEffect(() => {
    const listener = (event: PopStateEvent) => void onPop.current(event.state);
    window.addEventListener('popstate', listener);
    // A reload keeps the entry's state: the person's own answers come back if the machine vouches for them.
    void loadMachine().then((module) => {
      const kept = module.restoreEntry(history.state, coldNode);
      if (!kept) history.replaceState(entryOf(cold), '');
      else if (moves.current === 0 && !sameEntry(kept, cold)) setView({ ...cold, ...kept, walked: true });
    });
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

  // The answer clicked may be far below the message: focus brings it into view, for eyes and keyboards alike.
  useEffect(() => failureNote.current?.focus(), [failure]);

  const edge = snapshot?.context.edge;
  return (
    <div class="wizard" data-wizard-node={view.node} data-ready={machine ? '' : undefined}>
      <Trail trail={view.trail.map((step) => ({ ...step, href: nodeUrl(step.node) }))} walked={view.walked} onChange={change} onRestart={restart} />
      <Progress path={view.trail.map((step) => step.node)} node={view.node} left={view.stepsLeft} />
      {edge && <p class="edge-note">{EDGE_NOTES[edge]}</p>}
      {failure && (
        <p class="edge-note" role="alert" tabIndex={-1} ref={failureNote}>
          {failure.status === null ? 'That step did not load: the network is not answering. ' : `That step did not load: the server answered ${failure.status}. `}
          <a href={failure.href}>Open it as a page</a> or try again.
        </p>
      )}
      <div class="wizard__panel" ref={panel} onClick={answer} onKeyDown={pickByNumber}>
        {view.html === null ? children : <div dangerouslySetInnerHTML={{ __html: view.html }} />}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
