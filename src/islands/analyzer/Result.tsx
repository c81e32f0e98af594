import type { Analysis, Finding } from '../../analyzer/classify';
import { evidenceSources } from '../../schemas/evidence-sources';
import { statusLabel } from '../../lib/status';
import Highlight from './Highlight';


/** Candidates beyond the best one worth showing; the rest only add noise. */
const MAX_OTHERS = 5;

interface Props {
  analysis: Analysis;
  /** Where the questions start, for input the analyzer does not recognise. */
  wizardHref: string;
}

/** What the analyzer found: the best node and why, then the other candidates, ranked. */
export default function Result({ analysis, wizardHref }: Props) {
  if (analysis.kind === 'empty') {
    return <p class="analyzer__hint">The box is empty. Paste a line from a log, the text or HTML of the error page, or what curl -I printed.</p>;
  }
  if (analysis.kind === 'unknown') {
    return (
      <div class="analyzer__unknown">
        <p>
          Nothing in {analysis.lines === 1 ? 'this line' : `these ${analysis.lines} lines`} matches a pattern the analyzer knows. That does not
          mean nothing is wrong, only that these lines do not name the cause.
        </p>
        <p>
          <a class="answer" href={wizardHref}>
            Answer a few questions instead
          </a>
        </p>
      </div>
    );
  }
  const { best, others } = analysis;
  return (
    <div class="analyzer__result">
      <h2 class="analyzer__heading">Best match</h2>
      <FindingView finding={best} />
      {others.length > 0 && (
        <>
          <h2 class="analyzer__heading">Other candidates</h2>
          <ol class="analyzer__others">
            {others.slice(0, MAX_OTHERS).map((finding) => (
              <li key={finding.node}>
                <a href={finding.href}>{finding.title}</a>
                {finding.status !== undefined && <span class="analyzer__status"> ({statusLabel(finding.status)})</span>}
                <span class="analyzer__why"> {finding.reasons[0].explain}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function FindingView({ finding }: { finding: Finding }) {
  return (
    <article class="analyzer__best">
      <h3 class="analyzer__title">
        <a href={finding.href}>{finding.title}</a>
      </h3>
      {finding.status !== undefined && <p class="analyzer__status">This is {finding.status === 'none' ? 'not an HTTP error' : `an HTTP ${finding.status}`}, not a 502.</p>}
      <ul class="analyzer__reasons">
        {finding.reasons.map((reason, index) => (
          <li key={index}>
            <p class="analyzer__explain">{reason.explain}</p>
            <p class="analyzer__where">
              Line {reason.line}, read as {evidenceSources[reason.source]}:
            </p>
            <pre class="analyzer__line">
              <Highlight reason={reason} />
            </pre>
          </li>
        ))}
      </ul>
    </article>
  );
}
