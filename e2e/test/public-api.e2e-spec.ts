// The committed public API document (what the gateway serves, what
// libs/client's types are made from) is what the services' built bundles
// give today: a changed schema or route of a service fails here until
// `npm run client:generate` is run. And every route a service offers is
// public through the gateway, but the platform's own.
import {
  assemblePublicDocument,
  committedDocument,
  serviceDocuments,
} from '../../libs/client/scripts/public-api';
import { PUBLIC_ROUTES } from '../../services/gateway/src/proxy/routes';

type Json = Record<string, unknown>;

describe('the public API document', () => {
  let services: Record<string, Json>;

  beforeAll(async () => {
    services = await serviceDocuments();
  });

  it("is the one the services' bundles assemble (else: npm run client:generate)", async () => {
    const fresh = await assemblePublicDocument(services);
    const committed = committedDocument();
    // The operations that differ, rather than a diff of the whole document;
    // anything in this list means: run `npm run client:generate`.
    const paths = (d: Record<string, unknown>) => d['paths'] as Record<string, unknown>;
    const changed = [
      ...new Set([...Object.keys(paths(fresh)), ...Object.keys(paths(committed))]),
    ].filter((p) => JSON.stringify(paths(fresh)[p]) !== JSON.stringify(paths(committed)[p]));
    const outOfDate =
      JSON.stringify(fresh) === JSON.stringify(committed)
        ? []
        : changed.length > 0
          ? changed
          : ['components'];
    expect({ 'services/gateway/src/openapi/public-api.json out of date': outOfDate }).toEqual({
      'services/gateway/src/openapi/public-api.json out of date': [],
    });
  });

  // A route a service offers for people or partner systems that the gateway's table lacks
  // cannot be reached at all (the handmatige analyse's decision once answered 404).
  it("offers every route of the services' own documents, but the platform's (health, metrics, ops)", () => {
    const PLATFORM = /^(GET \/health\/(live|ready)|GET \/metrics|(GET|POST) \/ops\/dead-letters)/;
    const openApi = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const unreachable: string[] = [];
    for (const [service, document] of Object.entries(services)) {
      const routed = new Set(
        PUBLIC_ROUTES.filter((r) => r.service === service).map(
          (r) => `${r.method} ${openApi(r.upstream ?? r.path)}`,
        ),
      );
      for (const [path, item] of Object.entries(document['paths'] as Record<string, Json>))
        for (const method of Object.keys(item)) {
          const operation = `${method.toUpperCase()} ${path}`;
          if (!routed.has(operation) && !PLATFORM.test(operation))
            unreachable.push(`${service}: ${operation}`);
        }
    }
    expect({ 'not in the gateway route table': unreachable }).toEqual({
      'not in the gateway route table': [],
    });
  });
});
