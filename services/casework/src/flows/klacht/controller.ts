import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { RequirePermission, type Actor, actorLabel, CurrentActor } from '@inspectorate/auth';
import { Api, Valid } from '@inspectorate/http';
import type { Static } from '@sinclair/typebox';
import { flowCommands } from '../flow-command';
import type { Response } from 'express';
import { KlachtHandling } from './handling.usecase';
import { KlachtIntake } from './intake.usecase';
import { KlachtRegister, registerCsv } from './register';
import {
  AdjournBody,
  Anything,
  CompletionBody,
  ConsentBody,
  DecisionBody,
  HearingBody,
  HearingReportBody,
  KlachtPath,
  RegisterBody,
  RegisterQuery,
  Registered,
  SkipHearingBody,
  WithdrawBody,
} from './schemas';

type Path = { id: string };
const done = (description: string) => ({ 204: { description } });
/** A change to one complaint: its id in the path, who acts, a JSON body. */
const command = flowCommands({ tag: 'klachten', params: KlachtPath });

/** Complaints about the inspectorate (Awb hoofdstuk 9): intake, handling, and the yearly register. */
@Controller('klachten')
export class KlachtenController {
  constructor(
    private readonly intake: KlachtIntake,
    private readonly handling: KlachtHandling,
    private readonly register: KlachtRegister,
  ) {}

  /** A klaagschrift as received: checked against Awb 9:8 and 9:4, with the letter that follows. */
  @Post()
  @HttpCode(201)
  @RequirePermission('klachten.intake')
  @Api({
    summary: 'Register a complaint about the inspectorate',
    tags: ['klachten'],
    body: RegisterBody,
    responses: { 201: Registered },
  })
  async create(@Valid('body') b: Static<typeof RegisterBody>, @CurrentActor() actor: Actor) {
    const { reference, complainant, ...rest } = b;
    return this.intake.register(
      {
        ...rest,
        complainant: {
          name: complainant.name ?? null,
          addressLines: complainant.addressLines,
          email: complainant.email ?? null,
        },
        description: rest.description ?? null,
        datedOn: rest.datedOn ?? null,
        conductOn: rest.conductOn ?? null,
      },
      actorLabel(actor),
      reference,
    );
  }

  @command(
    ':id/aanvulling',
    'klachten.intake',
    'Register the completion of an incomplete klaagschrift',
    CompletionBody,
    { 200: Anything },
  )
  async complete(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof CompletionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.intake.complete(p.id, b, actorLabel(actor));
  }

  @command(
    ':id/verdaging',
    'klachten.handle',
    'Adjourn the decision once, by at most 4 weeks, with a letter (Awb 9:11(2))',
    AdjournBody,
    { 201: Anything },
  )
  async adjourn(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof AdjournBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handling.adjourn(p.id, b, actorLabel(actor));
  }

  @command(
    ':id/uitstel',
    'klachten.handle',
    "Delay the decision further with the complainant's recorded written consent",
    ConsentBody,
    { 201: Anything },
  )
  async delay(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof ConsentBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.handling.delayWithConsent(p.id, b, actorLabel(actor));
  }

  @command(
    ':id/hoorzitting',
    'klachten.handle',
    'Schedule the hearing (Awb 9:10)',
    HearingBody,
    done('Scheduled'),
  )
  async hearing(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof HearingBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.handling.scheduleHearing(p.id, b.on, actorLabel(actor));
  }

  @command(
    ':id/hoorzitting/verslag',
    'klachten.handle',
    'Attach the report of the hearing',
    HearingReportBody,
    done('Attached'),
  )
  async hearingReport(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof HearingReportBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.handling.hearingReport(p.id, b, actorLabel(actor));
  }

  @command(
    ':id/horen-achterwege',
    'klachten.handle',
    'Record why the complainant is not heard (Awb 9:10(2))',
    SkipHearingBody,
    done('Recorded'),
  )
  async skipHearing(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof SkipHearingBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.handling.skipHearing(p.id, b, actorLabel(actor));
  }

  @command(
    ':id/afhandeling',
    'klachten.handle',
    'Decide: the reasoned outcome, with its letter naming the Nationale ombudsman',
    DecisionBody,
    done('Decided'),
  )
  async decide(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof DecisionBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.handling.decide(p.id, b, actorLabel(actor));
  }

  @command(
    ':id/intrekking',
    'klachten.handle',
    'The complainant withdrew, or it was resolved to their satisfaction (Awb 9:5)',
    WithdrawBody,
    done('Closed'),
  )
  async withdraw(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof WithdrawBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.handling.withdraw(p.id, b.reason, actorLabel(actor));
  }

  /** The yearly register (Awb 9:12a): complaints received in a year by outcome and handling time. */
  @Get('register')
  @RequirePermission('klachten.report')
  @Api({
    summary: 'The yearly register of complaints',
    tags: ['klachten'],
    query: RegisterQuery,
    responses: { 200: Anything },
  })
  async registerJson(@Valid('query') q: { year: string }) {
    return this.register.forYear(Number(q.year));
  }

  @Get('register.csv')
  @RequirePermission('klachten.report')
  @Api({
    summary: 'The yearly register of complaints as CSV',
    tags: ['klachten'],
    query: RegisterQuery,
    responses: {
      200: { description: 'CSV: jaar, uitkomst, afhandeltermijn, aantal', contentType: 'text/csv' },
    },
  })
  async registerCsv(@Valid('query') q: { year: string }, @Res() res: Response): Promise<void> {
    const r = await this.register.forYear(Number(q.year));
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="klachtenregister-${r.year}.csv"`);
    res.end(registerCsv(r));
  }
}
