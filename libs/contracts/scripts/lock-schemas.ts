/*
 * Updates libs/contracts/schemas.lock.json after a compatible contract change:
 * `npm run contracts:lock`. Refuses (exit 1, listing them) when a change is
 * breaking: make a new version of the event instead (see docs/events/README.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../src/events';
import { type SchemaLock, buildLock, compareWithLock, describeChange } from '../src/lock';

const lockPath = join(__dirname, '..', 'schemas.lock.json');
const current = buildLock(catalog);
if (existsSync(lockPath)) {
  const locked = JSON.parse(readFileSync(lockPath, 'utf8')) as SchemaLock;
  const changes = compareWithLock(locked, current);
  for (const change of changes) console.log(describeChange(change));
  const breaking = changes.filter((c) => c.severity === 'breaking');
  if (breaking.length > 0) {
    console.error(
      `\n${breaking.length} breaking change(s): add a new version of the event instead of changing it.`,
    );
    process.exit(1);
  }
}
writeFileSync(lockPath, `${JSON.stringify(current, null, 2)}\n`);
console.log(
  `wrote libs/contracts/schemas.lock.json (${Object.keys(current.events).length} event types)`,
);
