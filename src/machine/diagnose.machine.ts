import { setup } from 'xstate';
import { appServerStates } from './branches/app-server';
import { apacheStates } from './branches/apache';
import { cloudflareStates } from './branches/cloudflare';
import { containerStates } from './branches/containers';
import { iisStates } from './branches/iis';
import { kubernetesStates } from './branches/kubernetes';
import { loadBalancerStates } from './branches/load-balancer';
import { nginxPhpStates } from './branches/nginx-php';
import { nginxSharedStates } from './branches/nginx-shared';
import { otherProxyStates } from './branches/other-proxies';
import { platformStates } from './branches/platforms';
import { protocolStates } from './branches/protocols';
import { startStates } from './branches/start';
import { statusFamilyStates } from './branches/status-family';
import { tunnelStates } from './branches/tunnel';
import { contextActions } from './actions';
import { initialContext, type AnswerEvent, type DiagnoseContext } from './context';
import { startId } from './start';

/**
 * The tree's branches, one row per file in `branches/`, in the order the map
 * draws them. The machine's states are exactly the states of these rows, so
 * each state belongs to one branch; the map clusters and charts them by it.
 */
export const branches = [
  { id: 'start', title: 'Where the 502 shows', states: startStates },
  { id: 'nginx-php', title: 'Nginx + PHP-FPM', states: nginxPhpStates },
  { id: 'nginx-shared', title: 'Nginx log lines for any backend', states: nginxSharedStates },
  { id: 'app-server', title: 'Nginx + an app server', states: appServerStates },
  { id: 'containers', title: 'Nginx and the app in containers', states: containerStates },
  { id: 'protocols', title: 'WebSocket and gRPC through nginx', states: protocolStates },
  { id: 'kubernetes', title: 'Kubernetes ingress', states: kubernetesStates },
  { id: 'apache', title: 'Apache', states: apacheStates },
  { id: 'cloudflare', title: 'Cloudflare', states: cloudflareStates },
  { id: 'tunnel', title: 'Cloudflare Tunnel', states: tunnelStates },
  { id: 'load-balancer', title: 'Cloud load balancers', states: loadBalancerStates },
  { id: 'platforms', title: 'CDNs and hosting platforms', states: platformStates },
  { id: 'other-proxies', title: 'HAProxy, Envoy, Traefik, Caddy', states: otherProxyStates },
  { id: 'iis', title: 'IIS with ARR', states: iisStates },
  { id: 'status-family', title: 'Not a 502 after all', states: statusFamilyStates },
];

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
  states: Object.fromEntries(branches.flatMap((branch) => Object.entries(branch.states))),
});
