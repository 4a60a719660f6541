import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Actor } from '@inspectorate/auth';
import { InjectConfig } from '@inspectorate/config';
import { ProblemError } from '@inspectorate/http';
import { databaseOf, isDuplicateKey } from '@inspectorate/persistence';
import type { Request, Response } from 'express';
import type { Connection } from 'mongoose';
import type { Observable } from 'rxjs';
import type { Config } from '../config';
import { API_PREFIX } from '../proxy/forward.controller';
import { AddressBuckets } from './public-bucket';

/** publication's public read API: no token, so limited per address (public-bucket.ts). */
const PUBLIC_PREFIX = `${API_PREFIX}/public/`;

export const RATE_LIMIT_COLLECTION = 'rate_limits';

interface WindowDoc {
  _id: string;
  /** Start of the window this count is for (ms since epoch). */
  window: number;
  count: number;
}

/**
 * Fixed-window counts per client in MongoDB, so every replica counts the same
 * requests. One document per client, overwritten when a new window starts
 * (no TTL index, which FerretDB v1 lacks, and nothing to clean up). Only
 * single-document writes, each atomic in MongoDB (and through the local
 * FerretDB's write serialisation).
 */
export class WindowCounter {
  constructor(private readonly db: () => ReturnType<typeof databaseOf>) {}

  /** Counts one request of `key` in the window starting at `window`; the count so far. */
  async hit(key: string, window: number): Promise<number> {
    const windows = this.db().collection<WindowDoc>(RATE_LIMIT_COLLECTION);
    for (let attempt = 0; attempt < 5; attempt++) {
      const counted = await windows.findOneAndUpdate(
        { _id: key, window },
        { $inc: { count: 1 } },
        { returnDocument: 'after' },
      );
      if (counted) return counted.count;
      try {
        // A new window (or a new client): start it at 1. If another replica
        // started it meanwhile, the filter misses, the upsert collides on _id,
        // and the next round counts in the window it started.
        await windows.updateOne(
          { _id: key, window: { $ne: window } },
          { $set: { window, count: 1 } },
          { upsert: true },
        );
        return 1;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new Error(`rate limit window of ${key} kept changing under us`);
  }
}

/**
 * Per-client rate limit for every route of the gateway: the token's subject
 * (a person, or a machine client's service account) after authentication,
 * the address before, counted across replicas; the public read API per
 * address in this replica (public-bucket.ts says why). Over the limit: 429
 * with Retry-After.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  private readonly counter: WindowCounter;
  private readonly publicBuckets: AddressBuckets;

  constructor(
    @InjectConnection() connection: Connection,
    @InjectConfig() private readonly config: Config,
  ) {
    this.counter = new WindowCounter(() => databaseOf(connection));
    this.publicBuckets = new AddressBuckets(
      config.PUBLIC_RATE_LIMIT_BURST,
      config.PUBLIC_RATE_LIMIT_PER_S,
    );
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const res = context.switchToHttp().getResponse<Response>();
    // Probes and scrapes are not clients.
    if (req.path.startsWith('/health') || req.path === '/metrics') return next.handle();
    if (req.path.startsWith(PUBLIC_PREFIX)) {
      this.limitAddress(req, res);
      return next.handle();
    }
    const key = req.actor ? `sub:${req.actor.subject}` : `ip:${req.ip ?? 'unknown'}`;
    const size = this.config.RATE_LIMIT_WINDOW_S * 1000;
    const now = Date.now();
    const window = now - (now % size);
    const count = await this.counter.hit(key, window);
    const max = this.config.RATE_LIMIT_MAX;
    const reset = Math.max(1, Math.ceil((window + size - now) / 1000));
    res.setHeader('RateLimit-Limit', String(max));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, max - count)));
    res.setHeader('RateLimit-Reset', String(reset));
    if (count > max) {
      throw new ProblemError({
        status: 429,
        code: 'rate-limited',
        detail: `more than ${max} requests in ${this.config.RATE_LIMIT_WINDOW_S} s; try again in ${reset} s`,
        headers: { 'Retry-After': String(reset) },
      });
    }
    return next.handle();
  }

  private limitAddress(req: Request, res: Response): void {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const answer = this.publicBuckets.take(address);
    res.setHeader('RateLimit-Limit', String(this.config.PUBLIC_RATE_LIMIT_BURST));
    res.setHeader('RateLimit-Remaining', String(answer.remaining));
    res.setHeader('RateLimit-Reset', String(answer.resetS));
    if (answer.allowed) return;
    throw new ProblemError({
      status: 429,
      code: 'rate-limited',
      detail: `more than ${this.config.PUBLIC_RATE_LIMIT_BURST} requests at once from ${address} to the public API (then ${this.config.PUBLIC_RATE_LIMIT_PER_S} per second); try again in ${answer.retryAfterS} s`,
      headers: { 'Retry-After': String(answer.retryAfterS) },
    });
  }
}
