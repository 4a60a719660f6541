import { Module, type OnModuleInit } from '@nestjs/common';
import { PersistenceModule } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import { DeliveryWorker } from './delivery/delivery.worker';
import { Mailer } from './delivery/mailer';
import { LettersController } from './http/letters.controller';
import { TemplatesController } from './http/templates.controller';
import { CommandsConsumer } from './messaging/commands.consumer';
import { RegistryConsumer } from './messaging/registry.consumer';
import { KenmerkCounter } from './persistence/kenmerk.counter';
import { InboxStore, LettersStore } from './persistence/letters.store';
import { RECIPIENT_COLLECTIONS, RecipientsStore } from './persistence/recipients.store';
import { TemplatesStore } from './persistence/templates.store';
import { IssueLetterUseCase } from './usecases/issue-letter.usecase';
import { ResendLetterUseCase } from './usecases/resend-letter.usecase';

/** Letters: templates, kenmerken, rendering, delivery by mail and ISD inbox. */
@Module({
  imports: [PersistenceModule.forFeature(RECIPIENT_COLLECTIONS)],
  controllers: [TemplatesController, LettersController, CommandsConsumer, RegistryConsumer],
  providers: [
    RecipientsStore,
    TemplatesStore,
    KenmerkCounter,
    LettersStore,
    InboxStore,
    Mailer,
    DeliveryWorker,
    IssueLetterUseCase,
    ResendLetterUseCase,
  ],
})
export class LettersModule implements OnModuleInit {
  constructor(
    private readonly templates: TemplatesStore,
    private readonly letters: LettersStore,
    private readonly inbox: InboxStore,
    private readonly clock: Clock,
  ) {}

  /** Indexes and default templates before the consumer and the HTTP server start. */
  async onModuleInit(): Promise<void> {
    await Promise.all([
      this.templates.ensureIndexes(),
      this.letters.ensureIndexes(),
      this.inbox.ensureIndexes(),
    ]);
    await this.templates.seedDefaults(this.clock.now());
  }
}
