/**
 * The way a request travels from the browser to whatever builds the reply,
 * and where on that way it failed. Every diagnosis carries one, so its page
 * can draw the path with the broken hop or link marked.
 */

/** The role a hop plays; the drawing names it under the hop's label. */
export type HopKind = 'browser' | 'cdn' | 'balancer' | 'proxy' | 'backend' | 'network';

export interface Hop {
  kind: HopKind;
  /** What the person knows it as: "Cloudflare", "nginx", "PHP-FPM". */
  label: string;
}

/**
 * What is marked: a hop that failed, the connection from `hops[index]` to
 * `hops[index + 1]`, or (for leaves that are not a 502) the hop that sent
 * the error itself.
 */
export interface Fault {
  type: 'hop' | 'link' | 'answer';
  index: number;
}

export interface RequestPath {
  hops: Hop[];
  /** Absent on a path drawn healthy, as the reference pages do. */
  fault?: Fault;
}

export interface BrokenPath extends RequestPath {
  fault: Fault;
}

/** Placed between two hops in `route()`: the connection between them is what broke. */
export const BROKEN_LINK = 'broken-link';

/** Wraps the hop that broke, in `route()`. */
export const failed = (hop: Hop) => ({ failed: hop });

/** Wraps the hop that answered with a status other than 502, in `route()`. */
export const answered = (hop: Hop) => ({ answered: hop });

type Step = Hop | typeof BROKEN_LINK | ReturnType<typeof failed> | ReturnType<typeof answered>;

/**
 * Builds a diagnosis's path from its hops in order, with exactly one of them
 * wrapped in `failed()` or `answered()`, or one `BROKEN_LINK` between two.
 */
export function route(...steps: Step[]): BrokenPath {
  const hops: Hop[] = [];
  const faults: Fault[] = [];
  for (const step of steps) {
    if (step === BROKEN_LINK) {
      faults.push({ type: 'link', index: hops.length - 1 });
    } else if ('failed' in step) {
      faults.push({ type: 'hop', index: hops.length });
      hops.push(step.failed);
    } else if ('answered' in step) {
      faults.push({ type: 'answer', index: hops.length });
      hops.push(step.answered);
    } else {
      hops.push(step);
    }
  }
  const labels = hops.map((hop) => hop.label).join(' → ');
  const [fault] = faults;
  if (faults.length !== 1 || !fault || (fault.type === 'link' && (fault.index < 0 || fault.index >= hops.length - 1))) {
    throw new Error(`The path ${labels} needs exactly one fault, and a broken link needs a hop on each side`);
  }
  return { hops, fault };
}

/** A path where every hop answers. */
export const healthy = (...hops: Hop[]): RequestPath => ({ hops });

/** The path in words, as a screen reader announces the drawing. */
export function describePath({ hops, fault }: RequestPath): string {
  const labels = hops.map((hop) => hop.label);
  const where = !fault
    ? 'every hop answers'
    : fault.type === 'link'
      ? `the break is between ${labels[fault.index]} and ${labels[fault.index + 1]}`
      : fault.type === 'hop'
        ? `the break is at ${labels[fault.index]}`
        : `the error comes from ${labels[fault.index]} itself`;
  return `${labels.join(' → ')}; ${where}`;
}
