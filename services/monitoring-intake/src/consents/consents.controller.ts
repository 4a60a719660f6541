import {
  Controller,
  Delete,
  Get,
  Headers,
  Param,
  Put,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { Response } from 'express';
import { actorOf, schooljaarParam, vestigingParam } from '../http/validation';
import {
  type AuthenticatedProvider,
  CurrentProvider,
  ProviderAuthGuard,
} from '../providers/provider-auth.guard';
import { ConsentsService } from './consents.service';

/**
 * A school gives a provider the order or permission to deliver its results.
 * INTERNAL: the gateway calls these on behalf of the school (X-Actor names
 * the person); they carry no authentication of their own.
 */
@Controller('consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  /** Grant (idempotent: 201 when it changed, 200 when it was granted already). */
  @Put(':schooljaar/:vestigingCode/:providerId')
  async grant(
    @Param('schooljaar') schooljaar: string,
    @Param('vestigingCode') vestigingCode: string,
    @Param('providerId') providerId: string,
    @Headers('x-actor') actor: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.consents.grant(
      schooljaarParam(schooljaar),
      vestigingParam(vestigingCode),
      providerId,
      actorOf(actor),
    );
    res.status(outcome.changed ? 201 : 200);
    return outcome.consent;
  }

  @Delete(':schooljaar/:vestigingCode/:providerId')
  async withdraw(
    @Param('schooljaar') schooljaar: string,
    @Param('vestigingCode') vestigingCode: string,
    @Param('providerId') providerId: string,
    @Headers('x-actor') actor: string | undefined,
  ) {
    return (
      await this.consents.withdraw(
        schooljaarParam(schooljaar),
        vestigingParam(vestigingCode),
        providerId,
        actorOf(actor),
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
  async mine(
    @CurrentProvider() provider: AuthenticatedProvider,
    @Query('schooljaar') schooljaar?: string,
  ) {
    return {
      consents: await this.consents.ofProvider(
        provider.providerId,
        schooljaar === undefined ? undefined : schooljaarParam(schooljaar),
      ),
    };
  }
}
