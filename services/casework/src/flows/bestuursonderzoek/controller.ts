import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { RequirePermission, type Actor, actorLabel, CurrentActor } from '@inspectorate/auth';
import { Api, Valid } from '@inspectorate/http';
import type { Static } from '@sinclair/typebox';
import { flowCommands } from '../flow-command';
import { KwaliteitsRapport } from '../kwaliteitsonderzoek/report.usecase';
import {
  AdoptBody,
  Anything,
  ConceptBody,
  KoPath,
  OordelenBody,
  ZienswijzeBody,
} from '../kwaliteitsonderzoek/schemas';
import { OpenBestuursonderzoek } from './open.usecase';
import { BestuursPlanning } from './planning.usecase';
import { BESTUURSONDERZOEK } from './rules';
import { OpenBestuursBody, PlanningQuery, VerificatieBody } from './schemas';

type Path = { id: string };
const command = flowCommands({ tag: 'bestuursonderzoek', params: KoPath });

/**
 * Bestuursonderzoeken: the four-yearly planning queue, opening, verificatie-
 * activiteiten at schools, and the report against the BKA standards (the
 * kwaliteitsonderzoek's report use case, for a board).
 */
@Controller('bestuursonderzoeken')
export class BestuursonderzoekController {
  constructor(
    private readonly planning: BestuursPlanning,
    private readonly opener: OpenBestuursonderzoek,
    private readonly rapport: KwaliteitsRapport,
  ) {}

  @Get('planning')
  @RequirePermission('cases.coordinators-queue')
  @Api({
    summary:
      'The boards whose four-yearly bestuursonderzoek is due in a year (overdue and risk first)',
    tags: ['bestuursonderzoek'],
    query: PlanningQuery,
    responses: { 200: Anything },
  })
  plan(@Valid('query') q: { year?: string }) {
    return this.planning.forYear(q.year ? Number(q.year) : undefined);
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('kwaliteitsonderzoek.open')
  @Api({
    summary: 'Open the bestuursonderzoek of a board (once per board per year)',
    tags: ['bestuursonderzoek'],
    body: OpenBestuursBody,
    responses: { 201: Anything },
  })
  open(@Valid('body') b: Static<typeof OpenBestuursBody>, @CurrentActor() actor: Actor) {
    return this.opener.open(b, actorLabel(actor));
  }

  @command(
    ':id/verificaties',
    'kwaliteitsonderzoek.work',
    'A verificatie-activiteit at a school of the board: a linked kwaliteitsonderzoek',
    VerificatieBody,
    {
      201: Anything,
    },
  )
  verificatie(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof VerificatieBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.opener.verificatie(p.id, b.vestigingCode, b.reason, actorLabel(actor));
  }

  @command(
    ':id/oordelen',
    'kwaliteitsonderzoek.work',
    'Judge the board standards (BKA)',
    OordelenBody,
  )
  async judge(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof OordelenBody>,
    @CurrentActor() actor: Actor,
  ) {
    const oordelen = b.oordelen.map((o) => ({
      afdeling: o.afdeling ?? null,
      standaard: o.standaard,
      oordeel: o.oordeel,
    }));
    await this.rapport.judge(p.id, oordelen, actorLabel(actor), BESTUURSONDERZOEK);
  }

  @command(
    ':id/conceptrapport',
    'kwaliteitsonderzoek.work',
    'Send the conceptrapport to the board (hoor en wederhoor)',
    ConceptBody,
  )
  async concept(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof ConceptBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.rapport.concept(p.id, b, actorLabel(actor), BESTUURSONDERZOEK);
  }

  @command(
    ':id/zienswijze',
    'kwaliteitsonderzoek.work',
    "Register the board's zienswijze within its term",
    ZienswijzeBody,
  )
  async zienswijze(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof ZienswijzeBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.rapport.zienswijze(p.id, b.text, b.receivedOn, actorLabel(actor), BESTUURSONDERZOEK);
  }

  @command(
    ':id/vaststellen',
    'kwaliteitsonderzoek.work',
    'Vaststellen: the report and vervolgtoezicht (herstelopdracht per Onvoldoende standard)',
    AdoptBody,
  )
  async adopt(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof AdoptBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.rapport.adopt(p.id, b, actorLabel(actor), BESTUURSONDERZOEK);
  }
}
