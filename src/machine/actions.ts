import { assign } from 'xstate';
import type { AnswerEvent, DiagnoseContext } from './context';

/** The only actions in the machine: answers that teach it something about the request's path. */
export const contextActions = {
  noteCloudflare: assign<DiagnoseContext, AnswerEvent, undefined, AnswerEvent, never>({ edge: 'cloudflare' }),
  noteLoadBalancer: assign<DiagnoseContext, AnswerEvent, undefined, AnswerEvent, never>({ edge: 'load-balancer' }),
};

export type ContextAction = keyof typeof contextActions;
