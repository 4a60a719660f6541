import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { RequirePermission, type Actor, actorLabel, CurrentActor } from '@inspectorate/auth';
import { Api, Valid } from '@inspectorate/http';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { newEventId } from '@inspectorate/contracts';
import type { Static } from '@sinclair/typebox';
import { flowCommands } from '../flow-command';
import { KaderCatalogue } from './kader';
import { OpenHerstelonderzoek } from './herstelonderzoek.usecase';
import { OpenKwaliteitsonderzoek } from './open.usecase';
import { KwaliteitsRapport } from './report.usecase';
import { KWALITEITSONDERZOEK } from './rules';
import {
  AdoptBody,
  Anything,
  ConceptBody,
  KaderQuery,
  KoPath,
  OordelenBody,
  OpenBody,
  ZienswijzeBody,
} from './schemas';

type Path = { id: string };
const command = flowCommands({ tag: 'kwaliteitsonderzoek', params: KoPath });

/** Kwaliteitsonderzoeken: opening, judgments per standard, conceptrapport, zienswijze, vaststellen. */
@Controller()
export class KwaliteitsonderzoekController {
  constructor(
    private readonly opener: OpenKwaliteitsonderzoek,
    private readonly herstel: OpenHerstelonderzoek,
    private readonly rapport: KwaliteitsRapport,
    private readonly kaders: KaderCatalogue,
    private readonly clock: Clock,
  ) {}

  @Post('kwaliteitsonderzoeken')
  @HttpCode(201)
  @RequirePermission('kwaliteitsonderzoek.open')
  @Api({
    summary: 'Open a kwaliteitsonderzoek by hand',
    tags: ['kwaliteitsonderzoek'],
    body: OpenBody,
    responses: { 201: Anything },
  })
  async open(@Valid('body') b: Static<typeof OpenBody>, @CurrentActor() actor: Actor) {
    // A herstelonderzoek is linked to the investigation it follows up (and checks the link).
    if (b.aanleiding === 'herstelonderzoek' || b.follows)
      return this.herstel.open(b, actorLabel(actor));
    return this.opener.open(b, actorLabel(actor), `${KWALITEITSONDERZOEK}:${newEventId()}`);
  }

  @command(
    'kwaliteitsonderzoeken/:id/oordelen',
    'kwaliteitsonderzoek.work',
    'Judge standards (per afdeling in vo)',
    OordelenBody,
  )
  async judge(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof OordelenBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.rapport.judge(
      p.id,
      b.oordelen.map((o) => ({
        afdeling: o.afdeling ?? null,
        standaard: o.standaard,
        oordeel: o.oordeel,
      })),
      actorLabel(actor),
    );
  }

  @command(
    'kwaliteitsonderzoeken/:id/conceptrapport',
    'kwaliteitsonderzoek.work',
    'Send the conceptrapport to the board (hoor en wederhoor)',
    ConceptBody,
  )
  async concept(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof ConceptBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.rapport.concept(p.id, b, actorLabel(actor));
  }

  @command(
    'kwaliteitsonderzoeken/:id/zienswijze',
    'kwaliteitsonderzoek.work',
    "Register the board's zienswijze within its term",
    ZienswijzeBody,
  )
  async zienswijze(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof ZienswijzeBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.rapport.zienswijze(p.id, b.text, b.receivedOn, actorLabel(actor));
  }

  @command(
    'kwaliteitsonderzoeken/:id/vaststellen',
    'kwaliteitsonderzoek.work',
    'Vaststellen: the report, RapportVastgesteld, herstelopdrachten, verscherpt toezicht',
    AdoptBody,
  )
  async adopt(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof AdoptBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.rapport.adopt(p.id, b, actorLabel(actor));
  }

  /** The kader that applies to a sector on a day (today when left out). */
  @Get('onderzoekskaders')
  @RequirePermission('onderzoekskader.read')
  @Api({
    summary: 'The onderzoekskader of a sector on a day',
    tags: ['kwaliteitsonderzoek'],
    query: KaderQuery,
    responses: { 200: Anything },
  })
  kader(@Valid('query') q: { sector: string; on?: string }) {
    return this.kaders.forSector(q.sector, q.on ?? amsterdamDate(this.clock.now()));
  }
}
