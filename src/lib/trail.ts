/** One answered question, as history remembers it. */
export interface AnsweredStep {
  /** The state the question was asked in. */
  node: string;
  /** The answer's event. */
  event: string;
  /** The question's heading and the answer's label, for the trail. */
  question: string;
  answer: string;
}

/** One answered question as the trail shows it. */
export interface TrailStep extends AnsweredStep {
  /** Where "Change" leads: the question's own page, always `nodeUrl(node)`, never read from history. */
  href: string;
}

/** What a history entry holds, so Back and Forward restore the walk. */
export interface HistoryEntry {
  wizard: true;
  /** The node shown. */
  node: string;
  /** The answers that led to it. */
  trail: AnsweredStep[];
  /** The answer given before, shown when the person goes back to change it. */
  chosen?: string;
}
