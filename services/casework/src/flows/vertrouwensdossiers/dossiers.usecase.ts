import { Inject, Injectable } from '@nestjs/common';
import { type SocialSafetyCategory, newEventId } from '@inspectorate/contracts';
import { NotFoundError, RuleViolationError } from '@inspectorate/http';
import { DuplicateKeyError, InjectStore, type Query, type Store } from '@inspectorate/persistence';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { addDuration } from '../../case-types/duration';
import {
  type AdviceEntry,
  type ContactEntry,
  type DossierDoc,
  type DossierReadDoc,
  DossierReads,
  Dossiers,
  type Reporter,
  sealContext,
} from './dossier';
import { Sealer } from './field-cipher';
import { type Reader, VERTROUWENS_SETTINGS, type VertrouwensSettings } from './settings';

export interface NewDossier {
  brin: string;
  vestigingCode: string | null;
  bevoegdGezagNummer: string | null;
  category: SocialSafetyCategory;
  channel: string;
  receivedAt: Date;
  narrative: string;
  reporter: Reporter;
}

export interface DossierFilter {
  status?: 'open' | 'gesloten';
  brin?: string;
  category?: string;
  after?: string;
}

/** A dossier as the vertrouwensinspecteur sees it: everything, opened. */
export interface DossierView {
  id: string;
  status: DossierDoc['status'];
  brin: string;
  vestigingCode: string | null;
  category: string;
  channel: string;
  receivedAt: Date;
  registeredAt: Date;
  closedAt: Date | null;
  destroyOn: string | null;
  narrative: string;
  reporter: Reporter;
  contacts: ContactEntry[];
  advice: AdviceEntry[];
  closingNote: string | null;
  log: DossierDoc['log'];
}

const LIST_FIELDS = {
  _id: 1,
  status: 1,
  brin: 1,
  vestigingCode: 1,
  category: 1,
  channel: 1,
  receivedAt: 1,
  registeredAt: 1,
  closedAt: 1,
} as const;

/**
 * The vertrouwensinspecteur's dossiers: registered from a melding, read
 * (each read recorded with who and why, lists included), a contact log and
 * advice added, closed. Content is sealed on the way in and opened only on
 * an audited read.
 */
@Injectable()
export class VertrouwensDossiers {
  constructor(
    @InjectStore(Dossiers) private readonly dossiers: Store<DossierDoc>,
    @InjectStore(DossierReads) private readonly reads: Store<DossierReadDoc>,
    private readonly sealer: Sealer,
    private readonly clock: Clock,
    @Inject(VERTROUWENS_SETTINGS) private readonly settings: VertrouwensSettings,
  ) {}

  /** `id` given (an Idempotency-Key's): a dossier already registered under it is left as it is. */
  async register(input: NewDossier, by: Reader, id: string = newEventId()): Promise<string> {
    const cipher = this.sealer.cipher();
    const now = this.clock.now();
    const seal = (field: string, value: unknown) => cipher.seal(value, sealContext(id, field));
    const doc: DossierDoc = {
      _id: id,
      status: 'open',
      brin: input.brin,
      vestigingCode: input.vestigingCode,
      bevoegdGezagNummer: input.bevoegdGezagNummer,
      category: input.category,
      month: amsterdamDate(now).slice(0, 7),
      channel: input.channel,
      receivedAt: input.receivedAt,
      registeredAt: now,
      closedAt: null,
      destroyOn: null,
      sealed: {
        narrative: seal('narrative', input.narrative),
        reporter: seal('reporter', input.reporter),
        contacts: [],
        advice: [],
        closingNote: null,
      },
      log: [{ at: now, by: by.id, action: 'registered' }],
      version: 1,
    };
    try {
      await this.dossiers.insert(doc);
    } catch (error) {
      // Registered by an earlier request with the same Idempotency-Key: that one stands.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
    return id;
  }

  /** The queue and its search (status, school, category), newest last; a recorded read. */
  async list(filter: DossierFilter, limit: number, by: Reader, reason: string) {
    const query: Query = {};
    if (filter.status) query['status'] = filter.status;
    if (filter.brin) query['brin'] = filter.brin;
    if (filter.category) query['category'] = filter.category;
    if (filter.after) query['_id'] = { $gt: filter.after };
    await this.recordRead(null, 'list', by, reason);
    const found = await this.dossiers.find(query, {
      projection: LIST_FIELDS,
      sort: { _id: 1 },
      limit,
    });
    return found.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }

  async get(id: string, by: Reader, reason: string): Promise<DossierView> {
    const doc = await this.load(id);
    await this.recordRead(id, 'dossier', by, reason);
    const cipher = this.sealer.cipher();
    const open = <T>(field: string, value: DossierDoc['sealed']['narrative']) =>
      cipher.open<T>(value, sealContext(id, field));
    const s = doc.sealed;
    return {
      id,
      status: doc.status,
      brin: doc.brin,
      vestigingCode: doc.vestigingCode,
      category: doc.category,
      channel: doc.channel,
      receivedAt: doc.receivedAt,
      registeredAt: doc.registeredAt,
      closedAt: doc.closedAt,
      destroyOn: doc.destroyOn,
      narrative: open<string>('narrative', s.narrative),
      reporter: open<Reporter>('reporter', s.reporter),
      contacts: s.contacts.map((c) => open<ContactEntry>('contacts', c)),
      advice: s.advice.map((a) => open<AdviceEntry>('advice', a)),
      closingNote: s.closingNote ? open<string>('closingNote', s.closingNote) : null,
      log: doc.log,
    };
  }

  /** Who read the dossier, when and why (oldest first); itself a recorded read. */
  async readsOf(id: string, by: Reader, reason: string) {
    await this.load(id);
    await this.recordRead(id, 'reads', by, reason);
    const cipher = this.sealer.cipher();
    const found = await this.reads.find({ dossierId: id }, { sort: { at: 1 }, limit: 1000 });
    return found.map((r) => ({
      at: r.at,
      actor: r.actor,
      actorName: r.actorName,
      what: r.what,
      reason: cipher.open<string>(r.reason, sealContext(r._id, 'read-reason')),
    }));
  }

  async addContact(id: string, entry: Omit<ContactEntry, 'by'>, by: Reader): Promise<void> {
    await this.change(id, by, 'contact-logged', (doc, seal) => ({
      'sealed.contacts': [...doc.sealed.contacts, seal('contacts', { ...entry, by: by.name })],
    }));
  }

  async addAdvice(id: string, text: string, by: Reader): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.change(id, by, 'advice-given', (doc, seal) => ({
      'sealed.advice': [...doc.sealed.advice, seal('advice', { at, by: by.name, text })],
    }));
  }

  /** Closes the dossier; from then on the retention term runs (settings.retention). */
  async close(id: string, note: string | null, by: Reader): Promise<{ destroyOn: string }> {
    const now = this.clock.now();
    const destroyOn = addDuration(amsterdamDate(now), this.settings.retention);
    await this.change(id, by, 'closed', (_doc, seal) => ({
      status: 'gesloten',
      closedAt: now,
      destroyOn,
      'sealed.closingNote': note ? seal('closingNote', note) : null,
    }));
    return { destroyOn };
  }

  private async change(
    id: string,
    by: Reader,
    action: string,
    decide: (
      doc: DossierDoc,
      seal: (field: string, value: unknown) => DossierDoc['sealed']['narrative'],
    ) => Record<string, unknown>,
  ): Promise<void> {
    const cipher = this.sealer.cipher();
    const seal = (field: string, value: unknown) => cipher.seal(value, sealContext(id, field));
    const result = await this.dossiers.mutate(id, (doc) => {
      if (!doc) throw new NotFoundError(`there is no vertrouwensdossier ${id}`);
      if (doc.status === 'gesloten')
        throw new RuleViolationError(`vertrouwensdossier ${id} is closed; it takes no changes`);
      return {
        update: {
          $set: decide(doc, seal),
          $push: { log: { at: this.clock.now(), by: by.id, action } },
        },
      };
    });
    if (result.outcome === 'unchanged')
      throw new NotFoundError(`there is no vertrouwensdossier ${id}`);
  }

  private async load(id: string): Promise<DossierDoc> {
    const doc = await this.dossiers.findById(id);
    if (!doc) throw new NotFoundError(`there is no vertrouwensdossier ${id}`);
    return doc;
  }

  private async recordRead(
    dossierId: string | null,
    what: DossierReadDoc['what'],
    by: Reader,
    reason: string,
  ): Promise<void> {
    const _id = newEventId();
    const reasonSealed = this.sealer.cipher().seal(reason, sealContext(_id, 'read-reason'));
    await this.reads.insert({
      _id,
      dossierId,
      what,
      actor: by.id,
      actorName: by.name,
      reason: reasonSealed,
      at: this.clock.now(),
    });
  }
}
