import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { RequirePermission, type Actor, actorLabel, CurrentActor } from '@inspectorate/auth';
import { Api, type ApiSpec, Valid } from '@inspectorate/http';
import type { Static, TSchema } from '@sinclair/typebox';
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
const route = (summary: string, body: TSchema, responses: ApiSpec['responses']) =>
  Api({ summary, tags: ['klachten'], params: KlachtPath, body, responses });

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

  @Post(':id/aanvulling')
  @RequirePermission('klachten.intake')
  @HttpCode(200)
  @route('Register the completion of an incomplete klaagschrift', CompletionBody, { 200: Anything })
  async complete(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof CompletionBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.intake.complete(p.id, b, actorLabel(actor));
  }

  @Post(':id/verdaging')
  @RequirePermission('klachten.handle')
  @HttpCode(201)
  @route(
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

  @Post(':id/uitstel')
  @RequirePermission('klachten.handle')
  @HttpCode(201)
  @route(
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

  @Post(':id/hoorzitting')
  @RequirePermission('klachten.handle')
  @HttpCode(204)
  @route('Schedule the hearing (Awb 9:10)', HearingBody, done('Scheduled'))
  async hearing(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof HearingBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.handling.scheduleHearing(p.id, b.on, actorLabel(actor));
  }

  @Post(':id/hoorzitting/verslag')
  @RequirePermission('klachten.handle')
  @HttpCode(204)
  @route('Attach the report of the hearing', HearingReportBody, done('Attached'))
  async hearingReport(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof HearingReportBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.handling.hearingReport(p.id, b, actorLabel(actor));
  }

  @Post(':id/horen-achterwege')
  @RequirePermission('klachten.handle')
  @HttpCode(204)
  @route('Record why the complainant is not heard (Awb 9:10(2))', SkipHearingBody, done('Recorded'))
  async skipHearing(
    @Valid('params') p: Path,
    @Valid('body') b: Static<typeof SkipHearingBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.handling.skipHearing(p.id, b, actorLabel(actor));
  }

  @Post(':id/afhandeling')
  @RequirePermission('klachten.handle')
  @HttpCode(204)
  @route(
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

  @Post(':id/intrekking')
  @RequirePermission('klachten.handle')
  @HttpCode(204)
  @route(
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
