// How the public API's document and the client's types are made; used by
// `npm run client:generate` (generate.ts) and by the checks that they are
// up to date (libs/client's unit test for the types, the e2e for the document).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleDocument, loadBundle } from '@inspectorate/testing';

const root = path.resolve(__dirname, '../../..');

/** The committed public document (the gateway serves it) and the types generated from it. */
export const PUBLIC_DOCUMENT = 'services/gateway/src/openapi/public-api.json';
export const CLIENT_TYPES = 'libs/client/src/schema.ts';

/** The services the gateway forwards to, and the gateway: the bundles the document is made from. */
export const SOURCE_SERVICES = [
  'registry',
  'monitoring-intake',
  'risk-analysis',
  'casework',
  'notifications',
  'publication',
] as const;

type Json = Record<string, unknown>;
interface GatewayBundle {
  composePublicDocument(
    gateway: Json,
    services: Record<string, Json>,
    urls: { authorizationUrl: string; tokenUrl: string },
  ): Json;
}

/** The local Keycloak's endpoints; the gateway serves its configured provider's instead. */
const LOCAL_PROVIDER = 'http://127.0.0.1:18080/realms/inspectorate/protocol/openid-connect';

/** Each source service's own document (its routes and schemas), from its built bundle. */
export async function serviceDocuments(): Promise<Record<string, Json>> {
  const services: Record<string, Json> = {};
  for (const service of SOURCE_SERVICES) services[service] = await bundleDocument(service);
  return services;
}

/**
 * The public document from the built bundles (dist/services/): each service's
 * own document, composed by the gateway's route table. Needs the bundles
 * built (`npx nx run-many -t build --projects=tag:type:service`).
 */
export async function assemblePublicDocument(services?: Record<string, Json>): Promise<Json> {
  services ??= await serviceDocuments();
  const gateway = loadBundle('gateway') as unknown as GatewayBundle;
  return gateway.composePublicDocument(await bundleDocument('gateway'), services, {
    authorizationUrl: `${LOCAL_PROVIDER}/auth`,
    tokenUrl: `${LOCAL_PROVIDER}/token`,
  });
}

/** openapi-typescript and prettier, in a node of their own (render.mjs says why). */
function render(document: Json, args: string[]): string {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'render.mjs'), ...args], {
    cwd: root,
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`rendering ${args[1]} failed:\n${run.stderr}`);
  return run.stdout;
}

/** The public document as committed (formatted). */
export const documentText = (document: Json) => render(document, ['json', PUBLIC_DOCUMENT]);

export const committedDocument = (): Json =>
  JSON.parse(readFileSync(path.join(root, PUBLIC_DOCUMENT), 'utf8')) as Json;

/** The client's types for a document, by default the committed one (openapi-typescript). */
export function clientTypesText(document: Json = committedDocument()): string {
  const header = `// Generated from ${PUBLIC_DOCUMENT} by \`npm run client:generate\`: do not edit.\n`;
  return render(document, ['types', CLIENT_TYPES, header]);
}
