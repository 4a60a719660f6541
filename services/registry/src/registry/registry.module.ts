import { type DynamicModule, Module } from '@nestjs/common';
import { PersistenceModule } from '@inspectorate/persistence';
import { RegistryController } from './http/registry.controller';
import { REGISTRY_COLLECTIONS } from './persistence/collections';
import { RegistryStore } from './persistence/registry.store';
import { ImportDuoListUseCase, MAX_CLOSE_SHARE } from './usecases/import-duo-list.usecase';
import { IMPORT_WORKER, ImportQueue } from './usecases/import-queue';
import { RegistryQueries } from './usecases/registry.queries';
import { UpdateContactUseCase } from './usecases/update-contact.usecase';

/** Boards, schools and vestigingen: the DUO import, contact data and queries. */
@Module({
  imports: [PersistenceModule.forFeature(REGISTRY_COLLECTIONS)],
  controllers: [RegistryController],
  providers: [
    RegistryStore,
    ImportDuoListUseCase,
    ImportQueue,
    UpdateContactUseCase,
    RegistryQueries,
  ],
  exports: [ImportDuoListUseCase, RegistryQueries, RegistryStore],
})
export class RegistryModule {
  /**
   * With the import's settings from config (without: the defaults).
   * `importWorker: false` for a process that must not apply uploads in the
   * background (the CLI, which applies its own file and exits).
   */
  static forRoot(settings: {
    maxCloseShare: number;
    importWorker?: boolean;
    importPollMs?: number;
  }): DynamicModule {
    return {
      module: RegistryModule,
      providers: [
        { provide: MAX_CLOSE_SHARE, useValue: settings.maxCloseShare },
        {
          provide: IMPORT_WORKER,
          useValue: {
            enabled: settings.importWorker ?? true,
            pollMs: settings.importPollMs ?? 2000,
          },
        },
      ],
    };
  }
}
