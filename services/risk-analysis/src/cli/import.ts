import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@inspectorate/config';
import { runImportCli } from '@inspectorate/duo';
import { AppModule } from '../app.module';
import { loadConfig } from '../config';
import { ImportDuoUseCase } from '../imports/import-duo.usecase';
import type { ImportReport } from '../imports/import.types';
import { LIST_NAMES, type ListName } from '../imports/lists';

const USAGE = `Imports a DUO statistics file into risk-analysis.

  npx nx run risk-analysis:import -- <file> [--list ${LIST_NAMES.join('|')}] [--year yyyy]

  --list   the list the file must be (without it, the header decides)
  --year   the year of a vo pupils file (it has no year column; else from the file name)

Reads MONGODB_URI, KAFKA_BROKERS (and the other risk-analysis variables) like
the service. Progress goes to stderr, the import report (JSON) to stdout.
Exit code: 0 imported, 2 imported but some rows were bad (see the report),
1 the file was refused or the import failed.`;

runImportCli<{ list?: ListName; year?: number }, ImportReport>({
  command: 'risk-analysis import',
  usage: USAGE,
  defaults: {},
  option(argv, i, args, fail) {
    const value = argv[i + 1] ?? '';
    if (argv[i] === '--list') {
      if (!(LIST_NAMES as readonly string[]).includes(value))
        fail(`--list '${value}' is not one of ${LIST_NAMES.join(', ')}`);
      args.list = value as ListName;
      return 2;
    }
    if (argv[i] === '--year') {
      if (!/^(19|20)[0-9]{2}$/.test(value)) fail(`--year '${value}' is not a year`);
      args.year = Number(value);
      return 2;
    }
    return 0;
  },
  app: () =>
    NestFactory.createApplicationContext(
      AppModule.forRoot(loadConfigOrExit(loadConfig), { cron: false }),
      { logger: ['error', 'warn'] },
    ),
  import: (app, file, args, onProgress) =>
    app.get(ImportDuoUseCase).execute(file.source, {
      fileName: file.name,
      bytes: file.bytes,
      ...(args.list ? { list: args.list } : {}),
      ...(args.year ? { year: args.year } : {}),
      onProgress,
    }),
  summary: (report) =>
    `${report.list} ${report.period}, ${report.importedRows} rows stored, ${report.errorCount} bad`,
});
