import type { ComponentChildren } from 'preact';
import { nodeUrl } from '../../lib/urls';
import { fieldOf, type Hop } from '../../timeouts/chain';
import { products } from '../../timeouts/products';
import type { Analysis, Fix, GiveUp, Link, Order } from '../../timeouts/rules';
import { seconds, statusName } from './words';

interface Props {
  hops: readonly Hop[];
  analysis: Analysis;
  /** How long the slow request takes. */
  work: number;
  /** The title of every diagnosis the verdicts can link to, by node id. */
  titles: Readonly<Record<string, string>>;
}

/** The proxies that can speak FastCGI to PHP-FPM, from the table. */
const fastcgiProxies = products.filter((product) => product.answers?.fastcgi).map((product) => product.label);

const list = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);

function Diagnosis({ node, titles }: { node?: string; titles: Props['titles'] }) {
  if (!node || !titles[node]) return null;
  return (
    <>
      {' '}
      Diagnosis: <a href={nodeUrl(node)}>{titles[node]}</a>.
    </>
  );
}

const Name = ({ children }: { children: ComponentChildren }) => <code>{children}</code>;

function FixText({ fix, hops, way }: { fix: Fix; hops: Props['hops']; way: 'raise' | 'lower' }) {
  const both = fix.field.setting.kinds.includes('readTimeout');
  return (
    <>
      {way === 'raise' ? 'raise' : 'lower'} {hops[fix.hop].product.label}’s <Name>{fix.field.setting.name}</Name> to {seconds(fix.to)}
      {fix.to === 0 && way === 'lower' ? ' (no reuse)' : ''}
      {both ? ', which is also how long it waits for an answer' : ''}
    </>
  );
}

function LinkVerdict({ link, hops, titles }: { link: Link; hops: Props['hops']; titles: Props['titles'] }) {
  const front = hops[link.front];
  const back = hops[link.back];
  const pair = `${front.product.label} → ${back.product.label}`;
  const reuseName = fieldOf(front, 'upstreamIdle')?.setting.name;
  const closeName = fieldOf(back, 'clientIdle')?.setting.name;
  const keepAlive = link.keepAlive;
  switch (keepAlive.verdict) {
    case 'race':
      return (
        <li data-verdict="race">
          <strong class="tc-risk">
            {pair}: keep-alive race, an intermittent {keepAlive.status}.
          </strong>{' '}
          {front.product.label} keeps idle connections to {back.product.label} for {seconds(keepAlive.reuse)} (<Name>{reuseName}</Name>), but{' '}
          {back.product.label} closes them after {seconds(keepAlive.close)} (<Name>{closeName}</Name>)
          {keepAlive.equal ? '; equal timeouts race too, since the closing side’s clock starts first' : ''}. Now and then {front.product.label} sends a
          request down a connection that is being closed, and answers {statusName(keepAlive.status)}. How often depends on your traffic: it takes a
          connection left idle longer than {seconds(keepAlive.close)} and a request that picks it at the instant it closes, so it stays rare and random,
          most often after quiet spells, and never shows in a quick test.{' '}
          {keepAlive.raise || keepAlive.lower ? (
            <>
              The fix: {keepAlive.raise && <FixText fix={keepAlive.raise} hops={hops} way="raise" />}
              {keepAlive.raise && keepAlive.lower ? ', or ' : ''}
              {keepAlive.lower && <FixText fix={keepAlive.lower} hops={hops} way="lower" />}.
            </>
          ) : (
            <>Neither value can be changed here, so put a hop that can in between.</>
          )}
          {keepAlive.reuse === null && keepAlive.lower && <> Giving {front.product.label} an idle limit below {back.product.label}’s is the only way.</>}
          <Diagnosis node={keepAlive.node} titles={titles} />
        </li>
      );
    case 'safe':
      return (
        <li data-verdict="safe">
          <strong>{pair}: no keep-alive race.</strong> {back.product.label} keeps idle connections open for {seconds(keepAlive.close)} (
          <Name>{closeName}</Name>), longer than {front.product.label} reuses them ({seconds(keepAlive.reuse)}, <Name>{reuseName}</Name>).
        </li>
      );
    case 'no-reuse':
      return (
        <li data-verdict="no-reuse">
          <strong>{pair}: no keep-alive race.</strong> {front.product.label} opens a new connection for every request (<Name>{reuseName}</Name>).
        </li>
      );
    case 'closes-each':
      return (
        <li data-verdict="closes-each">
          <strong>{pair}: no keep-alive race.</strong> {back.product.label} closes the connection after every response and says so, so{' '}
          {front.product.label} never reuses one.
        </li>
      );
    case 'unknown': {
      const side = keepAlive.side === 'front' ? front : back;
      const name = keepAlive.side === 'front' ? reuseName : closeName;
      return (
        <li data-verdict="unknown">
          <strong>{pair}: cannot tell.</strong> How long {side.product.label} keeps idle connections
          {name && (
            <>
              {' '}
              (<Name>{name}</Name>)
            </>
          )}{' '}
          is not known: enter the value to check this link.
        </li>
      );
    }
  }
}

function OrderVerdict({ order, hops, titles }: { order: Order; hops: Props['hops']; titles: Props['titles'] }) {
  const front = hops[order.front];
  const back = hops[order.back];
  const read = fieldOf(front, 'readTimeout');
  const answers = front.product.answers?.[front.protocol ?? 'http'];
  if (order.verdict === 'kill-first') {
    const work = fieldOf(back, 'workLimit');
    return (
      <li data-verdict="kill-first">
        <strong class="tc-risk">
          {back.product.label} kills slow requests before {front.product.label} gives up.
        </strong>{' '}
        <Name>{work?.setting.name}</Name> ends a request after {seconds(work?.value)}, and {front.product.label} would wait {seconds(read?.value)} (
        <Name>{read?.setting.name}</Name>): requests in between end as a {answers?.closed} from {front.product.label}, not a {answers?.timeout}.
        <Diagnosis node={back.product.killNode} titles={titles} />
      </li>
    );
  }
  const inner = fieldOf(back, 'readTimeout');
  return (
    <li data-verdict="outer-first">
      <strong>
        {front.product.label} gives up no later than {back.product.label} would.
      </strong>{' '}
      {front.product.label} waits {seconds(read?.value)} (<Name>{read?.setting.name}</Name>), {back.product.label} {seconds(inner?.value)} (
      <Name>{inner?.setting.name}</Name>): a slow request ends with {front.product.label}’s {answers?.timeout} while {back.product.label} keeps
      waiting, and its own limit never fires. Keep each hop’s limit shorter than the one in front of it, so the error comes from the hop that knows
      why.
      <Diagnosis node={answers?.timeoutNode} titles={titles} />
    </li>
  );
}

function Outcome({ first, tie, hops, work, titles }: { first?: GiveUp; tie: boolean; hops: Props['hops']; work: number; titles: Props['titles'] }) {
  if (!first) {
    return (
      <p class="tc-outcome" data-outcome="answered">
        <strong>A request that takes {seconds(work)} gets its answer:</strong> every hop waits at least that long.
      </p>
    );
  }
  const hop = hops[first.hop];
  const by = first.answeredBy === undefined ? undefined : hops[first.answeredBy];
  const inFront = hops.slice(0, first.answeredBy ?? 0).map((other) => other.product.label);
  const passed = inFront.length > 0 ? ` ${list(inFront)} ${inFront.length > 1 ? 'pass' : 'passes'} it on.` : '';
  const limit = fieldOf(hop, first.cause === 'killed' ? 'workLimit' : 'readTimeout');
  return (
    <p class="tc-outcome" data-outcome={first.cause} data-status={first.status}>
      <strong class="tc-risk">
        A request that takes {seconds(work)} ends at {seconds(first.at)}
        {first.status ? ` with a ${statusName(first.status)}` : ' with no answer at all'}.
      </strong>{' '}
      {first.cause === 'killed' ? (
        <>
          {hop.product.label} kills the worker at {seconds(first.at)} (<Name>{limit?.setting.name}</Name>)
          {by ? `; ${by.product.label} sees the connection close and answers ${first.status}.` : ', and the browser sees the connection close.'}
        </>
      ) : (
        <>
          {hop.product.label} gives up first (<Name>{limit?.setting.name}</Name>) and answers {first.status}.
        </>
      )}
      {passed}
      {tie ? ' Another hop’s limit is the same: the one nearer the browser goes first, by milliseconds.' : ''}
      <Diagnosis node={first.node} titles={titles} />
    </p>
  );
}

/** The verdicts for one chain: each link's keep-alive, the timeouts' order, and where a request of `work` seconds ends. */
export default function Verdicts({ hops, analysis, work, titles }: Props) {
  if (analysis.mismatches.length > 0) {
    return (
      <ul class="tc-verdicts">
        {analysis.mismatches.map(({ front, back }) => (
          <li key={`m${front}`} data-verdict="mismatch">
            <strong>
              {hops[front].product.label} cannot talk to {hops[back].product.label}.
            </strong>{' '}
            {hops[back].product.label} speaks FastCGI, which this tool models only for {list(fastcgiProxies)}: put one of them in front of it.
          </li>
        ))}
      </ul>
    );
  }
  const limits = analysis.giveUps.map((limit) => `${hops[limit.hop].product.label} ${seconds(limit.at)}${limit.status ? ` (${limit.status})` : ''}`);
  return (
    <>
      <ul class="tc-verdicts">
        {analysis.links.map((link) => (
          <LinkVerdict key={`l${link.front}`} link={link} hops={hops} titles={titles} />
        ))}
        {analysis.orders.map((order) => (
          <OrderVerdict key={`o${order.front}`} order={order} hops={hops} titles={titles} />
        ))}
      </ul>
      <Outcome first={analysis.first} tie={analysis.tie} hops={hops} work={work} titles={titles} />
      <p class="tc-limits">
        {limits.length > 0 ? `Limits along the chain, in the order they fire: ${limits.join(', ')}.` : 'No hop in this chain limits how long it waits.'}
      </p>
    </>
  );
}
