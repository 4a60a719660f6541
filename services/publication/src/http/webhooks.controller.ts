import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  type Actor,
  CurrentActor,
  RequirePermission,
  Roles,
  actorLabel,
  isAllowed,
} from '@inspectorate/auth';
import { Api, ForbiddenError, type PagingInput, Valid, pageOf, pagingOf } from '@inspectorate/http';
import type { Request } from 'express';
import {
  type NewSubscription,
  type Scope,
  SubscriptionsService,
} from '../webhooks/subscriptions.service';
import type { DeliveryDoc, SubscriptionDoc } from '../webhooks/webhook.docs';
import {
  DeliveryPage,
  DisableBody,
  NewSubscriptionBody,
  RegisteredAnswer,
  ReplayAnswer,
  ReplayBody,
  SubscriptionAnswer,
  SubscriptionPage,
  SubscriptionPath,
} from './webhook.schemas';

const isId = (v: unknown): v is string => typeof v === 'string';
const isSeq = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** What a beheerder sees of a subscription: everything but its secrets. */
export function subscriptionView(s: SubscriptionDoc) {
  return {
    subscriptionId: s._id,
    url: s.url,
    description: s.description,
    contactEmail: s.contactEmail,
    owner: s.owner ?? null,
    filter: s.filter,
    status: s.status,
    disabled: s.disabled ? { at: s.disabled.at.toISOString(), reason: s.disabled.reason } : null,
    createdAt: s.createdAt.toISOString(),
    createdBy: s.createdBy,
    secretRotatesOutAt: s.secrets.find((x) => x.until)?.until?.toISOString() ?? null,
  };
}

const deliveryView = (d: DeliveryDoc) => ({
  webhookId: d.msgId,
  seq: d.seq,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
  log: d.log.map((l) => ({ ...l, at: l.at.toISOString() })),
});

/**
 * Whose subscriptions the caller manages (see Scope): a beheerder every one;
 * a partner system only its own, by its token's client id. A partner's person
 * logged in through the front end is refused: its client id is the front
 * end's, shared by everyone who logs in there, so it owns nothing.
 */
export function scopeOf(actor: Actor): Scope {
  if (isAllowed(actor, 'publication.manage')) return null;
  if (actor.kind === 'client' && actor.clientId) return actor.clientId;
  throw new ForbiddenError(
    'a partner manages its subscriptions as a system (client credentials), not as a person',
  );
}

/** Webhook subscriptions of external systems: a beheerder all, a partner system its own. */
@Controller('webhooks/subscriptions')
@RequirePermission('publication.manage')
@Roles('partner')
export class WebhooksController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @Api({
    summary: 'Register a subscriber URL; the answer holds its whsec_ secret, shown only this once',
    tags: ['webhooks'],
    body: NewSubscriptionBody,
    responses: { 201: RegisteredAnswer },
  })
  async register(@Valid('body') body: NewSubscription, @CurrentActor() actor: Actor) {
    const scope = scopeOf(actor);
    // A beheerder may register one for a partner (owner); a partner owns what it registers.
    if (scope !== null && body.owner !== undefined && body.owner !== scope)
      throw new ForbiddenError(
        'a partner registers subscriptions for itself only (leave owner out)',
      );
    const { subscription, secret } = await this.subscriptions.register(
      { ...body, ...(scope !== null ? { owner: scope } : {}) },
      actorLabel(actor),
    );
    return { ...subscriptionView(subscription), secret };
  }

  @Get()
  @Api({
    summary: 'The subscriptions',
    tags: ['webhooks'],
    query: SubscriptionPage.query,
    responses: { 200: SubscriptionPage.answer },
  })
  async list(@Valid('query') q: PagingInput, @Req() req: Request, @CurrentActor() actor: Actor) {
    const paging = pagingOf(q, isId);
    const docs = await this.subscriptions.list(paging.after, paging.limit + 1, scopeOf(actor));
    return pageOf(docs.map(subscriptionView), paging, req, (s) => s.subscriptionId);
  }

  @Get(':subscriptionId')
  @Api({
    summary: 'A subscription and its status (disabled: when and why)',
    tags: ['webhooks'],
    params: SubscriptionPath,
    responses: { 200: SubscriptionAnswer },
  })
  async get(@Valid('params') p: { subscriptionId: string }, @CurrentActor() actor: Actor) {
    return subscriptionView(await this.subscriptions.get(p.subscriptionId, scopeOf(actor)));
  }

  @Get(':subscriptionId/deliveries')
  @Api({
    summary: 'The delivery log: every message with its attempts, newest first',
    tags: ['webhooks'],
    params: SubscriptionPath,
    query: DeliveryPage.query,
    responses: { 200: DeliveryPage.answer },
  })
  async deliveries(
    @Valid('params') p: { subscriptionId: string },
    @Valid('query') q: PagingInput,
    @Req() req: Request,
    @CurrentActor() actor: Actor,
  ) {
    await this.subscriptions.get(p.subscriptionId, scopeOf(actor));
    const paging = pagingOf(q, isSeq);
    const docs = await this.subscriptions.deliveriesOf(
      p.subscriptionId,
      paging.after,
      paging.limit + 1,
    );
    return pageOf(docs.map(deliveryView), paging, req, (d) => d.seq);
  }

  @Post(':subscriptionId/rotate-secret')
  @HttpCode(200)
  @Api({
    summary: 'A new secret; the previous one also signs for another 24 hours',
    tags: ['webhooks'],
    params: SubscriptionPath,
    responses: { 200: RegisteredAnswer },
  })
  async rotate(@Valid('params') p: { subscriptionId: string }, @CurrentActor() actor: Actor) {
    const { subscription, secret } = await this.subscriptions.rotate(
      p.subscriptionId,
      scopeOf(actor),
    );
    return { ...subscriptionView(subscription), secret };
  }

  @Post(':subscriptionId/disable')
  @HttpCode(200)
  @Api({
    summary: 'Stop deliveries',
    tags: ['webhooks'],
    params: SubscriptionPath,
    body: DisableBody,
    responses: { 200: SubscriptionAnswer },
  })
  async disable(
    @Valid('params') p: { subscriptionId: string },
    @Valid('body') b: { reason: string },
    @CurrentActor() actor: Actor,
  ) {
    return subscriptionView(
      await this.subscriptions.disable(p.subscriptionId, b.reason, scopeOf(actor)),
    );
  }

  @Post(':subscriptionId/enable')
  @HttpCode(200)
  @Api({
    summary:
      'Deliver again: what failed while it was disabled is sent from the first attempt, then what followed',
    tags: ['webhooks'],
    params: SubscriptionPath,
    responses: { 200: SubscriptionAnswer },
  })
  async enable(@Valid('params') p: { subscriptionId: string }, @CurrentActor() actor: Actor) {
    return subscriptionView(await this.subscriptions.enable(p.subscriptionId, scopeOf(actor)));
  }

  @Post(':subscriptionId/replay')
  @HttpCode(202)
  @Api({
    summary: 'Send the changes of a time range again, as new messages',
    tags: ['webhooks'],
    params: SubscriptionPath,
    body: ReplayBody,
    responses: { 202: ReplayAnswer },
  })
  async replay(
    @Valid('params') p: { subscriptionId: string },
    @Valid('body') b: { from: string; to: string },
    @CurrentActor() actor: Actor,
  ) {
    return this.subscriptions.replay(
      p.subscriptionId,
      new Date(b.from),
      new Date(b.to),
      scopeOf(actor),
    );
  }
}
