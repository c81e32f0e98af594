import { productsById } from './products';
import type { Chain, Default, Kind, Product, Protocol, Setting, Setup, Value } from './types';

/** A setting as it stands in one hop of a chain: the person's value, else the documented default. */
export interface Field {
  setting: Setting;
  value: Value;
  /** The documented default for the hop's product and setup; absent when the vendor documents none. */
  default?: Default;
  edited: boolean;
}

/** One hop of a chain with everything the rules need. */
export interface Hop {
  product: Product;
  setup?: Setup;
  /** Hops in front of another: the protocol they speak to it. */
  protocol?: Protocol;
  /** The settings that matter in this place of the chain, in the table's order. */
  fields: Field[];
}

/** The default a setting starts with under a setup: the first that applies to it. */
export const defaultFor = (setting: Setting, setup: string | undefined): Default | undefined =>
  setting.defaults.find((entry) => !entry.setups || (setup !== undefined && entry.setups.includes(setup)));

/** The product's setup by id, or its first one when the id is absent or unknown. */
export const setupOf = (product: Product, id: string | undefined): Setup | undefined =>
  product.setups?.find((setup) => setup.id === id) ?? product.setups?.[0];

const upstreamKinds: readonly Kind[] = ['upstreamIdle', 'readTimeout'];

/**
 * Whether a setting matters for a hop: idle timeouts towards the hop in front
 * only when there is one (the browser's own side is out of scope), settings
 * towards the hop behind only for the protocol spoken to it, work limits only
 * for the app.
 */
function matters(setting: Setting, place: { hasFront: boolean; behind?: Protocol; isApp: boolean }): boolean {
  return setting.kinds.some((kind) => {
    if (kind === 'clientIdle') return place.hasFront;
    if (kind === 'workLimit') return place.isApp;
    return place.behind !== undefined && (setting.protocol ?? 'http') === place.behind;
  });
}

/**
 * Turns a chain of choices into hops: looks each product up, picks its setup
 * and fills every setting that matters in its place with the person's value
 * or the default. Choices naming an unknown product are dropped; the URL
 * reader has already reported them.
 */
export function resolveChain(chain: Chain): Hop[] {
  const known = chain.hops.flatMap((choice) => {
    const product = productsById.get(choice.product);
    return product ? [{ choice, product }] : [];
  });
  return known.map(({ choice, product }, i) => {
    const setup = setupOf(product, choice.setup);
    const next = known[i + 1]?.product;
    const behind = next ? (next.speaks ?? 'http') : undefined;
    const place = { hasFront: i > 0, behind, isApp: product.role === 'app' };
    const fields = product.settings
      .filter((setting) => matters(setting, place))
      .map((setting): Field => {
        const fallback = defaultFor(setting, setup?.id);
        const edited = Object.hasOwn(choice.values, setting.id);
        return { setting, value: edited ? choice.values[setting.id] : fallback?.seconds, default: fallback, edited };
      });
    return { product, setup, protocol: behind, fields };
  });
}

/** The field deciding `kind` in a hop; for settings towards the hop behind, the one for the protocol spoken to it. */
export function fieldOf(hop: Hop, kind: Kind): Field | undefined {
  return hop.fields.find(
    (field) =>
      field.setting.kinds.includes(kind) && (!upstreamKinds.includes(kind) || (field.setting.protocol ?? 'http') === hop.protocol),
  );
}
