import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DomainError } from '@inspectorate/http';
import { DuoFileRejected } from './rejected';

/**
 * The import of a DUO list from a shell, the same for every service that
 * imports them (registry, risk-analysis): one file, the service's own options,
 * the file streamed from disk into the service's import use case inside its
 * application context (no HTTP), progress on stderr and the report as JSON
 * on stdout. Exit code 0 imported, 2 imported with bad rows, 1 the file was
 * refused or the import failed.
 */

/** Progress of an import, per phase ("reading", "storing", ...). */
export type ImportProgress = (progress: { phase: string; done: number; total: number }) => void;

export interface ImportCliSpec<Args, Report extends { errorCount: number }> {
  /** How messages begin: "registry import". */
  command: string;
  /** The help text, options and exit codes included. */
  usage: string;
  /** The options before any are given. */
  defaults: Args;
  /**
   * One of this command's options at argv[i] (its value at argv[i + 1]):
   * how many arguments it took, or 0 when it is not one of this command's.
   * Calls `fail` on a bad value.
   */
  option(argv: readonly string[], i: number, args: Args, fail: (message: string) => never): number;
  /** The service's application context, without its scheduled jobs. */
  app(): Promise<INestApplicationContext>;
  /** Runs the import of the file's bytes as they are read from disk. */
  import(
    app: INestApplicationContext,
    file: { source: AsyncIterable<Uint8Array>; name: string; bytes: number },
    args: Args,
    onProgress: ImportProgress,
  ): Promise<Report>;
  /** After the import, before the report: e.g. until its events are on Kafka. */
  after?(app: INestApplicationContext, progress: (line: string) => void): Promise<void>;
  /** The last progress line: what was imported. */
  summary(report: Report): string;
}

export interface ParsedImportArgs<Args> {
  file: string;
  args: Args;
}

/** The command line: one file and the command's options (exits on --help or a mistake). */
export function parseImportArgs<Args>(
  spec: Pick<ImportCliSpec<Args, never>, 'command' | 'usage' | 'defaults' | 'option'>,
  argv: readonly string[],
): ParsedImportArgs<Args> {
  const fail = (message: string): never => {
    process.stderr.write(`${spec.command}: ${message}\n\n${spec.usage}\n`);
    process.exit(1);
  };
  const args = { ...spec.defaults };
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${spec.usage}\n`);
      process.exit(0);
    }
    const took = spec.option(argv, i, args, fail);
    if (took > 0) i += took - 1;
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file) fail(`one file at a time (got ${file} and ${arg})`);
    else file = arg;
  }
  if (!file) return fail('which file? (see --help)');
  try {
    accessSync(file, constants.R_OK);
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  return { file, args };
}

/** Why an import did not happen, in one line. */
export function importFailure(error: unknown): string {
  if (error instanceof DuoFileRejected) return `file refused: ${error.message}`;
  if (error instanceof DomainError)
    return error.message.startsWith('import refused')
      ? error.message
      : `import refused: ${error.message}`;
  return `import failed: ${String(error)}`;
}

/** Runs the command with the process's arguments and exits with its code. */
export function runImportCli<Args, Report extends { errorCount: number }>(
  spec: ImportCliSpec<Args, Report>,
  argv: readonly string[] = process.argv.slice(2),
): void {
  main(spec, argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `${spec.command} failed: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

async function main<Args, Report extends { errorCount: number }>(
  spec: ImportCliSpec<Args, Report>,
  argv: readonly string[],
): Promise<number> {
  const { file, args } = parseImportArgs(spec, argv);
  // stdout carries the report and nothing else, so `... | jq` works: whatever
  // else writes there while the app lives (Nest's console logger puts its
  // warnings on stdout, kafkajs's go through it, a stray console.log) goes to
  // stderr, beside the progress.
  const output = logsToStderr();
  const tty = process.stderr.isTTY;
  const progress = (line: string, done = false): void => {
    if (tty) process.stderr.write(`\r\x1b[K${line}${done ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
  progress(`${spec.command}: connecting to MongoDB and Kafka...`, true);
  const app = await spec.app();
  try {
    const started = Date.now();
    let lastPhase = '';
    const result = await spec.import(
      app,
      // Streamed from disk: the service reads and checks it whole before it stores anything.
      { source: createReadStream(file), name: basename(file), bytes: statSync(file).size },
      args,
      ({ phase, done, total }) => {
        if (lastPhase && phase !== lastPhase) progress(lastPhase, true);
        lastPhase = phase;
        const pct = total === 0 ? 100 : Math.round((done / total) * 100);
        progress(`${phase} ${done}/${total} (${pct}%)`);
      },
    );
    if (lastPhase) progress(lastPhase, true);
    await spec.after?.(app, (line) => progress(line));
    progress(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${spec.summary(result)}`,
      true,
    );
    output.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.errorCount > 0 ? 2 : 0;
  } catch (error) {
    progress(importFailure(error), true);
    return 1;
  } finally {
    await app.close();
  }
}

/**
 * Sends everything written to process.stdout to stderr from now on, and
 * returns a writer to the real stdout (for the report).
 */
function logsToStderr(): { write(text: string): void } {
  const stdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  return { write: (text) => void stdout(text) };
}
