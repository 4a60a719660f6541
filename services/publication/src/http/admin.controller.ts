import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { RequirePermission } from '@inspectorate/auth';
import { Api, NotFoundError, type PagingInput, Valid, pageOf, pagingOf } from '@inspectorate/http';
import type { Request } from 'express';
import type { ItemDoc, ItemStatus } from '../items/item.doc';
import { ItemsService } from '../items/items.service';
import { actorName } from './actor';
import {
  AdminItem,
  AdminItemPage,
  ItemPath,
  OptionalReasonBody,
  ReasonBody,
  ReviewQuery,
  StatusQuery,
} from './schemas';

const isKey = (v: unknown): v is string => typeof v === 'string';

export function adminView(d: ItemDoc) {
  return {
    itemId: d._id,
    kind: d.kind,
    dataset: d.dataset,
    status: d.status,
    publishOn: d.publishOn,
    publicVersion: d.publicVersion,
    published: d.published,
    hold: d.hold,
    withdrawal: d.withdrawal,
    review: d.review,
  };
}

/** The beheerder's side (publication.manage): every item's state, hold and withdrawal, and the review queue of the gate. */
@Controller()
@RequirePermission('publication.manage')
export class AdminController {
  constructor(private readonly items: ItemsService) {}

  @Get('items')
  @Api({
    summary: 'Items in a status (scheduled, held, in-review, published, withdrawn, rejected)',
    tags: ['beheer'],
    query: StatusQuery,
    responses: { 200: AdminItemPage },
  })
  async list(@Valid('query') q: { status: ItemStatus } & PagingInput, @Req() req: Request) {
    const paging = pagingOf(q, isKey);
    const docs = await this.items.byStatus(q.status, paging.after, paging.limit + 1);
    return pageOf(docs.map(adminView), paging, req, (i) => i.itemId);
  }

  @Get('items/:itemId')
  @Api({
    summary: "An item's state",
    tags: ['beheer'],
    params: ItemPath,
    responses: { 200: AdminItem },
  })
  async get(@Valid('params') p: { itemId: string }) {
    const doc = await this.items.get(p.itemId);
    if (!doc) throw new NotFoundError(`no item ${p.itemId}`);
    return adminView(doc);
  }

  @Post('items/:itemId/hold')
  @HttpCode(200)
  @Api({
    summary: 'Hold an item before its publication date',
    tags: ['beheer'],
    params: ItemPath,
    body: ReasonBody,
    responses: { 200: AdminItem },
  })
  async hold(
    @Valid('params') p: { itemId: string },
    @Valid('body') b: { reason: string },
    @Req() req: Request,
  ) {
    return adminView(await this.items.hold(p.itemId, actorName(req), b.reason));
  }

  @Post('items/:itemId/release-hold')
  @HttpCode(200)
  @Api({
    summary: 'Lift a hold (published at once when its date has passed)',
    tags: ['beheer'],
    params: ItemPath,
    responses: { 200: AdminItem },
  })
  async releaseHold(@Valid('params') p: { itemId: string }, @Req() req: Request) {
    return adminView(await this.items.releaseHold(p.itemId, actorName(req)));
  }

  @Post('items/:itemId/withdraw')
  @HttpCode(200)
  @Api({
    summary:
      'Withdraw an item from every channel (PublicationWithdrawn); the reason becomes public',
    tags: ['beheer'],
    params: ItemPath,
    body: ReasonBody,
    responses: { 200: AdminItem },
  })
  async withdraw(
    @Valid('params') p: { itemId: string },
    @Valid('body') b: { reason: string },
    @Req() req: Request,
  ) {
    return adminView(await this.items.withdraw(p.itemId, actorName(req), b.reason));
  }

  @Get('review')
  @Api({
    summary: 'The review queue: items the personal-data gate stopped, with what it found',
    tags: ['beheer'],
    query: ReviewQuery,
    responses: { 200: AdminItemPage },
  })
  async review(@Valid('query') q: PagingInput, @Req() req: Request) {
    const paging = pagingOf(q, isKey);
    const docs = await this.items.byStatus('in-review', paging.after, paging.limit + 1);
    return pageOf(docs.map(adminView), paging, req, (i) => i.itemId);
  }

  @Post('review/:itemId/release')
  @HttpCode(200)
  @Api({
    summary: 'Release a reviewed item: no personal data after all; it is published as it is',
    tags: ['beheer'],
    params: ItemPath,
    body: OptionalReasonBody,
    bodyOptional: true,
    responses: { 200: AdminItem },
  })
  async release(
    @Valid('params') p: { itemId: string },
    @Valid('body') b: { reason?: string },
    @Req() req: Request,
  ) {
    return adminView(
      await this.items.decideReview(p.itemId, actorName(req), 'released', b.reason ?? null),
    );
  }

  @Post('review/:itemId/reject')
  @HttpCode(200)
  @Api({
    summary:
      'Reject a reviewed item: it is never published (the source must send a corrected version)',
    tags: ['beheer'],
    params: ItemPath,
    body: ReasonBody,
    responses: { 200: AdminItem },
  })
  async reject(
    @Valid('params') p: { itemId: string },
    @Valid('body') b: { reason: string },
    @Req() req: Request,
  ) {
    return adminView(await this.items.decideReview(p.itemId, actorName(req), 'rejected', b.reason));
  }
}
