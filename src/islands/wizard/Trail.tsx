import { plainClick } from './plainClick';
import type { TrailStep } from '../../lib/trail';

interface Props {
  trail: TrailStep[];
  /** True once the person has answered here; false for a page opened cold. */
  walked: boolean;
  onChange: (index: number) => void;
  onRestart: () => void;
}

/**
 * The answers so far, folded into one line (how many, and the answers
 * themselves, cut at the start when they do not fit) that opens, without
 * JavaScript too, to the full list: each question and answer with a way to
 * change it, and a way to start over.
 */
export default function Trail({ trail, walked, onChange, onRestart }: Props) {
  if (trail.length === 0) return null;
  const follow = (event: MouseEvent, run: () => void) => {
    if (!plainClick(event)) return;
    event.preventDefault();
    run();
  };
  return (
    <nav class="trail" aria-labelledby="trail-heading">
      <details class="trail__details">
        <summary class="trail__summary">
          <h2 id="trail-heading" class="visually-hidden">
            {walked ? 'Your answers' : 'How you get here'}
          </h2>
          <span class="trail__count">{trail.length === 1 ? '1 answer' : `${trail.length} answers`}</span>
          <span class="trail__chain">
            <span dir="ltr">{trail.map((step) => step.answer).join(' → ')}</span>
          </span>
          <span class="trail__open">Change</span>
        </summary>
        <ol class="trail__steps">
          {trail.map((step, index) => (
            <li key={`${step.node}-${step.event}`} class="trail__step">
              <span class="trail__question">{step.question}</span>{' '}
              <strong class="trail__answer">{step.answer}</strong>{' '}
              <a
                class="trail__change"
                href={step.href}
                aria-label={`Change your answer to “${step.question}”`}
                onClick={(event) => follow(event, () => onChange(index))}
              >
                Change
              </a>
            </li>
          ))}
        </ol>
        <a class="trail__restart" href="/" onClick={(event) => follow(event, onRestart)}>
          Start over
        </a>
      </details>
    </nav>
  );
}
