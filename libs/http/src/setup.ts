import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type OpenApiInfo, buildOpenApi } from './openapi';
import { ProblemError } from './problem';
import { ProblemFilter, bodyParserProblem } from './problem.filter';
import { type RouteInfo, collectRoutes } from './routes';

/** express's own default, kept as ours: a JSON request of a person is small. */
export const DEFAULT_BODY_LIMIT = 100 * 1024;

/**
 * A module may provide this (token `HTTP_DOCS`) to change what `/openapi.json`
 * and `/docs` serve: the gateway serves the public API document, assembled
 * from the services' own, and Swagger UI logs in with the identity provider.
 */
export interface HttpDocs {
  /** The document to serve, given the one generated from the app's routes. */
  document?: (generated: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Swagger UI's "Authorize": the OAuth 2 authorization code flow with PKCE
   * for this public client (the document's security scheme names the URLs).
   */
  oauth2?: { clientId: string; scopes?: string[] };
  /**
   * Middleware for /openapi.json and /docs (mounted before Nest's own, which
   * they do not pass through): the gateway's security headers.
   */
  middleware?: express.RequestHandler[];
}

export const HTTP_DOCS = 'inspectorate:http-docs';

export interface HttpOptions {
  /** Title and version of the OpenAPI document. */
  info: OpenApiInfo;
  /**
   * The JSON body limit in bytes for every route (default 100 kB); a route
   * that needs more says so itself (`@Api({ bodyLimit })` or `@BodyLimit()`).
   */
  bodyLimit?: number;
}

/**
 * The HTTP edge of a service, set on a Nest app created with
 * `bodyParser: false` before it is initialised (startService does this;
 * controller specs do it through libs/testing): body parsers with per-route
 * limits whose errors are problems, the problem+json filter with 404/405,
 * `/openapi.json` and Swagger UI at `/docs`.
 */
export function setUpHttp(app: INestApplication, options: HttpOptions): { routes: RouteInfo[] } {
  const routes = collectRoutes(app);
  const docs = httpDocsOf(app);
  const instance = app.getHttpAdapter().getInstance() as express.Express;
  instance.use(bodyParsers(routes, options.bodyLimit ?? DEFAULT_BODY_LIMIT));
  if (docs?.middleware?.length) instance.use(['/openapi.json', '/docs'], ...docs.middleware);
  let document: string | undefined;
  instance.get('/openapi.json', (_req: Request, res: Response) => {
    if (document === undefined) {
      const generated = buildOpenApi(options.info, routes);
      document = JSON.stringify(docs?.document ? docs.document(generated) : generated);
    }
    res.type('application/json').send(document);
  });
  mountSwaggerUi(instance, docs?.oauth2);
  app.useGlobalFilters(new ProblemFilter(() => routes));
  return { routes };
}

/**
 * JSON (and form) parsing with the limit of the route a request is for. A
 * parser error becomes a ProblemError here, so the answer can name the limit
 * (Nest would turn a JSON syntax error into a bare 400 first).
 */
function bodyParsers(routes: readonly RouteInfo[], defaultLimit: number) {
  const withLimit = routes.filter((r) => r.bodyLimit !== undefined);
  const parsers = new Map<number, express.RequestHandler[]>();
  const parsersFor = (limit: number) => {
    let found = parsers.get(limit);
    if (!found) {
      found = [express.json({ limit }), express.urlencoded({ limit, extended: true })];
      parsers.set(limit, found);
    }
    return found;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    const route = withLimit.find((r) => r.method === req.method && r.pattern.test(req.path));
    const [json, form] = parsersFor(route?.bodyLimit ?? defaultLimit);
    const wrap = (error: unknown) => {
      if (!error) return undefined;
      const problem = bodyParserProblem(error);
      return problem ? new ProblemError(problem) : error;
    };
    json!(req, res, (error?: unknown) => {
      if (error) return next(wrap(error));
      form!(req, res, (e?: unknown) => next(wrap(e)));
    });
  };
}

/**
 * The module's HTTP_DOCS, if one provides it. Looked up in the module
 * container: app.get() of a missing token would abort the process (Nest's
 * abortOnError), not throw.
 */
function httpDocsOf(app: INestApplication): HttpDocs | undefined {
  const modules = app.get(ModulesContainer, { strict: false });
  for (const module of modules.values()) {
    const wrapper = module.providers.get(HTTP_DOCS);
    if (wrapper?.instance) return wrapper.instance as HttpDocs;
  }
  return undefined; // the usual case: the app's own document, no login
}

const SWAGGER_FILES = [
  'swagger-ui.css',
  'swagger-ui-bundle.js',
  'swagger-ui-standalone-preset.js',
  'favicon-32x32.png',
  // Where the provider sends the browser back after the login (its own script, no inline one).
  'oauth2-redirect.html',
  'oauth2-redirect.js',
];

/** Swagger UI from the swagger-ui-dist package (no CDN: our machines have no internet). */
function mountSwaggerUi(instance: express.Express, oauth2?: HttpDocs['oauth2']): void {
  const root = dirname(require.resolve('swagger-ui-dist/package.json'));
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"><link rel="icon" href="/docs/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-ui-standalone-preset.js"></script>
<script src="/docs/init.js"></script>
</body></html>`;
  // validatorUrl null: no badge fetched from validator.swagger.io (no internet, and CSP).
  const init = [
    `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout', validatorUrl: null, oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect.html' });`,
    ...(oauth2
      ? [
          `window.ui.initOAuth(${JSON.stringify({
            clientId: oauth2.clientId,
            scopes: (oauth2.scopes ?? ['openid']).join(' '),
            usePkceWithAuthorizationCodeGrant: true,
          })});`,
        ]
      : []),
  ].join('\n');
  instance.get('/docs', (_req: Request, res: Response) => {
    res.type('text/html').send(page);
  });
  instance.get('/docs/init.js', (_req: Request, res: Response) => {
    res.type('application/javascript').send(init);
  });
  for (const file of SWAGGER_FILES) {
    let content: Buffer | undefined;
    instance.get(`/docs/${file}`, (_req: Request, res: Response) => {
      content ??= readFileSync(join(root, file));
      res
        .type(file.split('.').pop()!)
        .setHeader('cache-control', 'public, max-age=3600')
        .send(content);
    });
  }
}
