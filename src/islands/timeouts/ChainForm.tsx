import { useEffect, useMemo, useState } from 'preact/hooks';
import { resolveChain, setupOf, type Field } from '../../timeouts/chain';
import { productsById, productsFor } from '../../timeouts/products';
import { analyse } from '../../timeouts/rules';
import type { Chain, HopChoice } from '../../timeouts/types';
import { decodeChain, encodeChain, formatValue, none, parseSeconds, parseValue, places } from '../../timeouts/url';
import ChainPicture, { describeChain } from './ChainPicture';
import Verdicts from './Verdicts';
import { seconds } from './words';

export interface Props {
  /** The title of every diagnosis a verdict can link to, by node id. */
  titles: Readonly<Record<string, string>>;
}

type Place = (typeof places)[number];

const hopAt = (chain: Chain, place: Place) => chain.hops.find((hop) => productsById.get(hop.product)?.role === place.role);

/** Puts a place's choice into the chain, keeping the order from the browser inward. */
function withHop(chain: Chain, place: Place, hop: HopChoice | undefined): Chain {
  const hops = places.flatMap((other) => {
    const choice = other === place ? hop : hopAt(chain, other);
    return choice ? [choice] : [];
  });
  return { ...chain, hops };
}

/** One setting's field; `id` is unique on the page: the place and the setting. */
function ValueField({ id, field, onValue }: { id: string; field: Field; onValue: (text: string) => boolean }) {
  const [invalid, setInvalid] = useState(false);
  const documented = field.default;
  return (
    <div class="tc-field">
      <label for={id}>
        <code>{field.setting.name}</code>
      </label>
      <input
        id={id}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        spellcheck={false}
        defaultValue={formatValue(field.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onInput={(event) => setInvalid(!onValue(event.currentTarget.value))}
      />
      <span id={`${id}-hint`} class="tc-hint">
        {invalid
          ? 'Seconds (up to 1,000,000), none for no limit, or empty if not known.'
          : documented
            ? `Default ${seconds(documented.seconds)}, ${documented.versions}${field.setting.fixed ? '; cannot be changed' : ''}.`
            : 'No documented default: enter yours.'}
      </span>
    </div>
  );
}

/**
 * The timeout chain form: a select per place (CDN, load balancer, proxy, app
 * server), a setup where the product's defaults depend on it, every setting
 * that matters there, and the slow request's seconds. Each change redraws the
 * picture and the verdicts and writes the chain into the address, so the link
 * reproduces it; nothing leaves the page.
 */
export default function ChainForm({ titles }: Props) {
  const [{ chain, ignored }, setState] = useState(() => decodeChain(location.search));
  const [requestInvalid, setRequestInvalid] = useState(false);
  const hops = useMemo(() => resolveChain(chain), [chain]);
  const analysis = useMemo(() => analyse(hops, chain.seconds), [hops, chain.seconds]);
  const query = encodeChain(chain);

  // A shared link is rewritten once, without the parts that were ignored; a plain visit keeps its bare address.
  useEffect(() => {
    if (location.search !== '') history.replaceState(null, '', `?${query}`);
  }, []);

  const update = (next: Chain) => {
    setState({ chain: next, ignored });
    history.replaceState(null, '', `?${encodeChain(next)}`);
  };

  return (
    <div class="tc-tool">
      {ignored.length > 0 && (
        <div class="tc-ignored" role="status">
          <p>These parts of the link were not understood and are ignored:</p>
          <ul>
            {ignored.map((text, i) => (
              <li key={i}>
                <code>{text}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="tc-form" onSubmit={(event) => event.preventDefault()}>
        {places.map((place) => {
          const choice = hopAt(chain, place);
          const product = choice && productsById.get(choice.product);
          const hop = hops.find((candidate) => candidate.product === product);
          const selectId = `tc-${place.param}`;
          return (
            <fieldset key={place.param} class="tc-hop">
              <legend>{{ cdn: 'CDN', balancer: 'Load balancer', proxy: 'Proxy', app: 'App server' }[place.role]}</legend>
              <label for={selectId}>Product</label>
              <select
                id={selectId}
                value={choice?.product ?? none}
                onChange={(event) => {
                  const id = event.currentTarget.value;
                  update(withHop(chain, place, id === none ? undefined : { product: id, values: {} }));
                }}
              >
                {place.optional && <option value={none}>none</option>}
                {productsFor(place.role).map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.label}
                  </option>
                ))}
              </select>
              {product?.setups && (
                <>
                  <label for={`${selectId}-setup`}>Version or setup</label>
                  <select
                    id={`${selectId}-setup`}
                    value={setupOf(product, choice?.setup)?.id}
                    onChange={(event) => update(withHop(chain, place, { product: product.id, setup: event.currentTarget.value, values: {} }))}
                  >
                    {product.setups.map((setup) => (
                      <option key={setup.id} value={setup.id}>
                        {setup.label}
                      </option>
                    ))}
                  </select>
                </>
              )}
              {choice &&
                hop?.fields.map((field) => (
                  <ValueField
                    key={`${choice.product}-${choice.setup}-${field.setting.id}`}
                    id={`${selectId}-${field.setting.id}`}
                    field={field}
                    onValue={(text) => {
                      const value = parseValue(text);
                      if (value === 'invalid') return false;
                      update(withHop(chain, place, { ...choice, values: { ...choice.values, [field.setting.id]: value } }));
                      return true;
                    }}
                  />
                ))}
            </fieldset>
          );
        })}
        <div class="tc-field tc-request">
          <label for="tc-seconds">How long the slow request takes, in seconds, before its first byte</label>
          <input
            id="tc-seconds"
            type="number"
            min="0"
            max="1000000"
            step="any"
            defaultValue={String(chain.seconds)}
            aria-invalid={requestInvalid || undefined}
            onInput={(event) => {
              const value = parseSeconds(event.currentTarget.value);
              setRequestInvalid(value === undefined);
              if (value !== undefined) update({ ...chain, seconds: value });
            }}
          />
        </div>
      </form>
      <h3>What this chain does</h3>
      <p class="visually-hidden" aria-live="polite">
        {describeChain(hops, analysis, chain.seconds)}
      </p>
      <div data-chain-result>
        <ChainPicture hops={hops} analysis={analysis} work={chain.seconds} />
        <Verdicts hops={hops} analysis={analysis} work={chain.seconds} titles={titles} />
      </div>
      <p class="tc-share">
        The address bar now holds this chain: <a href={`?${query}`}>link to it</a>. It lives only in the address, and nothing is sent anywhere.
      </p>
    </div>
  );
}
