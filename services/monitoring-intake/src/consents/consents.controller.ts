import { Controller, Delete, ForbiddenException, Get, Put, Res } from '@nestjs/common';
import { RequirePermission, TokenOrOwnCredential } from '@inspectorate/auth';
import { Type } from '@sinclair/typebox';
import { Api, Valid } from '@inspectorate/http';
import { Clock } from '@inspectorate/scheduling';
import type { Response } from 'express';
import { ConsentPath, ConsentView, SchooljaarQuery, checkConsentWindow } from '../http/schemas';
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
 * A school gives a provider the order or permission to deliver its results;
 * the provider records it (monitoring.own-consents), for itself only: the
 * provider in the path must be the caller. Who recorded it is the caller's
 * client (or API key), never a header it chose.
 */
@RequirePermission('monitoring.own-consents')
@TokenOrOwnCredential(ProviderAuthGuard)
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
    responses: { 200: ConsentView, 201: ConsentView },
  })
  async grant(
    @Valid('params') p: ConsentParams,
    @CurrentProvider() caller: AuthenticatedProvider,
    @Res({ passthrough: true }) res: Response,
  ) {
    ownConsent(p, caller);
    checkConsentWindow(p.schooljaar, this.clock);
    const outcome = await this.consents.grant(
      p.schooljaar,
      p.vestigingCode,
      p.providerId,
      caller.by,
    );
    res.status(outcome.changed ? 201 : 200);
    return outcome.consent;
  }

  @Delete(':schooljaar/:vestigingCode/:providerId')
  @Api({
    summary: 'Withdraw a consent',
    tags: ['consents'],
    params: ConsentPath,
    responses: { 200: ConsentView },
  })
  async withdraw(
    @Valid('params') p: ConsentParams,
    @CurrentProvider() caller: AuthenticatedProvider,
  ) {
    ownConsent(p, caller);
    checkConsentWindow(p.schooljaar, this.clock);
    return (await this.consents.withdraw(p.schooljaar, p.vestigingCode, p.providerId, caller.by))
      .consent;
  }
}

/** A provider touches only its own consents. */
function ownConsent(p: ConsentParams, caller: AuthenticatedProvider): void {
  if (p.providerId !== caller.providerId)
    throw new ForbiddenException({
      code: 'not-your-consent',
      message: `provider ${caller.providerId} cannot record consents for provider ${p.providerId}`,
    });
}

/** What a provider may see of consents: only those given to it. */
@RequirePermission('monitoring.own-consents')
@TokenOrOwnCredential(ProviderAuthGuard)
@Controller('provider/consents')
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
