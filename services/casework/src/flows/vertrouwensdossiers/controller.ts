import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { type Actor, CurrentActor, RequirePermission } from '@inspectorate/auth';
import { SOCIAL_SAFETY_CATEGORIES, StringEnum } from '@inspectorate/contracts';
import {
  Api,
  BrinParam,
  PageSchema,
  type PagingInput,
  PagingQuery,
  SafeLine,
  SafeText,
  Valid,
  pageOf,
  pagingOf,
} from '@inspectorate/http';
import type { Request } from 'express';
import { CasePath } from '../../engine/http/schemas';
import { VertrouwensDossiers } from './dossiers.usecase';
import type { Reader } from './settings';

/** Every read of a vertrouwensdossier, a list and a search included, says why (audited, sealed). */
const ReasonHeaders = Type.Object({
  'x-reason': SafeLine({
    minLength: 3,
    maxLength: 500,
    description: 'Why you read this (kept, sealed, in the audit of reads).',
  }),
});
const ListQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(['open', 'gesloten'] as const)),
    brin: Type.Optional(BrinParam),
    category: Type.Optional(StringEnum(SOCIAL_SAFETY_CATEGORIES)),
    ...PagingQuery,
  },
  { additionalProperties: false },
);
const ContactBody = Type.Object(
  {
    at: Type.String({ format: 'date-time', 'x-why': 'must be a date and time (RFC 3339)' }),
    channel: StringEnum(['telefoon', 'e-mail', 'gesprek', 'post'] as const),
    summary: SafeText({ minLength: 1, maxLength: 20_000 }),
  },
  { additionalProperties: false },
);
const AdviceBody = Type.Object(
  { text: SafeText({ minLength: 1, maxLength: 20_000 }) },
  { additionalProperties: false },
);
const CloseBody = Type.Object(
  { note: Type.Optional(SafeText({ minLength: 1, maxLength: 20_000 })) },
  { additionalProperties: false },
);
const Open = Type.Object(
  { id: Type.String() },
  { additionalProperties: true, description: 'The dossier, opened (content in clear).' },
);

const isDossierId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(value);

export const readerOf = (actor: Actor): Reader => ({
  id: actor.username ?? actor.subject,
  name: actor.name,
});

/**
 * The vertrouwensinspecteurs' dossiers. Every route, lists and searches
 * included, needs the role vertrouwensinspecteur (any other token gets 403),
 * and every read is recorded with who and why.
 */
@Controller('vertrouwensdossiers')
export class VertrouwensdossiersController {
  constructor(private readonly dossiers: VertrouwensDossiers) {}

  @Get()
  @RequirePermission('vertrouwensdossiers.read')
  @Api({
    summary: "The vertrouwensinspecteurs' queue and search (a recorded read)",
    tags: ['vertrouwensdossiers'],
    query: ListQuery,
    headers: ReasonHeaders,
    responses: { 200: PageSchema(Type.Object({ id: Type.String() })) },
  })
  async list(
    @Valid('query')
    q: { status?: 'open' | 'gesloten'; brin?: string; category?: string } & PagingInput,
    @Valid('headers') h: { 'x-reason': string },
    @CurrentActor() actor: Actor,
    @Req() req: Request,
  ) {
    const paging = pagingOf(q, isDossierId);
    const filter = {
      ...(q.status ? { status: q.status } : {}),
      ...(q.brin ? { brin: q.brin } : {}),
      ...(q.category ? { category: q.category } : {}),
      ...(paging.after !== undefined ? { after: paging.after } : {}),
    };
    const found = await this.dossiers.list(
      filter,
      paging.limit + 1,
      readerOf(actor),
      h['x-reason'],
    );
    return pageOf(found, paging, req, (d) => d.id);
  }

  @Get(':id')
  @RequirePermission('vertrouwensdossiers.read')
  @Api({
    summary: 'A vertrouwensdossier, opened (a recorded read)',
    tags: ['vertrouwensdossiers'],
    params: CasePath,
    headers: ReasonHeaders,
    responses: { 200: Open },
  })
  get(
    @Valid('params') p: { id: string },
    @Valid('headers') h: { 'x-reason': string },
    @CurrentActor() actor: Actor,
  ) {
    return this.dossiers.get(p.id, readerOf(actor), h['x-reason']);
  }

  @Get(':id/reads')
  @RequirePermission('vertrouwensdossiers.read')
  @Api({
    summary: 'Who read a vertrouwensdossier, when and why (itself a recorded read)',
    tags: ['vertrouwensdossiers'],
    params: CasePath,
    headers: ReasonHeaders,
    responses: { 200: Type.Object({ id: Type.String(), entries: Type.Array(Type.Unknown()) }) },
  })
  async reads(
    @Valid('params') p: { id: string },
    @Valid('headers') h: { 'x-reason': string },
    @CurrentActor() actor: Actor,
  ) {
    return { id: p.id, entries: await this.dossiers.readsOf(p.id, readerOf(actor), h['x-reason']) };
  }

  @Post(':id/contacts')
  @HttpCode(204)
  @RequirePermission('vertrouwensdossiers.work')
  @Api({
    summary: 'Log a contact with the reporter (sealed)',
    tags: ['vertrouwensdossiers'],
    params: CasePath,
    body: ContactBody,
    responses: { 204: { description: 'Logged' } },
  })
  async contact(
    @Valid('params') p: { id: string },
    @Valid('body') b: { at: string; channel: string; summary: string },
    @CurrentActor() actor: Actor,
  ) {
    await this.dossiers.addContact(p.id, b, readerOf(actor));
  }

  @Post(':id/advice')
  @HttpCode(204)
  @RequirePermission('vertrouwensdossiers.work')
  @Api({
    summary: 'Record advice given (sealed)',
    tags: ['vertrouwensdossiers'],
    params: CasePath,
    body: AdviceBody,
    responses: { 204: { description: 'Recorded' } },
  })
  async advice(
    @Valid('params') p: { id: string },
    @Valid('body') b: { text: string },
    @CurrentActor() actor: Actor,
  ) {
    await this.dossiers.addAdvice(p.id, b.text, readerOf(actor));
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission('vertrouwensdossiers.work')
  @Api({
    summary: 'Close a vertrouwensdossier; its retention term starts',
    tags: ['vertrouwensdossiers'],
    params: CasePath,
    body: CloseBody,
    responses: { 200: Type.Object({ destroyOn: Type.String({ format: 'date' }) }) },
  })
  close(
    @Valid('params') p: { id: string },
    @Valid('body') b: { note?: string },
    @CurrentActor() actor: Actor,
  ) {
    return this.dossiers.close(p.id, b.note ?? null, readerOf(actor));
  }
}
