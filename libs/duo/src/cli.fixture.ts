import { Logger, type INestApplicationContext } from '@nestjs/common';
import { runImportCli } from './cli';

/**
 * A command on runImportCli whose app logs as a Nest app does (Nest's console
 * logger writes warnings to stdout) and whose import writes to stdout itself:
 * cli.spec.ts runs it as a process and reads its stdout.
 */
runImportCli<{ rows: number }, { errorCount: number; rows: number }>({
  command: 'fixture import',
  usage: 'fixture <file> [--rows n]',
  defaults: { rows: 1 },
  option(argv, i, args) {
    if (argv[i] !== '--rows') return 0;
    args.rows = Number(argv[i + 1]);
    return 2;
  },
  app: async () => {
    new Logger('kafkajs').warn('a warning while connecting');
    return { close: async () => undefined } as INestApplicationContext;
  },
  import: async (_app, file, args, onProgress) => {
    for await (const _chunk of file.source) onProgress({ phase: 'reading', done: 1, total: 1 });
    // A stray write to stdout, as a library might make.
    process.stdout.write('a stray line from the import\n');
    return { errorCount: 0, rows: args.rows };
  },
  summary: (report) => `${report.rows} rows`,
});
