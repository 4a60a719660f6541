import { openApiPath } from '@inspectorate/http';
import type { Config, UpstreamService } from '../config';
import { API_PREFIX, handlerName, needs } from '../proxy/forward.controller';
import { type PublicRoute, PUBLIC_ROUTES } from '../proxy/routes';

type Json = Record<string, unknown>;
type Paths = Record<string, Record<string, Json>>;

/** An OpenAPI document (the services' own, the gateway's, the public one). */
export interface OpenApiDocument extends Json {
  openapi: string;
  paths: Paths;
  components?: { schemas?: Record<string, Json>; securitySchemes?: Record<string, Json> };
}

export interface ProviderUrls {
  authorizationUrl: string;
  tokenUrl: string;
}

/** Keycloak's endpoints under an issuer, the defaults of OIDC_AUTHORIZATION_URL / OIDC_TOKEN_URL. */
export function providerUrls(config: Config): ProviderUrls {
  const base = `${config.OIDC_ISSUER.replace(/\/+$/, '')}/protocol/openid-connect`;
  return {
    authorizationUrl: config.OIDC_AUTHORIZATION_URL ?? `${base}/auth`,
    tokenUrl: config.OIDC_TOKEN_URL ?? `${base}/token`,
  };
}

/** What every public operation can also answer, besides what its service documents. */
const GATEWAY_ERRORS: Record<string, string> = {
  401: 'No token, or one that is expired, from another issuer, tampered with or unsigned',
  403: "The token's roles do not have the route's permission",
  429: 'Over the rate limit of this client; see Retry-After',
  502: 'The service could not be reached',
  503: 'The identity provider (its keys) could not be reached',
  504: 'The service did not answer in time',
};

const problem = (description: string): Json => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function securitySchemes(urls: ProviderUrls): Record<string, Json> {
  return {
    oidc: {
      type: 'oauth2',
      description:
        'People: the authorization code flow with PKCE (Swagger UI\'s "Authorize", the front end). Partner systems and survey providers: client credentials.',
      flows: {
        authorizationCode: {
          authorizationUrl: urls.authorizationUrl,
          tokenUrl: urls.tokenUrl,
          scopes: { openid: 'OpenID Connect' },
        },
        clientCredentials: { tokenUrl: urls.tokenUrl, scopes: {} },
      },
    },
    bearer: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'An access token of the identity provider, however it was obtained',
    },
  };
}

const SECURITY = [{ oidc: [] }, { bearer: [] }];

/** The gateway's errors that concern tokens: a public route (no token) answers none of them. */
const TOKEN_ERRORS = new Set(['401', '403', '503']);
const PUBLIC_429 = 'Over the rate limit of this address; see Retry-After';

function upstreamOperation(
  route: PublicRoute,
  documents: Partial<Record<UpstreamService, OpenApiDocument>>,
): Json {
  const document = documents[route.service];
  if (!document) throw new Error(`no OpenAPI document of ${route.service} was given`);
  const path = openApiPath(route.upstream ?? route.path);
  const operation = document.paths[path]?.[route.method.toLowerCase()];
  if (!operation)
    throw new Error(
      `${route.service}'s document has no ${route.method} ${path}, which the public route ${route.method} ${route.path} forwards to`,
    );
  return operation;
}

/** The same Problem schema from every document, or a clear error saying whose differs. */
function problemSchema(documents: Record<string, OpenApiDocument>): Json {
  let found: { from: string; schema: Json } | undefined;
  for (const [name, document] of Object.entries(documents)) {
    const schema = document.components?.schemas?.['Problem'];
    if (!schema) continue;
    if (found && JSON.stringify(found.schema) !== JSON.stringify(schema))
      throw new Error(`the Problem schema of ${name} differs from that of ${found.from}`);
    found ??= { from: name, schema };
  }
  if (!found) throw new Error('no document has a Problem schema');
  return found.schema;
}

/**
 * The public API's OpenAPI 3.1 document: every route of the gateway's table
 * with the request and response schemas of the service operation it forwards
 * to (the services' TypeBox schemas, through their own documents), the
 * gateway's own operations (the dossier) from its document, the security
 * schemes, and the errors the gateway itself answers.
 */
export function composePublicDocument(
  gateway: OpenApiDocument,
  services: Partial<Record<UpstreamService, OpenApiDocument>>,
  urls: ProviderUrls,
  routes: readonly PublicRoute[] = PUBLIC_ROUTES,
): OpenApiDocument {
  const paths: Paths = {};
  const add = (path: string, method: string, operation: Json, open = false) => {
    const responses = { ...(operation['responses'] as Json) };
    for (const [status, description] of Object.entries(GATEWAY_ERRORS)) {
      if (open && TOKEN_ERRORS.has(status)) continue;
      responses[status] ??= problem(open && status === '429' ? PUBLIC_429 : description);
    }
    // `security: []`: no token, as OpenAPI says an operation without one is called.
    const security = open ? [] : SECURITY;
    paths[path] = { ...paths[path], [method]: { ...operation, responses, security } };
  };
  for (const route of routes) {
    const upstream = upstreamOperation(route, services);
    const { operationId: _internal, tags: _tags, summary: _summary, ...schemas } = upstream;
    const described = upstream['description'] ? `${String(upstream['description'])}\n\n` : '';
    const open = route.permission === 'public';
    add(
      openApiPath(`${API_PREFIX}${route.path}`),
      route.method.toLowerCase(),
      {
        operationId: handlerName(route),
        summary: route.summary,
        ...schemas,
        description: `${described}${needs(route)} Forwarded to ${route.service}.`,
        tags: [route.service],
        'x-permission': route.permission,
      },
      open,
    );
  }
  // The gateway's own public operations (not forwarded): the dossier.
  const forwarded = new Set(routes.map((r) => `${r.method.toLowerCase()} ${API_PREFIX}${r.path}`));
  for (const [path, item] of Object.entries(gateway.paths)) {
    if (!path.startsWith(`${API_PREFIX}/`)) continue;
    for (const [method, operation] of Object.entries(item)) {
      const nest = path.replace(/\{([^}]+)\}/g, ':$1');
      if (forwarded.has(`${method} ${nest}`)) continue;
      add(path, method, operation);
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'inspectorate gateway',
      version: '1',
      description:
        'The public API of the Inspectorate of Education: the one HTTP API for people and partner systems. Every route needs an access token of the identity provider, and its roles decide what is allowed, except the public read API under /api/v1/public (no login, rate-limited per address). Errors are RFC 9457 problem+json.',
    },
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: { Problem: problemSchema({ gateway, ...services }) },
      securitySchemes: securitySchemes(urls),
    },
  };
}

/**
 * The committed public document as the gateway serves it: with this
 * deployment's identity provider in its security scheme, and the gateway's
 * own operations outside the API (health, metrics, dead letters) from the
 * document generated from its routes. The client is made from the API alone.
 */
export function servedDocument(
  document: OpenApiDocument,
  urls: ProviderUrls,
  generated?: OpenApiDocument,
): OpenApiDocument {
  const own = Object.entries(generated?.paths ?? {}).filter(
    ([path]) => !path.startsWith(`${API_PREFIX}/`),
  );
  return {
    ...document,
    paths: { ...document.paths, ...Object.fromEntries(own) },
    components: { ...document.components, securitySchemes: securitySchemes(urls) },
  };
}
