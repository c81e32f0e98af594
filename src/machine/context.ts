/** What sits in front of the origin, remembered so later pages can say so. */
export type Edge = 'cloudflare' | 'load-balancer' | null;

export interface DiagnoseContext {
  edge: Edge;
}

/**
 * Answers are events named after what the person saw (`CONNECTION_REFUSED`).
 * Their names live in the branch files as data; typing them as a union would
 * mean keeping a second list of them by hand.
 */
export interface AnswerEvent {
  type: string;
}

/** Plain data, with no XState in this file: the wizard in the browser starts from it too. */
export const initialContext: DiagnoseContext = { edge: null };
