import { awsAlb, browser, googleLb, lambda, loadBalancer, targets } from '../hops';
import { check, diagnosis, question } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Cloud load balancers: AWS ALB, Google Cloud, and the rest. */
export const loadBalancerStates = {
  'load-balancer-kind': question({
    AWS_ALB: 'alb-log-check',
    GOOGLE_CLOUD: 'gclb-log-check',
    OTHER_BALANCER: 'balancer-symptom',
  }),
  'alb-log-check': check({
    TARGET_CLOSED: 'balancer-symptom',
    LAMBDA_ERROR: 'lb-lambda-error',
    TARGET_SENT_502: { target: 'origin-server', actions: 'noteLoadBalancer' },
    NO_TARGET: 'lb-targets-unhealthy',
  }),
  'gclb-log-check': check({
    FAILED_TO_PICK_BACKEND: 'gclb-config-propagation',
    FAILED_TO_CONNECT: 'lb-targets-unhealthy',
    CLOSED_BEFORE_DATA: 'lb-keepalive-shorter',
    BACKEND_TIMEOUT: 'gclb-backend-timeout',
    SENT_BY_BACKEND: { target: 'origin-server', actions: 'noteLoadBalancer' },
  }),
  'balancer-symptom': question({
    ALL_UNHEALTHY: 'lb-targets-unhealthy',
    RANDOM_UNDER_LOAD: 'lb-keepalive-shorter',
    DURING_DEPLOYS: 'lb-deregistration-delay',
    HTTPS_TARGETS: 'lb-target-tls',
    MALFORMED_REPLY: 'lb-target-reset',
    GRPC: 'alb-grpc-target-group',
  }),
  'lb-targets-unhealthy': diagnosis(route(browser, loadBalancer, failed(targets))),
  'lb-target-reset': diagnosis(route(browser, loadBalancer, failed(targets))),
  'lb-keepalive-shorter': diagnosis(route(browser, loadBalancer, BROKEN_LINK, targets)),
  'lb-deregistration-delay': diagnosis(route(browser, loadBalancer, failed(targets))),
  'lb-target-tls': diagnosis(route(browser, loadBalancer, BROKEN_LINK, targets)),
  'lb-lambda-error': diagnosis(route(browser, awsAlb, failed(lambda))),
  'gclb-config-propagation': diagnosis(route(browser, failed(googleLb), targets)),
  'gclb-backend-timeout': diagnosis(route(browser, googleLb, failed(targets))),
  'alb-grpc-target-group': diagnosis(route(browser, awsAlb, BROKEN_LINK, targets)),
};
