import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { RequirePermission } from '@inspectorate/auth';
import { Api, type PagingInput, Valid, pageOf, pagingOf } from '@inspectorate/http';
import type { Request } from 'express';
import { type NewSubscription, SubscriptionsService } from '../webhooks/subscriptions.service';
import type { DeliveryDoc, SubscriptionDoc } from '../webhooks/webhook.docs';
import { actorName } from './actor';
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

/** Webhook subscriptions of external systems (beheerder). */
@Controller('webhooks/subscriptions')
@RequirePermission('publication.manage')
export class WebhooksController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @Api({
    summary: 'Register a subscriber URL; the answer holds its whsec_ secret, shown only this once',
    tags: ['webhooks'],
    body: NewSubscriptionBody,
    responses: { 201: RegisteredAnswer },
  })
  async register(@Valid('body') body: NewSubscription, @Req() req: Request) {
    const { subscription, secret } = await this.subscriptions.register(body, actorName(req));
    return { ...subscriptionView(subscription), secret };
  }

  @Get()
  @Api({
    summary: 'The subscriptions',
    tags: ['webhooks'],
    query: SubscriptionPage.query,
    responses: { 200: SubscriptionPage.answer },
  })
  async list(@Valid('query') q: PagingInput, @Req() req: Request) {
    const paging = pagingOf(q, isId);
    const docs = await this.subscriptions.list(paging.after, paging.limit + 1);
    return pageOf(docs.map(subscriptionView), paging, req, (s) => s.subscriptionId);
  }

  @Get(':subscriptionId')
  @Api({
    summary: 'A subscription and its status (disabled: when and why)',
    tags: ['webhooks'],
    params: SubscriptionPath,
    responses: { 200: SubscriptionAnswer },
  })
  async get(@Valid('params') p: { subscriptionId: string }) {
    return subscriptionView(await this.subscriptions.get(p.subscriptionId));
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
  ) {
    await this.subscriptions.get(p.subscriptionId);
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
  async rotate(@Valid('params') p: { subscriptionId: string }) {
    const { subscription, secret } = await this.subscriptions.rotate(p.subscriptionId);
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
  ) {
    return subscriptionView(await this.subscriptions.disable(p.subscriptionId, b.reason));
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
  async enable(@Valid('params') p: { subscriptionId: string }) {
    return subscriptionView(await this.subscriptions.enable(p.subscriptionId));
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
  ) {
    return this.subscriptions.replay(p.subscriptionId, new Date(b.from), new Date(b.to));
  }
}
