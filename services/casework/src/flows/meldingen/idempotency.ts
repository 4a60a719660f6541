import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import { ProblemError, badRequest } from '@inspectorate/http';
import {
  DuplicateKeyError,
  InjectStore,
  type Store,
  defineCollection,
} from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import type { Registered } from './register-melding.usecase';

/**
 * One `Idempotency-Key` a client sent with POST /meldingen: the hash of the
 * body it came with (never the body: a melding may name a child and a
 * teacher), the id the melding gets whichever request registers it, and
 * the answer once one was given.
 */
export interface IdempotencyDoc {
  /** `<actor>:<key>`: a key is the client's, so one client's key never meets another's. */
  _id: string;
  bodyHash: string;
  /** The case's unique key or the vertrouwensdossier's id: the same for every retry. */
  resourceId: string;
  createdAt: Date;
  answer: Registered | null;
}

export const IdempotencyKeys = defineCollection<IdempotencyDoc>({
  name: 'idempotency_keys',
  fields: {
    _id: { type: String, required: true },
    bodyHash: { type: String, required: true },
    resourceId: { type: String, required: true },
  },
});

/** What the header may hold: 1 to 255 visible ASCII characters (a UUID, typically). */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** SHA-256 of the body as JSON with its keys sorted: the same body in another key order is the same. */
export function bodyHash(body: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
}

/**
 * Idempotent POST /meldingen: a client that did not get an answer (a
 * timeout, a replica that died, a 502 of the gateway) sends the same
 * request with the same `Idempotency-Key` again and gets the same answer,
 * and no second case. The first request with a key stores its body's hash
 * and a resource id (one insert: the unique `_id` decides between replicas
 * racing); every request with that key registers the melding under that
 * id (the case's unique key, the dossier's `_id`), so however often and on
 * whichever replica it runs, one case or dossier exists. The same key with
 * another body is refused (422): it is a client's bug, not a retry.
 */
@Injectable()
export class IdempotentMeldingen {
  constructor(
    @InjectStore(IdempotencyKeys) private readonly keys: Store<IdempotencyDoc>,
    private readonly clock: Clock,
  ) {}

  /** The key's record for this body (created now or by an earlier request); 400 for a bad key, 422 for another body. */
  async claim(actor: string, key: string, body: unknown): Promise<IdempotencyDoc> {
    if (!KEY.test(key))
      throw badRequest('Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID', [
        {
          in: 'header',
          path: '/Idempotency-Key',
          message: 'must be 1 to 255 visible ASCII characters',
        },
      ]);
    const _id = `${actor}:${key}`;
    const hash = bodyHash(body);
    try {
      await this.keys.insert({
        _id,
        bodyHash: hash,
        resourceId: newEventId(),
        createdAt: this.clock.now(),
        answer: null,
      });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
    const doc = await this.keys.findById(_id);
    if (!doc) throw new Error(`idempotency key ${_id} vanished`);
    if (doc.bodyHash !== hash)
      throw new ProblemError({
        status: 422,
        code: 'idempotency-key-reused',
        detail: `Idempotency-Key '${key}' was sent before with another body; a retry sends the same body, a new melding needs a new key`,
        errors: [
          {
            in: 'header',
            path: '/Idempotency-Key',
            message: 'used before for another request body',
          },
        ],
      });
    return doc;
  }

  /** The answer given, for the next request with the key. */
  async remember(doc: IdempotencyDoc, answer: Registered): Promise<void> {
    await this.keys.update({ _id: doc._id }, { $set: { answer } });
  }
}
