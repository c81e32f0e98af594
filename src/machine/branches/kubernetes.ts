import { check, diagnosis } from '../nodes';

/** ingress-nginx in front of pods. */
export const kubernetesStates = {
  'ingress-log': check({
    REFUSED_DURING_DEPLOY: 'k8s-pod-terminating',
    TOO_BIG_HEADER: 'k8s-large-headers',
    EXTERNAL_NAME: 'k8s-externalname',
    OTHER_LINE: 'nginx-app-log',
  }),
  'k8s-pod-terminating': diagnosis(),
  'k8s-large-headers': diagnosis(),
  'k8s-externalname': diagnosis(),
};
