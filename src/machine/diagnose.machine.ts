import { setup } from 'xstate';
import { appServerStates } from './branches/app-server';
import { apacheStates } from './branches/apache';
import { cloudflareStates } from './branches/cloudflare';
import { iisStates } from './branches/iis';
import { kubernetesStates } from './branches/kubernetes';
import { loadBalancerStates } from './branches/load-balancer';
import { nginxPhpStates } from './branches/nginx-php';
import { nginxSharedStates } from './branches/nginx-shared';
import { otherProxyStates } from './branches/other-proxies';
import { platformStates } from './branches/platforms';
import { startStates } from './branches/start';
import { statusFamilyStates } from './branches/status-family';
import { tunnelStates } from './branches/tunnel';
import { contextActions, initialContext, type AnswerEvent, type DiagnoseContext } from './context';
import { startId } from './start';

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
  actions: contextActions,
}).createMachine({
  id: 'diagnose',
  initial: startId,
  context: initialContext,
  states: {
    ...startStates,
    ...nginxPhpStates,
    ...nginxSharedStates,
    ...appServerStates,
    ...kubernetesStates,
    ...apacheStates,
    ...cloudflareStates,
    ...tunnelStates,
    ...loadBalancerStates,
    ...otherProxyStates,
    ...iisStates,
    ...platformStates,
    ...statusFamilyStates,
  },
});
