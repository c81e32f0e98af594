import { browser, externalHost, ingressNginx, loadBalancer, pod } from '../hops';
import { check, diagnosis } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** An nginx-based ingress (ingress-nginx, NGINX Gateway Fabric) in front of pods. */
export const kubernetesStates = {
  'ingress-log': check({
    REFUSED: 'k8s-refused-check',
    NO_ENDPOINTS: 'k8s-no-ready-endpoints',
    TOO_BIG_HEADER: 'k8s-large-headers',
    EXTERNAL_NAME: 'k8s-externalname',
    OTHER_LINE: 'nginx-app-log',
  }),
  'k8s-refused-check': check({
    DURING_ROLLOUT_OLD_PODS: 'k8s-pod-terminating',
    NEW_PODS_TOO_EARLY: 'k8s-readiness-probe',
    ALWAYS: 'k8s-service-target-port',
  }),
  'k8s-pod-terminating': diagnosis(route(browser, loadBalancer, ingressNginx, failed(pod))),
  'k8s-readiness-probe': diagnosis(route(browser, loadBalancer, ingressNginx, failed(pod))),
  'k8s-service-target-port': diagnosis(route(browser, loadBalancer, ingressNginx, BROKEN_LINK, pod)),
  'k8s-no-ready-endpoints': diagnosis(route(browser, loadBalancer, ingressNginx, failed(pod))),
  'k8s-large-headers': diagnosis(route(browser, loadBalancer, failed(ingressNginx), pod)),
  'k8s-externalname': diagnosis(route(browser, loadBalancer, ingressNginx, BROKEN_LINK, externalHost)),
};
