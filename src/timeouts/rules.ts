import { fieldOf, type Field, type Hop } from './chain';
import type { Seconds } from './types';

/**
 * The rules of the timeout chain, pair by pair. Two facts decide most
 * intermittent 502s and most 504s:
 *
 * - A hop that keeps an idle connection to the hop behind it for longer than
 *   that hop keeps it open will, now and then, send a request down a
 *   connection that is being closed: a keep-alive race. Equal timeouts race
 *   too, since the closing side's clock starts first (it sent the last byte).
 * - A slow request ends at the first limit along the chain: a read timeout
 *   (that hop answers its timeout status) or an app's work limit (the hop in
 *   front sees the connection close and answers as for any closed connection).
 *   On a tie the hop nearer the browser goes first, since its clock started
 *   first.
 */

/** A change that ends a race: a setting and the value to give it. */
export interface Fix {
  hop: number;
  field: Field;
  to: number;
}

export type KeepAlive =
  | {
      verdict: 'race';
      /** How long the front keeps idle connections for reuse; null for no limit. */
      reuse: Seconds;
      /** How long the back keeps them open. */
      close: number;
      equal: boolean;
      /** What the front answers when it hits a closed connection. */
      status: number;
      node?: string;
      raise?: Fix;
      lower?: Fix;
    }
  | { verdict: 'safe'; reuse: number; close: Seconds }
  /** The front opens a new connection for every request. */
  | { verdict: 'no-reuse' }
  /** The back closes the connection after every response, and says so. */
  | { verdict: 'closes-each' }
  /** A value is missing: the vendor does not document it, or the person emptied the field. */
  | { verdict: 'unknown'; side: 'front' | 'back' };

/** The link from one hop to the next, as far as keep-alive goes. */
export interface Link {
  front: number;
  back: number;
  keepAlive: KeepAlive;
}

/** One limit along the chain: where a slow request would end. */
export interface GiveUp {
  /** The hop whose limit it is. */
  hop: number;
  at: number;
  cause: 'timeout' | 'killed';
  /** The hop that answers the browser's hop chain: the timed-out hop itself, or the one in front of a killed app. */
  answeredBy?: number;
  /** The status that hop answers; absent when no hop stands in front of a killed app, so the browser gets no answer at all. */
  status?: number;
  node: string;
}

/** A timeout or work limit that sits further out than a longer one behind it. */
export interface Order {
  front: number;
  back: number;
  verdict: 'outer-first' | 'kill-first';
}

export interface Analysis {
  links: Link[];
  /** Every finite limit along the chain, in the order they fire. */
  giveUps: GiveUp[];
  /** The limit that ends a request taking the chain's seconds, if any. */
  first?: GiveUp;
  /** Whether another limit fires at the same second as the first. */
  tie: boolean;
  orders: Order[];
  /** Pairs this tool cannot reason about, such as an HTTP-only proxy in front of PHP-FPM. */
  mismatches: { front: number; back: number }[];
}

const value = (hop: Hop, kind: Parameters<typeof fieldOf>[1]) => fieldOf(hop, kind)?.value;

/** A figure a person can type: seconds, without the float noise of the arithmetic. */
const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** The setting to change on a side, unless the vendor allows no change. */
const fixOn = (hop: number, field: Field | undefined, to: number): Fix | undefined =>
  field && !field.setting.fixed ? { hop, field, to } : undefined;

function keepAlive(hops: readonly Hop[], front: number, back: number): KeepAlive {
  const reuse = value(hops[front], 'upstreamIdle');
  const close = value(hops[back], 'clientIdle');
  if (reuse === 0) return { verdict: 'no-reuse' };
  if (close === 0) return { verdict: 'closes-each' };
  if (reuse === undefined) return { verdict: 'unknown', side: 'front' };
  if (close === undefined) return { verdict: 'unknown', side: 'back' };
  if (close !== null && (reuse === null || reuse >= close)) {
    const answers = hops[front].product.answers?.[hops[front].protocol ?? 'http'];
    return {
      verdict: 'race',
      reuse,
      close,
      equal: reuse === close,
      status: answers?.closed ?? 502,
      node: answers?.raceNode,
      raise: reuse === null ? undefined : fixOn(back, fieldOf(hops[back], 'clientIdle'), round(Math.floor(reuse) + 5)),
      lower: fixOn(front, fieldOf(hops[front], 'upstreamIdle'), close > 1 ? round(Math.ceil(close) - 1) : 0),
    };
  }
  return { verdict: 'safe', reuse: reuse as number, close };
}

function limits(hops: readonly Hop[]): GiveUp[] {
  const last = hops.length - 1;
  const found: GiveUp[] = [];
  hops.forEach((hop, i) => {
    const answers = hop.product.answers?.[hop.protocol ?? 'http'];
    const read = value(hop, 'readTimeout');
    if (i < last && answers && typeof read === 'number') {
      found.push({ hop: i, at: read, cause: 'timeout', answeredBy: i, status: answers.timeout, node: answers.timeoutNode });
    }
  });
  const work = value(hops[last], 'workLimit');
  const killNode = hops[last].product.killNode;
  if (typeof work === 'number' && work > 0 && killNode) {
    const front = last > 0 ? last - 1 : undefined;
    const status = front === undefined ? undefined : hops[front].product.answers?.[hops[front].protocol ?? 'http']?.closed;
    found.push({ hop: last, at: work, cause: 'killed', answeredBy: front, status, node: killNode });
  }
  return found.sort((a, b) => a.at - b.at || a.hop - b.hop);
}

function orders(hops: readonly Hop[]): Order[] {
  const last = hops.length - 1;
  return hops.slice(0, -1).flatMap((hop, front): Order[] => {
    const back = front + 1;
    const read = value(hop, 'readTimeout');
    if (typeof read !== 'number') return [];
    if (back === last) {
      const work = value(hops[back], 'workLimit');
      return typeof work === 'number' && work > 0 && work < read && hops[back].product.killNode ? [{ front, back, verdict: 'kill-first' }] : [];
    }
    const inner = value(hops[back], 'readTimeout');
    return inner === null || (typeof inner === 'number' && read <= inner) ? [{ front, back, verdict: 'outer-first' }] : [];
  });
}

/**
 * Works a chain out: the keep-alive verdict of every link, every limit in the
 * order it fires, the one that ends a request of `seconds`, and the pairs
 * whose timeouts sit in an order that hides the inner hop's error.
 */
export function analyse(hops: readonly Hop[], seconds: number): Analysis {
  const pairs = hops.slice(0, -1).map((_, front) => ({ front, back: front + 1 }));
  const mismatches = pairs.filter(({ front }) => !hops[front].product.answers?.[hops[front].protocol ?? 'http']);
  const giveUps = mismatches.length > 0 ? [] : limits(hops);
  const first = giveUps.find((limit) => limit.at <= seconds);
  return {
    links: mismatches.length > 0 ? [] : pairs.map(({ front, back }) => ({ front, back, keepAlive: keepAlive(hops, front, back) })),
    giveUps,
    first,
    tie: first !== undefined && giveUps.some((limit) => limit !== first && limit.at === first.at),
    orders: mismatches.length > 0 ? [] : orders(hops),
    mismatches,
  };
}
