import {
  BadRequestException,
  Controller,
  Get,
  Headers,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { RequirePermission, TokenOrOwnCredential } from '@inspectorate/auth';
import { Type } from '@sinclair/typebox';
import { Api, NotFoundError, PROBLEM_CONTENT_TYPE, Valid, problemOf } from '@inspectorate/http';
import { Clock } from '@inspectorate/scheduling';
import type { Request, Response } from 'express';
import { AnyObject, DeliveryBody, SchooljaarQuery, SubmissionPath } from '../http/schemas';
import {
  type AuthenticatedProvider,
  CurrentProvider,
  ProviderAuthGuard,
} from '../providers/provider-auth.guard';
import { MAX_BODY_BYTES, MAX_BULK_ITEMS } from '../settings';
import { IdempotencyStore } from './idempotency.store';
import { type ItemOutcome, SubmissionsService } from './submissions.service';

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl'];

/** A single delivery is small (group results included); a bulk gets MAX_BODY_BYTES. */
const MAX_SINGLE_BYTES = 1024 * 1024;

/** A line of an NDJSON stream that is not JSON: rejected as its own item. */
class UnparsableLine {
  constructor(readonly problem: string) {}
}

/**
 * The provider API. Every route needs the provider client's access token
 * (monitoring.own-submissions) or, for a transition, its API key; a provider
 * sees only what it delivered itself.
 */
@RequirePermission('monitoring.own-submissions')
@TokenOrOwnCredential(ProviderAuthGuard)
@Controller('provider/submissions')
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly idempotency: IdempotencyStore,
    private readonly clock: Clock,
  ) {}

  /** One delivery: 201 accepted (new or corrected), 200 unchanged, 403 no consent, 422 invalid. */
  @Post()
  @Api({
    summary: 'Deliver the results of one vestiging (201 accepted, 200 unchanged, 403, 422)',
    tags: ['provider'],
    body: DeliveryBody,
    bodyLimit: MAX_SINGLE_BYTES,
    responses: {
      200: AnyObject,
      201: AnyObject,
      403: { description: 'No consent of the vestiging for this provider.' },
      422: { description: 'The delivery is not valid; errors[] names each field.' },
    },
  })
  async deliver(
    @CurrentProvider() provider: AuthenticatedProvider,
    @Valid('body') body: Record<string, unknown>,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.idempotency.run(
      `${provider.providerId}:single`,
      key,
      body,
      this.clock.now(),
      async () => {
        const outcome = await this.submissions.deliverOne(provider.providerId, body);
        return { status: outcome.httpStatus, body: single(outcome) };
      },
    );
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(result.status);
    if (result.status >= 400) res.type(PROBLEM_CONTENT_TYPE);
    return result.body;
  }

  /**
   * Many deliveries: a JSON array, or NDJSON (one object per line), up to
   * 10,000. Always 200 with an outcome per item in input order (accepted,
   * unchanged or rejected with its reason): never all-or-nothing.
   */
  @Post('bulk')
  @Api({
    summary: 'Deliver many: a JSON array or NDJSON, up to 10,000; an outcome per item',
    tags: ['provider'],
    consumes: ['application/json', ...NDJSON_TYPES],
    bodyLimit: MAX_BODY_BYTES,
    responses: { 200: AnyObject },
  })
  async bulk(
    @CurrentProvider() provider: AuthenticatedProvider,
    @Req() req: Request,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const items = await readItems(req);
    const result = await this.idempotency.run(
      `${provider.providerId}:bulk`,
      key,
      items,
      this.clock.now(),
      async () => {
        const parsed = items.filter((i) => !(i instanceof UnparsableLine));
        const delivered = await this.submissions.deliver(provider.providerId, parsed);
        let next = 0;
        const outcomes = items.map((item): ItemOutcome =>
          item instanceof UnparsableLine
            ? { status: 'rejected', httpStatus: 422, error: 'invalid-json', message: item.problem }
            : delivered[next++]!,
        );
        const count = (s: ItemOutcome['status']) => outcomes.filter((o) => o.status === s).length;
        return {
          status: 200,
          body: {
            received: items.length,
            accepted: count('accepted'),
            unchanged: count('unchanged'),
            rejected: count('rejected'),
            items: outcomes.map((o, index) => ({ index, ...identify(items[index]), ...o })),
          },
        };
      },
    );
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(result.status);
    return result.body;
  }

  @Get()
  @Api({
    summary: 'What the calling provider delivered',
    tags: ['provider'],
    query: SchooljaarQuery,
    responses: { 200: Type.Object({ submissions: Type.Array(AnyObject) }) },
  })
  async list(
    @CurrentProvider() provider: AuthenticatedProvider,
    @Valid('query') query: { schooljaar?: string },
  ) {
    return {
      submissions: await this.submissions.listForProvider(provider.providerId, query.schooljaar),
    };
  }

  /** 404 also when another provider delivered it: a provider can't even learn that it exists. */
  @Get(':schooljaar/:vestigingCode')
  @Api({
    summary: 'One delivery of the calling provider',
    tags: ['provider'],
    params: SubmissionPath,
    responses: { 200: AnyObject },
  })
  async get(
    @CurrentProvider() provider: AuthenticatedProvider,
    @Valid('params') { schooljaar, vestigingCode }: { schooljaar: string; vestigingCode: string },
  ) {
    const found = await this.submissions.forProvider(
      provider.providerId,
      schooljaar,
      vestigingCode,
    );
    if (!found)
      throw new NotFoundError(`you delivered no results for ${vestigingCode} in ${schooljaar}`);
    return found;
  }
}

/** The answer to one delivery: its outcome, or a problem+json when it was refused. */
function single(o: ItemOutcome) {
  if (o.status === 'rejected') {
    return problemOf({
      status: o.httpStatus,
      code: o.error,
      detail: o.message,
      ...(o.issues ? { errors: o.issues.map((i) => ({ in: 'body' as const, ...i })) } : {}),
    });
  }
  const { httpStatus: _s, ...rest } = o;
  return rest;
}

function identify(item: unknown): { vestigingCode?: unknown; schooljaar?: unknown } {
  if (item === null || typeof item !== 'object' || item instanceof UnparsableLine) return {};
  const o = item as Record<string, unknown>;
  return {
    ...(typeof o['vestigingCode'] === 'string' ? { vestigingCode: o['vestigingCode'] } : {}),
    ...(typeof o['schooljaar'] === 'string' ? { schooljaar: o['schooljaar'] } : {}),
  };
}

async function readItems(req: Request): Promise<unknown[]> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  let items: unknown[];
  if (type === 'application/json') {
    if (!Array.isArray(req.body))
      throw new BadRequestException({
        error: 'invalid-request',
        message:
          'a bulk delivery is a JSON array of deliveries (or NDJSON with content-type application/x-ndjson)',
      });
    items = req.body as unknown[];
  } else if (NDJSON_TYPES.includes(type)) {
    items = await readNdjson(req);
  } else {
    throw new BadRequestException({
      error: 'invalid-request',
      message: `send a JSON array (application/json) or NDJSON (application/x-ndjson); got content-type '${type || 'none'}'`,
    });
  }
  if (items.length === 0)
    throw new BadRequestException({
      error: 'invalid-request',
      message: 'the bulk delivery is empty',
    });
  if (items.length > MAX_BULK_ITEMS)
    throw new PayloadTooLargeException({
      error: 'too-many-items',
      message: `a bulk delivery holds at most ${MAX_BULK_ITEMS} items (got ${items.length}); split it`,
    });
  return items;
}

/**
 * NDJSON read as it arrives, line by line: never the whole body as one
 * string, and refused as soon as it is over the byte limit (by its
 * Content-Length, before a byte is read) or over MAX_BULK_ITEMS items,
 * rather than after reading and parsing all of it (a 66 MB bulk took 8.6 s
 * to be refused).
 */
async function readNdjson(req: Request): Promise<unknown[]> {
  const length = Number(req.headers['content-length']);
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) throw tooLarge(length);
  const items: unknown[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let size = 0;
  let lineNo = 0;
  let rest = '';
  const take = (raw: string) => {
    lineNo += 1;
    const line = raw.trim();
    if (line === '') return;
    try {
      items.push(JSON.parse(line) as unknown);
    } catch (error) {
      items.push(new UnparsableLine(`line ${lineNo} is not JSON: ${(error as Error).message}`));
    }
    if (items.length > MAX_BULK_ITEMS)
      throw new PayloadTooLargeException({
        error: 'too-many-items',
        message: `a bulk delivery holds at most ${MAX_BULK_ITEMS} items (got more); split it`,
      });
  };
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge(size);
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop()!;
    for (const line of lines) take(line);
  }
  take(rest + decoder.decode());
  return items;
}

function tooLarge(bytes: number): PayloadTooLargeException {
  return new PayloadTooLargeException({
    error: 'too-large',
    message: `the body is ${bytes} bytes or more, over the limit of ${MAX_BODY_BYTES} bytes`,
    limit: MAX_BODY_BYTES,
  });
}
