import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { nodeOfPath, nodeUrl, startId } from '../lib/urls';
import { abortable, loadPage, PageLoadError } from './wizard/pages';
import { plainClick } from './wizard/plainClick';
import { prefetch } from './wizard/prefetch';
import Progress from './wizard/Progress';
import { restoreEntry } from './wizard/restore';
import { knowSteps, loadSteps } from './wizard/steps';
import Trail from './wizard/Trail';
import { NODE_SHOWN, type NodeShownDetail } from '../lib/events';
import { contextAfter, type NodeSteps } from '../lib/steps';
import type { AnsweredStep, HistoryEntry, TrailStep } from '../lib/trail';
import { initialContext, type DiagnoseContext } from '../machine/context';

interface Props {
  /** This page's node. */
  node: string;
  /** The path from the start to this page's node, for a page opened cold. */
  trail: TrailStep[];
  /** The machine's context at the end of that path. */
  context: DiagnoseContext;
  /** The answers this page's node takes. */
  steps: NodeSteps;
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
  context: DiagnoseContext;
  steps: NodeSteps;
}

/** Where a move goes: the history entry, and the machine's context once there. */
interface Move {
  entry: HistoryEntry;
  context: DiagnoseContext;
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
 * context and the address all follow from it. The machine reaches the page
 * one node at a time: the answers of the node shown (`steps`), derived from
 * the machine at build time, fetched with each node's page. Only the latest
 * move is ever applied: a new answer, Back or Forward aborts the load before
 * it, as a browser drops a navigation that another one overtakes. History
 * state is trusted only once the machine has checked it (`restoreEntry`).
 */
export default function Wizard({ node: coldNode, trail: coldTrail, context: coldContext, steps: coldSteps, stepsLeft: coldStepsLeft, children }: Props) {
  const cold: View = { wizard: true, node: coldNode, trail: answered(coldTrail), walked: false, stepsLeft: coldStepsLeft, html: null, context: coldContext, steps: coldSteps };
  const [view, setView] = useState<View>(cold);
  const [ready, setReady] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const moves = useRef(0);
  const pending = useRef<Pending | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const failureNote = useRef<HTMLParagraphElement>(null);
  const shown = useRef(view);
  shown.current = view;

  /** Makes a move the latest one, aborting any before it. Null when a move of the same `key` is already under way. */
  function begin(key?: string): AbortController | null {
    if (key !== undefined && pending.current?.key === key) return null;
    pending.current?.controller.abort();
    const controller = new AbortController();
    pending.current = { key: key ?? '', controller };
    return controller;
  }

  async function show({ entry, context }: Move, mode: 'push' | 'pop') {
    const href = nodeUrl(entry.node);
    const controller = begin(`${mode} ${href} ${eventsOf(entry.trail).join(' ')}`);
    if (!controller) return;
    let page;
    let steps;
    try {
      [page, steps] = await Promise.all([loadPage(href, controller.signal), abortable(loadSteps(entry.node), controller.signal)]);
    } catch (error) {
      if (controller.signal.aborted) return;
      pending.current = null;
      setFailure({ href, status: error instanceof PageLoadError ? error.status : null });
      // Back or Forward already moved the address: the page follows it, with the message in place of the article.
      if (mode === 'pop') setView({ ...entryOf(entry), walked: true, stepsLeft: shown.current.stepsLeft, html: '', context, steps: {} });
      return;
    }
    if (controller.signal.aborted) return;
    pending.current = null;
    moves.current += 1;
    setFailure(null);
    setView({ ...entryOf(entry), walked: true, stepsLeft: page.stepsLeft, html: page.html, context, steps });
    document.title = page.title;
    if (mode === 'push') history.pushState(entryOf(entry), '', href);
  }

  function answer(event: MouseEvent) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-event]');
    if (!link || !plainClick(event) || !ready) return;
    // The second click of a double click would land on whatever the first one brought in.
    if (event.detail > 1) return event.preventDefault();
    const type = link.dataset.event!;
    const taken = Object.hasOwn(view.steps, type) ? view.steps[type] : undefined;
    if (!taken) return;
    event.preventDefault();
    const step: AnsweredStep = {
      node: view.node,
      event: type,
      question: panel.current?.querySelector('h1')?.textContent ?? view.node,
      answer: link.querySelector('[data-label]')?.textContent ?? type,
    };
    void show({ entry: { wizard: true, node: taken.to, trail: [...view.trail, step] }, context: contextAfter(view.context, taken) }, 'push');
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

  /** Back to an earlier question, with the context the walk had on reaching it. */
  async function change(index: number) {
    const step = view.trail[index];
    const controller = begin()!;
    const restored = await restoreEntry({ wizard: true, node: step.node, trail: view.trail.slice(0, index), chosen: step.event }, step.node, loadSteps);
    if (controller.signal.aborted) return;
    pending.current = null;
    if (restored) void show(restored, 'push');
  }

  function restart() {
    void show({ entry: { wizard: true, node: startId, trail: [] }, context: initialContext }, 'push');
  }

  /**
   * Back, Forward, or a fragment link (the skip link among them). An entry
   * the machine vouches for is shown; one without wizard state that names
   * the page already shown (a fragment) is given that page's state, so
   * coming back to it later restores it; anything else is rebuilt from the
   * address alone.
   */
  async function pop(state: unknown) {
    const controller = begin()!;
    const node = nodeOfPath(location.pathname);
    const restored = node === null ? null : await restoreEntry(state, node, loadSteps);
    if (controller.signal.aborted) return;
    pending.current = null;
    if (restored && sameEntry(restored.entry, shown.current)) return;
    if (restored) return show(restored, 'pop');
    if (node === shown.current.node) return history.replaceState(entryOf(shown.current), '');
    if (node === coldNode) return show({ entry: cold, context: coldContext }, 'pop');
    location.reload();
  }

  const onPop = useRef(pop);
  onPop.current = pop;

  useEffect(() => {
    knowSteps(coldNode, coldSteps);
    const listener = (event: PopStateEvent) => void onPop.current(event.state);
    window.addEventListener('popstate', listener);
    // A reload keeps the entry's state: the person's own answers come back if the machine vouches for them.
    void restoreEntry(history.state, coldNode, loadSteps)
      .then((kept) => {
        if (!kept) history.replaceState(entryOf(cold), '');
        else if (moves.current === 0 && !sameEntry(kept.entry, cold)) setView({ ...cold, ...kept.entry, context: kept.context, walked: true });
      })
      .finally(() => setReady(true));
    return () => window.removeEventListener('popstate', listener);
  }, []);

  // Before the frame is painted: the new node starts at the top of the screen with its earlier answer marked, wherever the last one was scrolled to.
  useLayoutEffect(() => {
    const root = panel.current!;
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-event]')) link.toggleAttribute('data-chosen', link.dataset.event === view.chosen);
    if (moves.current === 0) return;
    root.scrollIntoView();
    root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [view]);

  // After the frame is painted: what enhances the article, and what the next answer needs.
  useEffect(() => {
    const root = panel.current!;
    root.dispatchEvent(new CustomEvent<NodeShownDetail>(NODE_SHOWN, { bubbles: true, detail: { node: view.node } }));
    prefetch(Object.values(view.steps).map((step) => step.to));
    if (moves.current > 0) setAnnouncement(root.querySelector('h1')?.textContent ?? '');
  }, [view]);

  // The answer clicked may be far below the message: focus brings it into view, for eyes and keyboards alike.
  useEffect(() => failureNote.current?.focus(), [failure]);

  const edge = view.context.edge;
  return (
    <div class="wizard" data-wizard-node={view.node} data-ready={ready ? '' : undefined}>
      <Trail trail={view.trail.map((step) => ({ ...step, href: nodeUrl(step.node) }))} walked={view.walked} onChange={(index) => void change(index)} onRestart={restart} />
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
