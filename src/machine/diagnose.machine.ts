import { assign, setup } from 'xstate';
import { appServerStates } from './branches/app-server';
import { apacheStates } from './branches/apache';
import { cloudflareStates } from './branches/cloudflare';
import { kubernetesStates } from './branches/kubernetes';
import { loadBalancerStates } from './branches/load-balancer';
import { nginxPhpStates } from './branches/nginx-php';
import { nginxSharedStates } from './branches/nginx-shared';
import { otherProxyStates } from './branches/other-proxies';
import { startStates } from './branches/start';
import { statusFamilyStates } from './branches/status-family';

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

/**
 * The decision tree. Each state is a node with its own page and content file
 * (`content/nodes/<state-key>.mdx`); each event is an answer. It is pure data:
 * no invoked actors and no delays, so `xstate/graph` can walk every path.
 */
export const diagnoseMachine = setup({
  types: {
    context: {} as DiagnoseContext,
    events: {} as AnswerEvent,
  },
  actions: {
    noteCloudflare: assign({ edge: 'cloudflare' as Edge }),
    noteLoadBalancer: assign({ edge: 'load-balancer' as Edge }),
  },
}).createMachine({
  id: 'diagnose',
  initial: 'start',
  context: { edge: null },
  states: {
    ...startStates,
    ...nginxPhpStates,
    ...nginxSharedStates,
    ...appServerStates,
    ...kubernetesStates,
    ...apacheStates,
    ...cloudflareStates,
    ...loadBalancerStates,
    ...otherProxyStates,
    ...statusFamilyStates,
  },
});
