import { assign } from 'xstate';

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

export const initialContext: DiagnoseContext = { edge: null };

/** The only actions in the machine: answers that teach it something about the request's path. */
export const contextActions = {
  noteCloudflare: assign<DiagnoseContext, AnswerEvent, undefined, AnswerEvent, never>({ edge: 'cloudflare' }),
  noteLoadBalancer: assign<DiagnoseContext, AnswerEvent, undefined, AnswerEvent, never>({ edge: 'load-balancer' }),
};

export type ContextAction = keyof typeof contextActions;
