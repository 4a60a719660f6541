import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SECTORS, type Sector } from '@inspectorate/contracts';
import { loadConfigOrExit } from '@inspectorate/config';
import { runImportCli } from '@inspectorate/duo';
import { OutboxRelay } from '@inspectorate/messaging';
import { AppModule } from '../app.module';
import { loadConfig } from '../config';
import type { ImportReport } from '../registry/domain/report';
import { ImportDuoListUseCase } from '../registry/usecases/import-duo-list.usecase';

const USAGE = `Imports a DUO list (boards or vestigingen) into the registry.

  npx nx run registry:import -- <file> [--sector po|so|vso|vo|mbo|ho] [--partial]

  --sector   the sector of every row, for lists without a sector column
  --partial  the file is not DUO's complete list: close nothing that is missing

Reads KAFKA_BROKERS, MONGODB_URI (and the other registry variables) like the
service. Progress goes to stderr, the import report (JSON) to stdout.
Exit code: 0 imported, 2 imported but some rows were refused (see the report),
1 the file was refused or the import failed.`;

/** The outbox collections whose events an import writes. */
const OUTBOXES = ['boards', 'schools', 'vestigingen'];

// libs/duo's command (as risk-analysis's): the file streamed from disk,
// progress on stderr, the report on stdout, exit 0/2/1.
runImportCli<{ sector?: Sector; complete: boolean }, ImportReport>({
  command: 'registry import',
  usage: USAGE,
  defaults: { complete: true },
  option(argv, i, args, fail) {
    if (argv[i] === '--partial') {
      args.complete = false;
      return 1;
    }
    if (argv[i] === '--sector') {
      const value = argv[i + 1] ?? '';
      if (!(SECTORS as readonly string[]).includes(value))
        fail(`--sector '${value}' is not one of ${SECTORS.join(', ')}`);
      args.sector = value as Sector;
      return 2;
    }
    return 0;
  },
  app: () =>
    NestFactory.createApplicationContext(
      // The CLI applies its own file in the foreground; uploads to the service
      // are the service's to apply.
      AppModule.forRoot(loadConfigOrExit(loadConfig), { cron: false }, { importWorker: false }),
      { logger: ['error', 'warn'] },
    ),
  import: (app, file, args, onProgress) =>
    app.get(ImportDuoListUseCase).execute(file.source, {
      fileName: file.name,
      complete: args.complete,
      ...(args.sector ? { sector: args.sector } : {}),
      onProgress,
    }),
  // The events leave through the outbox; wait until they are on Kafka (here
  // or by a running registry replica that holds the relay lease).
  async after(app, progress) {
    const relay = app.get(OutboxRelay);
    for (;;) {
      let backlog = 0;
      for (const name of OUTBOXES) backlog += await relay.backlog(name);
      if (backlog === 0) return;
      progress(`publishing events: ${backlog} entities still have events in their outbox`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  },
  summary: (report) => `${report.appliedRows} rows applied, ${report.errorCount} refused`,
});
