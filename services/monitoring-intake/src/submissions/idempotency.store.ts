import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConflictError, InvalidInputError, RuleViolationError } from '@inspectorate/http';
import { DuplicateKeyError, InjectStore, type Store } from '@inspectorate/persistence';
import { IdempotencyKeys } from '../persistence/collections';

export interface IdempotencyDoc {
  /** `<providerId>:<route>:<key>` */
  _id: string;
  requestHash: string;
  state: 'pending' | 'done';
  status?: number;
  body?: unknown;
  createdAt: Date;
}

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

/**
 * `Idempotency-Key`: the first request with a key stores its request hash and,
 * when it succeeds, its response; a retry with the same key and body gets the
 * stored response (header Idempotent-Replayed: true); the same key with a
 * different body is refused (422). Only successful (2xx) answers are kept: a
 * refused delivery may succeed on retry once its cause is gone (consent
 * granted), so its key is released.
 */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectStore(IdempotencyKeys) private readonly keys: Store<IdempotencyDoc>) {}

  async run(
    scope: string,
    key: string | undefined,
    request: unknown,
    now: Date,
    fn: () => Promise<{ status: number; body: unknown }>,
  ): Promise<StoredResponse> {
    if (key === undefined) return { ...(await fn()), replayed: false };
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new InvalidInputError(
        'Idempotency-Key must be 1-200 printable ASCII characters without spaces',
        { code: 'invalid-idempotency-key' },
      );
    }
    const id = `${scope}:${key}`;
    const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('base64url');
    try {
      await this.keys.insert({ _id: id, requestHash, state: 'pending', createdAt: now });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      const stored = await this.keys.findById(id);
      if (!stored) return this.run(scope, key, request, now, fn);
      if (stored.requestHash !== requestHash) {
        throw new RuleViolationError(
          `Idempotency-Key '${key}' was used before with a different request body; use a new key for a new request`,
          { code: 'idempotency-key-reused' },
        );
      }
      if (stored.state === 'pending') {
        throw new ConflictError(
          `a request with Idempotency-Key '${key}' is still being processed; retry shortly`,
          { code: 'request-in-progress' },
        );
      }
      return { status: stored.status ?? 200, body: stored.body, replayed: true };
    }
    let result: { status: number; body: unknown };
    try {
      result = await fn();
    } catch (error) {
      await this.keys.delete({ _id: id, state: 'pending' });
      throw error;
    }
    if (result.status >= 200 && result.status < 300) {
      await this.keys.update(
        { _id: id },
        { $set: { state: 'done', status: result.status, body: result.body } },
      );
    } else {
      await this.keys.delete({ _id: id, state: 'pending' });
    }
    return { ...result, replayed: false };
  }
}
