import { Module, type OnModuleInit } from '@nestjs/common';
import { PersistenceModule } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import { DeliveryWorker } from './delivery/delivery.worker';
import { Mailer } from './delivery/mailer';
import { LettersController } from './http/letters.controller';
import { TemplatesController } from './http/templates.controller';
import { CommandsConsumer } from './messaging/commands.consumer';
import { RegistryConsumer } from './messaging/registry.consumer';
import { Counters, KenmerkCounter } from './persistence/kenmerk.counter';
import { Inbox, InboxStore, Letters, LettersStore } from './persistence/letters.store';
import { RECIPIENT_COLLECTIONS, RecipientsStore } from './persistence/recipients.store';
import { Templates, TemplatesStore } from './persistence/templates.store';
import { IssueLetterUseCase } from './usecases/issue-letter.usecase';
import { ResendLetterUseCase } from './usecases/resend-letter.usecase';

/** Letters: templates, kenmerken, rendering, delivery by mail and ISD inbox. */
@Module({
  imports: [
    PersistenceModule.forFeature([...RECIPIENT_COLLECTIONS, Letters, Inbox, Counters, Templates]),
  ],
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
    private readonly clock: Clock,
  ) {}

  /**
   * Default templates before the consumer and the HTTP server start (the
   * declared indexes are built before this, by PersistenceModule).
   */
  async onModuleInit(): Promise<void> {
    await this.templates.seedDefaults(this.clock.now());
  }
}
