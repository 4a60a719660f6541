/*
 * Demo data for `npm start`, loaded through the services' own HTTP APIs as an
 * operator would: a generated DUO list (8 boards, 40 vestigingen) into the
 * registry, whose events then fill the read models of monitoring-intake,
 * casework and notifications; then the monitoring herstelopdracht flow
 * (scripts/demo-monitoring.ts). Idempotent: a second start changes nothing.
 * Run by scripts/dev.mjs once every service is ready.
 */
import { bearer } from '@inspectorate/test-stack';
import { loadDemoData as loadRegistry } from '../services/registry/src/demo';
import { runMonitoringDemo } from './demo-monitoring';

/** `npm start` passes each service's address as `<NAME>_URL` (scripts/services.mjs has the ports). */
const url = (name: string) => {
  const value = process.env[`${name.toUpperCase().replace(/-/g, '_')}_URL`];
  if (!value) throw new Error(`${name.toUpperCase().replace(/-/g, '_')}_URL is not set`);
  return value;
};

async function main(): Promise<void> {
  const log = (message: string) => console.error(`[demo] ${message}`);
  const { lists } = await loadRegistry(url('registry'), log, await bearer('beheerder'));
  await runMonitoringDemo(
    {
      registry: url('registry'),
      intake: url('monitoring-intake'),
      casework: url('casework'),
      notifications: url('notifications'),
    },
    lists,
    log,
  );
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
