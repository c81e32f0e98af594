import { mapUrl } from '../../lib/urls';

interface Props {
  /** The nodes answered so far, in order. */
  path: string[];
  /** The node shown now. */
  node: string;
  /** The most answers still to give from here, worked out from the machine at build time. */
  left: number;
}

/**
 * How far along the walk is: answers given, and the most that can still
 * come on this branch, so a long branch never feels endless. The map link
 * shows the same walk on the whole tree.
 */
export default function Progress({ path, node, left }: Props) {
  const taken = path.length;
  return (
    <div class="progress" data-taken={taken} data-left={left}>
      <p class="progress__text">
        {taken} answered · {left === 0 ? 'diagnosis reached' : `at most ${left} to go`}
      </p>
      <progress class="progress__bar" max={taken + left} value={taken} aria-label="Progress to a diagnosis" />
      <a class="progress__map" href={mapUrl([...path, node])}>
        <span class="wide-only">See this walk on the </span>map
      </a>
    </div>
  );
}
