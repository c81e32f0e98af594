import {
  appService,
  browser,
  cloudfront,
  dyno,
  edgeFunction,
  flyMachine,
  flyProxy,
  herokuRouter,
  netlify,
  originServer,
  renderProxy,
  siteContainer,
  vercel,
  yourCode,
  yourService,
} from '../hops';
import { check, diagnosis, question } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Hosting platforms and CDNs that put their own error page in front of your code. */
export const platformStates = {
  'platform-kind': question({
    CLOUDFRONT: 'cloudfront-error-check',
    VERCEL: 'vercel-function-error',
    NETLIFY: 'netlify-502',
    HEROKU: 'heroku-router-error',
    RENDER: 'render-502',
    FLY: 'fly-proxy-error',
    AZURE_APP_SERVICE: 'azure-app-service-start',
  }),
  /** CloudFront made the page itself, or only passed on the origin's. */
  'cloudfront-error-check': check({
    CANNOT_CONNECT: 'cloudfront-origin-connect',
    ORIGIN_TLS: 'cloudfront-origin-tls',
    FUNCTION_ERROR: 'cloudfront-function-error',
    ORIGIN_PAGE: 'origin-server',
  }),
  'cloudfront-origin-connect': diagnosis(route(browser, cloudfront, BROKEN_LINK, originServer)),
  'cloudfront-origin-tls': diagnosis(route(browser, cloudfront, BROKEN_LINK, originServer)),
  'cloudfront-function-error': diagnosis(route(browser, cloudfront, failed(edgeFunction), originServer)),
  'vercel-function-error': diagnosis(route(browser, vercel, failed(yourCode))),
  'netlify-502': diagnosis(route(browser, netlify, failed(yourCode))),
  'heroku-router-error': diagnosis(route(browser, herokuRouter, failed(dyno))),
  'render-502': diagnosis(route(browser, renderProxy, BROKEN_LINK, yourService)),
  'fly-proxy-error': diagnosis(route(browser, flyProxy, BROKEN_LINK, flyMachine)),
  'azure-app-service-start': diagnosis(route(browser, appService, failed(siteContainer))),
};
