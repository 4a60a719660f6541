/*
 * Demo data for `npm start`, loaded through the services' own HTTP APIs as an
 * operator would: a generated DUO list (8 boards, 40 vestigingen) into the
 * registry, whose events then fill the read models of monitoring-intake,
 * casework and notifications. Idempotent: a second start changes nothing.
 * Run by scripts/dev.mjs once every service is ready.
 */
import { loadDemoData as loadRegistry } from '../services/registry/src/demo';

async function main(): Promise<void> {
  const registry = process.env['REGISTRY_URL'] ?? 'http://127.0.0.1:3001';
  await loadRegistry(registry, (message) => console.error(`[demo] ${message}`));
}

main().then(
  () => process.stdout.write('', () => process.exit(0)),
  (error: unknown) => {
    console.error(
      `[demo] loading demo data failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
