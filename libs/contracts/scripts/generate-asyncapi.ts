/* Writes docs/asyncapi.yaml from the contracts: `npm run asyncapi`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASYNCAPI_PATH, buildAsyncApi } from '../src/asyncapi';
import { catalog } from '../src/events';

const target = join(__dirname, '..', '..', '..', ASYNCAPI_PATH);
writeFileSync(target, buildAsyncApi(catalog));
console.log(`wrote ${ASYNCAPI_PATH} (${catalog.definitions.length} event types)`);
