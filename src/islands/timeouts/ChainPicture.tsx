import type { Hop } from '../../timeouts/chain';
import type { Analysis, KeepAlive } from '../../timeouts/rules';
import type { Role } from '../../timeouts/types';
import { fieldOf } from '../../timeouts/chain';
import { seconds } from './words';

interface Props {
  hops: readonly Hop[];
  analysis: Analysis;
  /** How long the slow request takes. */
  work: number;
}

/*
 * The chain drawn the way a diagnosis draws its request path (the `.rp`
 * classes of src/styles/request-path.css), always as a column: the numbers
 * sit beside each arrow, which a row has no room for. Rendered at build time
 * for the worked examples and live in the form.
 */
const pad = 10;
const boxWidth = 112;
const boxHeight = 40;
const gap = 46;
const step = boxHeight + gap;
const width = 330;
const labelX = pad + boxWidth + 14;
const middle = pad + boxWidth / 2;

const roles: Record<Role | 'browser', string> = { browser: 'client', cdn: 'CDN', balancer: 'load balancer', proxy: 'proxy', app: 'app server' };

function keepAliveLabel(keepAlive: KeepAlive): string {
  switch (keepAlive.verdict) {
    case 'race':
      return `race: reuses ${seconds(keepAlive.reuse)}, closes ${seconds(keepAlive.close)}`;
    case 'safe':
      return `reuses ${seconds(keepAlive.reuse)}, closes ${seconds(keepAlive.close)}`;
    case 'no-reuse':
      return 'no reuse: new connection per request';
    case 'closes-each':
      return 'closed after every response';
    case 'unknown':
      return 'keep-alive: not known';
  }
}

function Box({ label, role }: { label: string; role: Role | 'browser' }) {
  const namesRole = label.toLowerCase().includes(roles[role].toLowerCase());
  return (
    <>
      <rect width={boxWidth} height={boxHeight} rx="6" />
      {namesRole ? (
        <text x={boxWidth / 2} y="25">{label}</text>
      ) : (
        <>
          <text x={boxWidth / 2} y="15" class="role">{roles[role]}</text>
          <text x={boxWidth / 2} y="32">{label}</text>
        </>
      )}
    </>
  );
}

/** Describes the picture for a screen reader: the hops, the risky links, and where the slow request ends. */
export function describeChain(hops: readonly Hop[], analysis: Analysis, work: number): string {
  const names = ['Browser', ...hops.map((hop) => hop.product.label)];
  const races = analysis.links.filter((link) => link.keepAlive.verdict === 'race').map((link) => `${names[link.front + 1]} to ${names[link.back + 1]}`);
  const first = analysis.first;
  const end = first ? `a ${work} s request ends at ${names[first.hop + 1]} after ${first.at} s` : `a ${work} s request gets its answer`;
  return `${names.join(' → ')}; ${races.length > 0 ? `keep-alive races: ${races.join(', ')}` : 'no keep-alive race'}; ${end}`;
}

export default function ChainPicture({ hops, analysis, work }: Props) {
  const boxes = [{ label: 'Browser', role: 'browser' as const }, ...hops.map((hop) => ({ label: hop.product.label, role: hop.product.role }))];
  const height = 2 * pad + boxes.length * boxHeight + (boxes.length - 1) * gap;
  const first = analysis.first;
  return (
    <div class="rp tc-picture">
      <svg role="img" viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title>{describeChain(hops, analysis, work)}</title>
        {boxes.map((box, i) => {
          const hop = i - 1;
          const failed = first && first.hop === hop ? first : undefined;
          return (
            <g
              key={`b${i}`}
              transform={`translate(${pad} ${pad + i * step})`}
              data-fault={failed ? (failed.cause === 'killed' ? 'hop' : 'answer') : undefined}
              data-gives-up={failed ? String(failed.at) : undefined}
            >
              <Box label={box.label} role={box.role} />
              {failed && (
                <g transform={`translate(${boxWidth} 0)`}>
                  <circle r="9" />
                  <path d={failed.cause === 'killed' ? 'M-3.5-3.5l7 7m0-7-7 7' : 'M0-4.5v4.5m0 3.5v.5'} />
                </g>
              )}
              {failed ? (
                <text x={labelX - pad} y="25" class="tc-label tc-risk">
                  {failed.cause === 'killed' ? `kills it at ${seconds(failed.at)}` : `gives up at ${seconds(failed.at)}`}
                  {failed.status ? `, ${failed.status}` : ''}
                </text>
              ) : (
                hop === hops.length - 1 && (
                  <text x={labelX - pad} y="25" class="tc-label">{`the request takes ${seconds(work)}`}</text>
                )
              )}
            </g>
          );
        })}
        {boxes.slice(1).map((_, i) => {
          const link = analysis.links.find((candidate) => candidate.back === i);
          const race = link?.keepAlive.verdict === 'race';
          const y = pad + i * step + boxHeight;
          const read = i > 0 ? fieldOf(hops[i - 1], 'readTimeout')?.value : undefined;
          return (
            <g key={`a${i}`} data-link={link ? link.keepAlive.verdict : undefined}>
              <g transform={`translate(${middle} ${y})`} data-fault={race ? 'link' : undefined}>
                {race ? (
                  <>
                    <path d={`M0 2v${gap / 2 - 10}m0 16v${gap / 2 - 10}m-5-6 5 6 5-6`} />
                    <g transform={`translate(0 ${gap / 2})`}>
                      <circle r="8" />
                      <path d="M-3-3l6 6m0-6-6 6" />
                    </g>
                  </>
                ) : (
                  <path d={`M0 2v${gap - 4}m-5-6 5 6 5-6`} />
                )}
              </g>
              {link && (
                <text x={labelX} y={y + gap / 2 - 3} class={race ? 'tc-label tc-risk' : 'tc-label'}>
                  {keepAliveLabel(link.keepAlive)}
                </text>
              )}
              {i > 0 && (
                <text x={labelX} y={y + gap / 2 + 11} class="tc-label">{`waits ${seconds(read)} for an answer`}</text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
