/*
 * `npm run client:generate`: builds the services' bundles, assembles the
 * public API document from them (services/gateway/src/openapi/public-api.json,
 * what the gateway serves at /openapi.json) and generates the client's types
 * from it (libs/client/src/schema.ts). Run it after changing a public route or
 * a schema of a route the gateway forwards to; the tests say when it is due.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  assemblePublicDocument,
  CLIENT_TYPES,
  clientTypesText,
  documentText,
  PUBLIC_DOCUMENT,
  SOURCE_SERVICES,
} from './public-api';

const root = path.resolve(__dirname, '../../..');

async function main(): Promise<void> {
  const built = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', `--projects=gateway,${SOURCE_SERVICES.join(',')}`],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  if (built.status !== 0) throw new Error('building the services failed');
  const document = await assemblePublicDocument();
  writeFileSync(path.join(root, PUBLIC_DOCUMENT), documentText(document));
  const count = Object.values(document['paths'] as Record<string, object>).reduce(
    (n, item) => n + Object.keys(item).length,
    0,
  );
  console.log(`wrote ${PUBLIC_DOCUMENT} (${count} operations)`);
  writeFileSync(path.join(root, CLIENT_TYPES), clientTypesText());
  console.log(`wrote ${CLIENT_TYPES}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
