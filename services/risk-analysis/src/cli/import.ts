import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@inspectorate/config';
import { DomainError } from '@inspectorate/http';
import { AppModule } from '../app.module';
import { loadConfig } from '../config';
import { DuoFileRejected } from '../duo/table';
import { ImportDuoUseCase } from '../imports/import-duo.usecase';
import { LIST_NAMES, type ListName } from '../imports/lists';
import { manifest } from '../manifest';

const USAGE = `Imports a DUO statistics file into risk-analysis.

  npx nx run risk-analysis:import -- <file> [--list ${LIST_NAMES.join('|')}] [--year yyyy]

  --list   the list the file must be (without it, the header decides)
  --year   the year of a vo pupils file (it has no year column; else from the file name)

Reads MONGODB_URI, KAFKA_BROKERS (and the other risk-analysis variables) like
the service. Progress goes to stderr, the import report (JSON) to stdout.
Exit code: 0 imported, 2 imported but some rows were bad (see the report),
1 the file was refused or the import failed.`;

function fail(message: string): never {
  process.stderr.write(`risk-analysis import: ${message}\n\n${USAGE}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; list?: ListName; year?: number } {
  let file: string | undefined;
  let list: ListName | undefined;
  let year: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--list') {
      const value = argv[++i] ?? '';
      if (!(LIST_NAMES as readonly string[]).includes(value))
        fail(`--list '${value}' is not one of ${LIST_NAMES.join(', ')}`);
      list = value as ListName;
    } else if (arg === '--year') {
      const value = argv[++i] ?? '';
      if (!/^(19|20)[0-9]{2}$/.test(value)) fail(`--year '${value}' is not a year`);
      year = Number(value);
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file) fail(`one file at a time (got ${file} and ${arg})`);
    else file = arg;
  }
  if (!file) fail('which file? (see --help)');
  return { file, ...(list ? { list } : {}), ...(year ? { year } : {}) };
}

const tty = process.stderr.isTTY;
function progress(line: string, done = false): void {
  if (tty) process.stderr.write(`\r\x1b[K${line}${done ? '\n' : ''}`);
  else process.stderr.write(`${line}\n`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    fail(`cannot read ${args.file}: ${(error as Error).message}`);
  }
  const config = loadConfigOrExit(loadConfig);
  progress(`${manifest.service}: connecting to MongoDB and Kafka...`, true);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { cron: false }),
    { logger: ['error', 'warn'] },
  );
  try {
    const started = Date.now();
    let lastPhase = '';
    const report = await app.get(ImportDuoUseCase).execute(bytes, {
      fileName: basename(args.file),
      ...(args.list ? { list: args.list } : {}),
      ...(args.year ? { year: args.year } : {}),
      onProgress: ({ phase, done, total }) => {
        if (lastPhase && phase !== lastPhase) progress(lastPhase, true);
        lastPhase = phase;
        const pct = total === 0 ? 100 : Math.round((done / total) * 100);
        progress(`${phase} ${done}/${total} (${pct}%)`);
      },
    });
    if (lastPhase) progress(lastPhase, true);
    progress(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.list} ${report.period}, ${report.importedRows} rows stored, ${report.errorCount} bad`,
      true,
    );
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report.errorCount > 0 ? 2 : 0;
  } catch (error) {
    progress(
      error instanceof DuoFileRejected
        ? `file refused: ${error.message}`
        : error instanceof DomainError
          ? `import refused: ${error.message}`
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
      `risk-analysis import failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
