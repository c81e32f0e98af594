import { setupOf } from './chain';
import { productsById } from './products';
import type { Chain, HopChoice, Role, Value } from './types';

/**
 * A chain in a page address, so a link reproduces it: one parameter per place
 * (`lb=aws-alb`), its setup (`proxy.setup=url`), each changed value
 * (`proxy.read=300`, `none` for no limit, empty for not known) and the slow
 * request's seconds (`t=150`). Reading it back trusts nothing: every key and
 * value is checked against the table, and whatever fails is reported, never
 * used.
 */

/** The places of a chain in order from the browser, with the parameter each uses. */
export const places: readonly { role: Role; param: string; optional: boolean }[] = [
  { role: 'cdn', param: 'cdn', optional: true },
  { role: 'balancer', param: 'lb', optional: true },
  { role: 'proxy', param: 'proxy', optional: true },
  { role: 'app', param: 'app', optional: false },
];

/** The word for an empty optional place. */
export const none = 'none';

/** The largest number of seconds accepted anywhere: about eleven and a half days. */
export const maxSeconds = 1_000_000;

/** The chain a visitor starts with: an ALB in front of nginx in front of Node.js. */
export const startChain: Chain = {
  hops: [
    { product: 'aws-alb', values: {} },
    { product: 'nginx', values: {} },
    { product: 'node', values: {} },
  ],
  seconds: 30,
};

/** The app a link gets when it names none it can use. */
const otherApp = 'other';

/** At most this many parameters are read; a longer query is cut, with a note. */
const maxParams = 40;
const secondsPattern = /^\d{1,7}(\.\d{1,3})?$/;

/** Seconds typed by a person or read from a link: a plain decimal within bounds, or nothing. */
export function parseSeconds(text: string): number | undefined {
  const trimmed = text.trim();
  if (!secondsPattern.test(trimmed)) return undefined;
  const seconds = Number(trimmed);
  return seconds <= maxSeconds ? seconds : undefined;
}

/** A setting's value as written in a form field or link: seconds, `none`, or empty for not known. */
export function parseValue(text: string): Value | 'invalid' {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return undefined;
  if (trimmed === none) return null;
  return parseSeconds(trimmed) ?? 'invalid';
}

export const formatValue = (value: Value): string => (value === undefined ? '' : value === null ? none : String(value));

/** How an ignored parameter is shown: short, and only ever as text. */
const shown = (key: string, value: string) => {
  const text = `${key}=${value}`;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Reads a chain from a query string; `ignored` lists, as text, every parameter that was not used. */
export function decodeChain(search: string): { chain: Chain; ignored: string[] } {
  const params = [...new URLSearchParams(search)];
  if (params.length === 0) return { chain: startChain, ignored: [] };
  const ignored = params.slice(maxParams).length > 0 ? [`${params.length - maxParams} more parameters`] : [];
  const seen = new Set<string>();
  const wanted = new Map<string, string>();
  for (const [key, value] of params.slice(0, maxParams)) {
    if (seen.has(key)) ignored.push(shown(key, value));
    else wanted.set(key, value);
    seen.add(key);
  }
  const used = new Set<string>();
  const take = (key: string) => {
    used.add(key);
    return wanted.get(key);
  };

  // A link that names no place at all only tunes the starting chain.
  const namesPlaces = places.some((place) => wanted.has(place.param));
  const hops: HopChoice[] = [];
  for (const place of places) {
    const id = take(place.param);
    const product = id === undefined ? undefined : productsById.get(id);
    const fits = product?.role === place.role;
    if (id !== undefined && !fits && !(place.optional && id === none)) ignored.push(shown(place.param, id));
    const start = startChain.hops.find((hop) => productsById.get(hop.product)?.role === place.role)?.product;
    const fallback = namesPlaces ? (place.optional ? undefined : otherApp) : start;
    const chosen = fits ? product : id === none && place.optional ? undefined : productsById.get(fallback ?? '');
    if (!chosen) continue;
    const setup = take(`${place.param}.setup`);
    if (setup !== undefined && !chosen.setups?.some((candidate) => candidate.id === setup)) ignored.push(shown(`${place.param}.setup`, setup));
    const values: Record<string, Value> = {};
    for (const setting of chosen.settings) {
      const key = `${place.param}.${setting.id}`;
      const text = take(key);
      if (text === undefined) continue;
      const parsed = parseValue(text);
      if (parsed === 'invalid') ignored.push(shown(key, text));
      else values[setting.id] = parsed;
    }
    hops.push({ product: chosen.id, setup: setupOf(chosen, setup)?.id, values });
  }

  const t = take('t');
  const seconds = t === undefined ? startChain.seconds : parseSeconds(t);
  if (t !== undefined && seconds === undefined) ignored.push(shown('t', t));
  for (const [key, value] of wanted) if (!used.has(key)) ignored.push(shown(key, value));
  return { chain: { hops, seconds: seconds ?? startChain.seconds }, ignored };
}

/** Writes a chain as a query string (without `?`): every place, the setups that differ from the first, and every changed value. */
export function encodeChain(chain: Chain): string {
  const params = new URLSearchParams();
  for (const place of places) {
    const hop = chain.hops.find((choice) => productsById.get(choice.product)?.role === place.role);
    params.set(place.param, hop?.product ?? none);
    if (!hop) continue;
    const product = productsById.get(hop.product)!;
    if (hop.setup && hop.setup !== product.setups?.[0]?.id) params.set(`${place.param}.setup`, hop.setup);
    for (const setting of product.settings) {
      if (Object.hasOwn(hop.values, setting.id)) params.set(`${place.param}.${setting.id}`, formatValue(hop.values[setting.id]));
    }
  }
  params.set('t', String(chain.seconds));
  return params.toString();
}
