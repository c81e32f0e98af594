/**
 * The shapes of the timeout chain: the products a request passes through on
 * its way from the browser to the app, the settings that decide how long each
 * keeps an idle connection or waits for an answer, and the chain a person lays
 * out from them. Pure data; nothing here knows about pages.
 */

/** Where a hop sits, from the browser inward. */
export type Role = 'cdn' | 'balancer' | 'proxy' | 'app';

/**
 * What a setting decides:
 * - `clientIdle`: how long the hop keeps an idle connection from the hop in front open (0: it closes after every response);
 * - `upstreamIdle`: how long it keeps an idle connection to the hop behind for reuse (0: it never reuses one);
 * - `readTimeout`: how long it waits for the hop behind to answer before it gives up;
 * - `workLimit`: how long an app lets one request run before it kills the worker holding it.
 */
export type Kind = 'clientIdle' | 'upstreamIdle' | 'readTimeout' | 'workLimit';

/** How a hop talks to the one behind it. */
export type Protocol = 'http' | 'fastcgi';

/** A duration in seconds, or null for "no limit". */
export type Seconds = number | null;

/** A setting's value as the tool knows it; undefined when the vendor documents none or the person left it empty. */
export type Value = Seconds | undefined;

/** The document a default comes from. */
export interface Doc {
  title: string;
  url: string;
}

/** One documented default of a setting, for a range of versions and, where it matters, a setup. */
export interface Default {
  seconds: Value;
  /** The versions it holds for, as the vendor names them: "1.29.7 and later", "every release so far". */
  versions: string;
  /** The setups (see `Product.setups`) it holds for; every setup when absent. */
  setups?: readonly string[];
  doc: Doc;
  /** Where the default is disputed, changed across versions or easy to misread. */
  note?: string;
}

/** A setting with its real name and what it controls. */
export interface Setting {
  /** Short and stable: it names the value in a shared link. */
  id: string;
  /** The name the vendor's configuration uses: `proxy_read_timeout`, `server.keepAliveTimeout`. */
  name: string;
  /** What it decides; a load balancer's single idle timeout decides several things at once. */
  kinds: readonly Kind[];
  /** For settings towards the hop behind: the protocol they apply to. HTTP when absent. */
  protocol?: Protocol;
  /** The vendor offers no way to change it. */
  fixed?: boolean;
  /** Newest first; the first one matching the chosen setup is the value the form starts with. */
  defaults: readonly Default[];
}

/** What a hop answers when the hop behind it fails it, and which diagnosis explains it. */
export interface Answers {
  /** The status it sends when the connection behind closes without an answer: a keep-alive race, a killed worker. */
  closed: number;
  /** The diagnosis of a keep-alive race on this link. */
  raceNode?: string;
  /** The status it sends when its read timeout fires. */
  timeout: number;
  timeoutNode: string;
}

/** A way the product is commonly set up, when that changes its defaults: a version range, a worker type, a packaged configuration. */
export interface Setup {
  id: string;
  label: string;
}

export interface Product {
  /** Short and stable: it names the product in a shared link. */
  id: string;
  label: string;
  role: Role;
  /** Apps: what they speak to the hop in front. HTTP when absent. */
  speaks?: Protocol;
  /** The first is the one the form starts with. */
  setups?: readonly Setup[];
  settings: readonly Setting[];
  /** Hops in front of another: how they answer, per protocol they can speak to the hop behind. */
  answers?: Partial<Record<Protocol, Answers>>;
  /** Apps with a `workLimit`: the diagnosis of a request killed by it. */
  killNode?: string;
}

/** One hop of a chain as a person sets it: a product, its setup, and the values they changed. */
export interface HopChoice {
  product: string;
  setup?: string;
  /** By setting id; a value here replaces the default. */
  values: Readonly<Record<string, Value>>;
}

/** A chain from the browser inward, and how long the slow request takes. */
export interface Chain {
  /** In order from the browser; the last one is the app. */
  hops: readonly HopChoice[];
  /** How long the app works on the request before it sends the first byte of its answer. */
  seconds: number;
}
