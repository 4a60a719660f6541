import { Controller, HttpCode, Post } from '@nestjs/common';
import { RequirePermission, type Actor, actorLabel, CurrentActor } from '@inspectorate/auth';
import { Api, Valid } from '@inspectorate/http';
import type { Static } from '@sinclair/typebox';
import { KoPath } from '../kwaliteitsonderzoek/schemas';
import { DecideHandmatigeAnalyse } from './decide.usecase';
import { BesluitAnswer, BesluitBody } from './schemas';

/** The analyst's decision on a handmatige analyse (the cases themselves are read through /cases). */
@Controller('handmatige-analyses')
export class HandmatigeAnalyseController {
  constructor(private readonly decider: DecideHandmatigeAnalyse) {}

  @Post(':id/besluit')
  @HttpCode(201)
  @RequirePermission('handmatige-analyse.decide')
  @Api({
    summary:
      'Decide what follows a handmatige analyse: geen vervolg, gesprek met het bestuur, an onderzoek',
    tags: ['handmatige-analyse'],
    params: KoPath,
    body: BesluitBody,
    responses: { 201: BesluitAnswer },
  })
  decide(
    @Valid('params') p: { id: string },
    @Valid('body') b: Static<typeof BesluitBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.decider.decide(p.id, b.uitkomst, b.motivering, actorLabel(actor));
  }
}
