import type { Hop, HopKind } from './request-path';

/**
 * The hops the branches draw, named once so the branch files read as paths
 * and the machine's bundle repeats no label. Labels stay short enough to fit
 * a box of the drawing.
 */
const hop = (kind: HopKind, label: string): Hop => ({ kind, label });

export const browser = hop('browser', 'Browser');
export const yourProxy = hop('network', 'Proxy or VPN');

export const cloudflare = hop('cdn', 'Cloudflare');

export const loadBalancer = hop('balancer', 'Load balancer');
export const awsAlb = hop('balancer', 'AWS ALB');
export const googleLb = hop('balancer', 'Google Cloud');

export const nginx = hop('proxy', 'nginx');
export const apache = hop('proxy', 'Apache');
export const nginxOrApache = hop('proxy', 'nginx/Apache');
export const ingressNginx = hop('proxy', 'ingress-nginx');
export const haproxy = hop('proxy', 'HAProxy');
export const envoy = hop('proxy', 'Envoy');
export const traefik = hop('proxy', 'Traefik');
export const caddy = hop('proxy', 'Caddy');
export const dockerNginx = hop('proxy', 'Docker nginx');
export const anyProxy = hop('proxy', 'Web server');
export const originServer = hop('proxy', 'Origin server');
export const theirProxy = hop('proxy', 'Their proxy');
export const website = hop('proxy', 'Website');

export const phpFpm = hop('backend', 'PHP-FPM');
export const appServer = hop('backend', 'App server');
export const phpOrApp = hop('backend', 'PHP or app');
export const targets = hop('backend', 'Targets');
export const lambda = hop('backend', 'Lambda');
export const pod = hop('backend', 'Pod');
export const externalHost = hop('backend', 'External host');
export const theirBackend = hop('backend', 'Their backend');
export const appContainer = hop('backend', 'App container');
export const grpcServer = hop('backend', 'gRPC server');

// Tunnels, hosting platforms and IIS.
export const cloudflared = hop('proxy', 'cloudflared');
export const localService = hop('backend', 'Local service');
export const middleHop = hop('proxy', 'Proxy or WAF');
export const cloudfront = hop('cdn', 'CloudFront');
export const edgeFunction = hop('backend', 'Edge function');
export const vercel = hop('cdn', 'Vercel');
export const netlify = hop('cdn', 'Netlify');
export const herokuRouter = hop('proxy', 'Heroku router');
export const renderProxy = hop('proxy', 'Render');
export const flyProxy = hop('proxy', 'Fly Proxy');
export const appService = hop('proxy', 'App Service');
export const iisArr = hop('proxy', 'IIS + ARR');
export const yourCode = hop('backend', 'Your code');
export const dyno = hop('backend', 'Dyno');
export const yourService = hop('backend', 'Your service');
export const flyMachine = hop('backend', 'Machine');
export const siteContainer = hop('backend', 'Container');
export const farmServers = hop('backend', 'Farm servers');
