import { browser, externalHost, ingressNginx, loadBalancer, pod } from '../hops';
import { check, diagnosis } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** ingress-nginx in front of pods. */
export const kubernetesStates = {
  'ingress-log': check({
    REFUSED_DURING_DEPLOY: 'k8s-pod-terminating',
    TOO_BIG_HEADER: 'k8s-large-headers',
    EXTERNAL_NAME: 'k8s-externalname',
    OTHER_LINE: 'nginx-app-log',
  }),
  'k8s-pod-terminating': diagnosis(route(browser, loadBalancer, ingressNginx, failed(pod))),
  'k8s-large-headers': diagnosis(route(browser, loadBalancer, failed(ingressNginx), pod)),
  'k8s-externalname': diagnosis(route(browser, loadBalancer, ingressNginx, BROKEN_LINK, externalHost)),
};
