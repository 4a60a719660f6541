import type { Provider } from '@nestjs/common';
import { HTTP_DOCS, type HttpDocs } from '@inspectorate/http';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config';
import publicApi from './public-api.json';
import { type OpenApiDocument, providerUrls, servedDocument } from './public-document';

/**
 * /openapi.json serves the public API document (assembled from the services'
 * documents by `npm run client:generate`, committed beside this file) with
 * this deployment's identity provider; Swagger UI at /docs logs in with the
 * front end's public client (authorization code + PKCE).
 */
export function publicDocs(config: Config): Provider {
  const docs: HttpDocs = {
    document: (generated) =>
      servedDocument(
        publicApi as OpenApiDocument,
        providerUrls(config),
        generated as OpenApiDocument,
      ),
    oauth2: { clientId: config.OIDC_FRONTEND_CLIENT_ID },
    // Express routes of libs/http, outside Nest's middleware: the same headers here.
    middleware: [helmet(helmetOptions(config))],
  };
  return { provide: HTTP_DOCS, useValue: docs };
}

/**
 * helmet's defaults, with what Swagger UI's login needs: the token request
 * goes from /docs to the provider (connect-src), and the login window, once
 * back on /docs/oauth2-redirect.html, hands the code to the page that opened
 * it (window.opener, which `same-origin` would cut).
 */
export function helmetOptions(config: Config): HelmetOptions {
  const provider = new URL(providerUrls(config).tokenUrl).origin;
  return {
    contentSecurityPolicy: {
      directives: {
        connectSrc: ["'self'", provider],
        // TLS ends before the gateway in a cluster; locally (http://localhost:3000)
        // an upgrade to https would break /docs' own scripts.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
  };
}
