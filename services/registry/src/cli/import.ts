import 'reflect-metadata';
import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { SECTORS, type Sector } from '@inspectorate/contracts';
import { loadConfigOrExit } from '@inspectorate/config';
import { OutboxRelay } from '@inspectorate/messaging';
import { AppModule } from '../app.module';
import { loadConfig } from '../config';
import { DuoFileRejected } from '../duo/parse';
import { manifest } from '../manifest';
import { ImportDuoListUseCase } from '../registry/usecases/import-duo-list.usecase';

const USAGE = `Imports a DUO list (boards or vestigingen) into the registry.

  npx nx run registry:import -- <file> [--sector po|so|vso|vo|mbo|ho] [--partial]

  --sector   the sector of every row, for lists without a sector column
  --partial  the file is not DUO's complete list: close nothing that is missing

Reads KAFKA_BROKERS, MONGODB_URI (and the other registry variables) like the
service. Progress goes to stderr, the import report (JSON) to stdout.
Exit code: 0 imported, 2 imported but some rows were refused (see the report),
1 the file was refused or the import failed.`;

function parseArgs(argv: string[]): { file: string; sector?: Sector; complete: boolean } {
  let file: string | undefined;
  let sector: Sector | undefined;
  let complete = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--partial') complete = false;
    else if (arg === '--sector') {
      const value = argv[++i] ?? '';
      if (!(SECTORS as readonly string[]).includes(value))
        fail(`--sector '${value}' is not one of ${SECTORS.join(', ')}`);
      sector = value as Sector;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file) fail(`one file at a time (got ${file} and ${arg})`);
    else file = arg;
  }
  if (!file) fail('which file? (see --help)');
  return { file: file!, ...(sector ? { sector } : {}), complete };
}

function fail(message: string): never {
  process.stderr.write(`registry import: ${message}\n\n${USAGE}\n`);
  process.exit(1);
}

const tty = process.stderr.isTTY;
function progress(line: string, done = false): void {
  if (tty) process.stderr.write(`\r\x1b[K${line}${done ? '\n' : ''}`);
  else process.stderr.write(`${line}\n`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  try {
    accessSync(args.file, constants.R_OK);
    if (!statSync(args.file).isFile()) throw new Error('not a file');
  } catch (error) {
    fail(`cannot read ${args.file}: ${(error as Error).message}`);
  }
  const config = loadConfigOrExit(loadConfig);
  progress(`${manifest.service}: connecting to MongoDB and Kafka...`, true);
  const app = await NestFactory.createApplicationContext(
    // The CLI applies its own file in the foreground; uploads to the service
    // are the service's to apply.
    AppModule.forRoot(config, { cron: false }, { importWorker: false }),
    {
      logger: ['error', 'warn'],
    },
  );
  try {
    const started = Date.now();
    let lastPhase = '';
    // Streamed from the file: read and checked whole before anything is applied.
    const report = await app.get(ImportDuoListUseCase).execute(createReadStream(args.file), {
      fileName: basename(args.file),
      complete: args.complete,
      ...(args.sector ? { sector: args.sector } : {}),
      onProgress: ({ phase, done, total }) => {
        if (lastPhase && phase !== lastPhase) progress(lastPhase, true);
        lastPhase = phase;
        const pct = total === 0 ? 100 : Math.round((done / total) * 100);
        progress(`${phase} ${done}/${total} (${pct}%)`);
      },
    });
    if (lastPhase) progress(`${lastPhase}`, true);
    // The events leave through the outbox; wait until they are on Kafka (here
    // or by a running registry replica that holds the relay lease).
    const relay = app.get(OutboxRelay);
    for (;;) {
      const backlog =
        (await relay.backlog('boards')) +
        (await relay.backlog('schools')) +
        (await relay.backlog('vestigingen'));
      if (backlog === 0) break;
      progress(`publishing events: ${backlog} entities still have events in their outbox`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    progress(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.appliedRows} rows applied, ${report.errorCount} refused`,
      true,
    );
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report.errorCount > 0 ? 2 : 0;
  } catch (error) {
    progress(
      error instanceof DuoFileRejected
        ? `file refused: ${error.message}`
        : `import failed: ${String(error)}`,
      true,
    );
    return 1;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `registry import failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
