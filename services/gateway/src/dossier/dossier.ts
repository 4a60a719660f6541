import { Controller, Get, Inject, Req } from '@nestjs/common';
import { RequirePermission } from '@inspectorate/auth';
import { InjectConfig } from '@inspectorate/config';
import { Api, Valid } from '@inspectorate/http';
import { Type } from '@sinclair/typebox';
import type { Request } from 'express';
import type { Config, UpstreamService } from '../config';
import { API_PREFIX } from '../proxy/forward.controller';
import { Upstreams } from '../proxy/forwarder';

/** One part of the dossier: what its service answered, or why it is missing. */
export type Part =
  | { status: 'ok'; data: unknown }
  | { status: 'unavailable'; service: UpstreamService; reason: string };

const PartSchema = Type.Union([
  Type.Object({ status: Type.Literal('ok'), data: Type.Unknown() }),
  Type.Object({
    status: Type.Literal('unavailable'),
    service: Type.String(),
    reason: Type.String({ description: 'Why: down, too slow, refused, or no such data' }),
  }),
]);

export const DossierSchema = Type.Object(
  {
    brin: Type.String(),
    school: PartSchema,
    vestigingen: PartSchema,
    board: PartSchema,
    cases: PartSchema,
    letters: PartSchema,
    monitoring: PartSchema,
    risk: PartSchema,
  },
  { description: "A school's dossier; each part from its own service, marked when missing" },
);

const BrinParams = Type.Object({
  brin: Type.String({ pattern: '^[0-9]{2}[A-Za-z]{2}$', description: 'BRIN, e.g. 12AB' }),
});

/**
 * A school's dossier in one call, composed from the services' internal APIs
 * with the caller's token. Each part has its own timeout; a service that is
 * down, slow or refuses makes its part `unavailable` with the reason, never
 * the whole answer an error.
 */
@Controller(API_PREFIX.slice(1))
export class DossierController {
  constructor(
    @Inject(Upstreams) private readonly upstreams: Upstreams,
    @InjectConfig() private readonly config: Config,
  ) {}

  @Get('schools/:brin/dossier')
  @RequirePermission('dossier.read')
  @Api({
    summary: "A school's dossier: the school, vestigingen, board, cases, letters, monitoring, risk",
    tags: ['dossier'],
    params: BrinParams,
    responses: { 200: DossierSchema },
  })
  async dossier(@Valid('params') { brin }: { brin: string }, @Req() req: Request) {
    const code = encodeURIComponent(brin.toUpperCase());
    const auth = req.headers.authorization ?? '';
    const part = (service: UpstreamService, path: string) => this.part(service, path, auth);
    const school = part('registry', `/schools/${code}`);
    const board = school.then((s) => {
      const nummer = s.status === 'ok' ? boardOf(s.data) : undefined;
      if (s.status !== 'ok') return s;
      if (!nummer) return unavailable('registry', 'the school names no board');
      return part('registry', `/boards/${encodeURIComponent(nummer)}`);
    });
    const [s, vestigingen, b, cases, letters, monitoring, risk] = await Promise.all([
      school,
      part('registry', `/schools/${code}/vestigingen`),
      board,
      part('casework', `/cases?brin=${code}`),
      part('notifications', `/inbox/school/${code}`),
      part('monitoring-intake', `/schools/${code}/submissions`),
      part('risk-analysis', `/schools/${code}/assessments`),
    ]);
    return {
      brin: brin.toUpperCase(),
      school: s,
      vestigingen,
      board: b,
      cases,
      letters,
      monitoring,
      risk,
    };
  }

  private async part(service: UpstreamService, path: string, auth: string): Promise<Part> {
    const timeoutMs = this.config.DOSSIER_PART_TIMEOUT_MS;
    const headers = new Headers({ accept: 'application/json' });
    if (auth) headers.set('authorization', auth);
    try {
      const res = await this.upstreams.call({ service, path, method: 'GET', headers, timeoutMs });
      // The body is read under the same deadline as the answer (a stalled body is slow too).
      const body = await withTimeout(res.text(), timeoutMs);
      if (!res.ok)
        return unavailable(service, `${service} answered ${res.status}${detailOf(body)}`);
      return { status: 'ok', data: JSON.parse(body) as unknown };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return unavailable(service, message);
    }
  }
}

const unavailable = (service: UpstreamService, reason: string): Part => ({
  status: 'unavailable',
  service,
  reason,
});

function boardOf(school: unknown): string | undefined {
  const value = (school as { bevoegdGezagNummer?: unknown } | null)?.bevoegdGezagNummer;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function detailOf(body: string): string {
  try {
    const detail = (JSON.parse(body) as { detail?: unknown }).detail;
    return typeof detail === 'string' ? `: ${detail}` : '';
  } catch {
    return '';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no complete answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
