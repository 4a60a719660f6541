import { Controller, Delete, Get, Put, Res, UseGuards } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { Api, Valid } from '@inspectorate/http';
import { Clock } from '@inspectorate/scheduling';
import type { Response } from 'express';
import {
  ActorHeader,
  ConsentPath,
  ConsentView,
  SchooljaarQuery,
  checkConsentWindow,
} from '../http/schemas';
import {
  type AuthenticatedProvider,
  CurrentProvider,
  ProviderAuthGuard,
} from '../providers/provider-auth.guard';
import { ConsentsService } from './consents.service';

interface ConsentParams {
  schooljaar: string;
  vestigingCode: string;
  providerId: string;
}

/**
 * A school gives a provider the order or permission to deliver its results.
 * INTERNAL: the gateway calls these on behalf of the school (X-Actor names
 * the person); they carry no authentication of their own.
 */
@Controller('consents')
export class ConsentsController {
  constructor(
    private readonly consents: ConsentsService,
    private readonly clock: Clock,
  ) {}

  /** Grant (idempotent: 201 when it changed, 200 when it was granted already). */
  @Put(':schooljaar/:vestigingCode/:providerId')
  @Api({
    summary: 'Grant a provider consent to deliver for a vestiging (201 new, 200 already granted)',
    tags: ['consents'],
    params: ConsentPath,
    headers: ActorHeader,
    responses: { 200: ConsentView, 201: ConsentView },
  })
  async grant(
    @Valid('params') p: ConsentParams,
    @Valid('headers') headers: { 'x-actor': string },
    @Res({ passthrough: true }) res: Response,
  ) {
    checkConsentWindow(p.schooljaar, this.clock);
    const outcome = await this.consents.grant(
      p.schooljaar,
      p.vestigingCode,
      p.providerId,
      headers['x-actor'].trim(),
    );
    res.status(outcome.changed ? 201 : 200);
    return outcome.consent;
  }

  @Delete(':schooljaar/:vestigingCode/:providerId')
  @Api({
    summary: 'Withdraw a consent',
    tags: ['consents'],
    params: ConsentPath,
    headers: ActorHeader,
    responses: { 200: ConsentView },
  })
  async withdraw(
    @Valid('params') p: ConsentParams,
    @Valid('headers') headers: { 'x-actor': string },
  ) {
    checkConsentWindow(p.schooljaar, this.clock);
    return (
      await this.consents.withdraw(
        p.schooljaar,
        p.vestigingCode,
        p.providerId,
        headers['x-actor'].trim(),
      )
    ).consent;
  }
}

/** What a provider may see of consents: only those given to it. */
@Controller('provider/consents')
@UseGuards(ProviderAuthGuard)
export class ProviderConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @Api({
    summary: 'The consents given to the calling provider',
    tags: ['provider'],
    query: SchooljaarQuery,
    responses: { 200: Type.Object({ consents: Type.Array(ConsentView) }) },
  })
  async mine(
    @CurrentProvider() provider: AuthenticatedProvider,
    @Valid('query') query: { schooljaar?: string },
  ) {
    return { consents: await this.consents.ofProvider(provider.providerId, query.schooljaar) };
  }
}
