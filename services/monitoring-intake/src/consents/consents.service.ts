import { Injectable } from '@nestjs/common';
import { NotFoundError, RuleViolationError } from '@inspectorate/http';
import {
  ConsentGranted,
  ConsentWithdrawn,
  createEvent,
  newEventId,
  sourceOf,
  Services,
} from '@inspectorate/contracts';
import type { OutboxFields } from '@inspectorate/messaging';
import { DuplicateKeyError, InjectStore, type Store } from '@inspectorate/persistence';
import { currentCorrelationId } from '@inspectorate/observability';
import { Clock } from '@inspectorate/scheduling';
import { Consents } from '../persistence/collections';
import { ProvidersStore } from '../providers/providers.store';
import { VestigingenReadModel } from '../vestigingen/vestigingen.read-model';

/** One vestiging's permission for one provider for one schooljaar. */
export interface ConsentDoc extends Partial<OutboxFields> {
  /** `<schooljaar>:<vestigingCode>:<providerId>` */
  _id: string;
  schooljaar: string;
  vestigingCode: string;
  brin: string;
  providerId: string;
  status: 'granted' | 'withdrawn';
  changedAt: Date;
  history: { status: 'granted' | 'withdrawn'; at: Date; by: string }[];
}

export const consentId = (schooljaar: string, vestigingCode: string, providerId: string) =>
  `${schooljaar}:${vestigingCode}:${providerId}`;

export type ConsentOutcome = { consent: ReturnType<typeof view>; changed: boolean };

/**
 * Grant and withdraw: each state change and its event are one conditional
 * single-document write, so a repeated or concurrent request changes
 * nothing and emits nothing more.
 */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectStore(Consents) readonly consents: Store<ConsentDoc>,
    private readonly vestigingen: VestigingenReadModel,
    private readonly providers: ProvidersStore,
    private readonly clock: Clock,
  ) {}

  async grant(
    schooljaar: string,
    vestigingCode: string,
    providerId: string,
    actor: string,
  ): Promise<ConsentOutcome> {
    if (!(await this.providers.providers.findById(providerId)))
      throw new NotFoundError(`no provider ${providerId}`, { code: 'not-found' });
    if (!(await this.vestigingen.get(vestigingCode)))
      throw new RuleViolationError(`vestiging ${vestigingCode} is not in the registry`, {
        code: 'unknown-vestiging',
      });
    const id = consentId(schooljaar, vestigingCode, providerId);
    const now = this.clock.now();
    const data = { vestigingCode, brin: vestigingCode.slice(0, 4), providerId, schooljaar };
    const event = createEvent(ConsentGranted, this.eventInput(vestigingCode, data, now));
    try {
      const result = await this.consents.update(
        { _id: id, status: { $ne: 'granted' } },
        {
          $set: { ...data, status: 'granted', changedAt: now },
          $push: { history: { status: 'granted', at: now, by: actor } },
        },
        [{ definition: ConsentGranted, event }],
        { upsert: true },
      );
      return {
        consent: view(await this.load(id)),
        changed: result.modified > 0 || result.upserted,
      };
    } catch (error) {
      // Upsert collided with a document that is already granted: nothing to do.
      if (!(error instanceof DuplicateKeyError)) throw error;
      return { consent: view(await this.load(id)), changed: false };
    }
  }

  async withdraw(
    schooljaar: string,
    vestigingCode: string,
    providerId: string,
    actor: string,
  ): Promise<ConsentOutcome> {
    const id = consentId(schooljaar, vestigingCode, providerId);
    const now = this.clock.now();
    const data = { vestigingCode, brin: vestigingCode.slice(0, 4), providerId, schooljaar };
    const event = createEvent(ConsentWithdrawn, this.eventInput(vestigingCode, data, now));
    const result = await this.consents.update(
      { _id: id, status: 'granted' },
      {
        $set: { status: 'withdrawn', changedAt: now },
        $push: { history: { status: 'withdrawn', at: now, by: actor } },
      },
      [{ definition: ConsentWithdrawn, event }],
    );
    const doc = await this.consents.findById(id);
    if (!doc)
      throw new NotFoundError(
        `vestiging ${vestigingCode} never gave provider ${providerId} consent for ${schooljaar}`,
        { code: 'not-found' },
      );
    return { consent: view(doc), changed: result.modified > 0 };
  }

  /** Granted consents for these (vestiging, schooljaar) pairs, for one provider: a set of consent ids. */
  async grantedIds(ids: readonly string[]): Promise<Set<string>> {
    const docs = await this.consents.find(
      { _id: { $in: [...new Set(ids)] }, status: 'granted' },
      { projection: { _id: 1 } },
    );
    return new Set(docs.map((d) => d._id));
  }

  async ofProvider(providerId: string, schooljaar?: string) {
    const docs = await this.consents.find(
      { providerId, ...(schooljaar ? { schooljaar } : {}) },
      { sort: { _id: 1 }, limit: 10_000 },
    );
    return docs.map(view);
  }

  private async load(id: string): Promise<ConsentDoc> {
    const doc = await this.consents.findById(id);
    if (!doc) throw new Error(`consent ${id} vanished after its write`);
    return doc;
  }

  private eventInput<D>(subject: string, data: D, time: Date) {
    return {
      source: sourceOf(Services.monitoringIntake),
      subject,
      data,
      time,
      correlationId: currentCorrelationId() ?? newEventId(),
    };
  }
}

function view(c: ConsentDoc) {
  return {
    schooljaar: c.schooljaar,
    vestigingCode: c.vestigingCode,
    providerId: c.providerId,
    status: c.status,
    changedAt: c.changedAt,
    history: c.history,
  };
}
