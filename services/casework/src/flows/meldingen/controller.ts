import { Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { type Actor, CurrentActor, RequirePermission } from '@inspectorate/auth';
import { StringEnum } from '@inspectorate/contracts';
import {
  Api,
  BrinParam,
  Email,
  SafeLine,
  SafeText,
  Valid,
  VestigingCodeParam,
  badRequest,
  describeProblems,
} from '@inspectorate/http';
import { Clock } from '@inspectorate/scheduling';
import { readerOf } from '../vertrouwensdossiers/controller';
import {
  CHANNELS,
  MELDING_CATEGORIES,
  type MeldingInput,
  REPORTER_KINDS,
  meldingProblems,
} from './melding';
import { IdempotentMeldingen } from './idempotency';
import { RegisterMelding } from './register-melding.usecase';

const Phone = Type.String({
  pattern: '^\\+?[0-9][0-9 -]{5,18}[0-9]$',
  'x-why': 'is not a phone number (digits, spaces and dashes, optionally starting with +)',
});
export const MeldingBody = Type.Object(
  {
    channel: StringEnum(CHANNELS, { description: 'How the melding came in.' }),
    receivedAt: Type.String({
      format: 'date-time',
      description: 'When it came in (RFC 3339).',
      'x-why': 'must be a date and time (RFC 3339), e.g. 2026-03-02T10:15:00+01:00',
    }),
    reporter: Type.Object(
      {
        kind: StringEnum(REPORTER_KINDS, { description: 'Who reports.' }),
        contact: Type.Optional(
          Type.Object(
            {
              name: Type.Optional(SafeLine({ minLength: 1, maxLength: 200 })),
              email: Type.Optional(Email),
              phone: Type.Optional(Phone),
            },
            {
              additionalProperties: false,
              description: 'Optional; an e-mail address gets an acknowledgement by mail.',
            },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    school: Type.Object(
      { brin: Type.Optional(BrinParam), vestigingCode: Type.Optional(VestigingCodeParam) },
      { additionalProperties: false, description: 'The school, or one of its vestigingen.' },
    ),
    category: StringEnum(MELDING_CATEGORIES, {
      description:
        'What it is about. The social-safety categories go to the vertrouwensinspecteurs.',
    }),
    text: SafeText({ minLength: 1, maxLength: 20_000, description: 'What the reporter told.' }),
  },
  { additionalProperties: false },
);
const Answer = Type.Union([
  Type.Object({
    outcome: Type.Literal('signaal'),
    caseId: Type.String(),
    acknowledgement: StringEnum(['mail', 'none'] as const),
  }),
  Type.Object({
    outcome: Type.Literal('vertrouwensdossier'),
    queue: Type.Literal('vertrouwensinspecteurs'),
  }),
]);

const IdempotencyHeader = Type.Object({
  'Idempotency-Key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 255,
      description:
        'A key of your own (a UUID) per melding: send it again with the same body when you got no answer, and the melding is registered once.',
    }),
  ),
});

/** Klantcontact registers meldingen (a phone call, the contact form, a mail, a letter). */
@Controller('meldingen')
export class MeldingenController {
  constructor(
    private readonly register: RegisterMelding,
    private readonly idempotent: IdempotentMeldingen,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('cases.meldingen.create')
  @Api({
    summary: 'Register a melding about a school',
    tags: ['meldingen'],
    description:
      'With an `Idempotency-Key` header a client may send the request again after it got no answer (a timeout, a 502): the same key with the same body gives the same answer and registers nothing more, on any replica; the same key with another body is a 422.',
    headers: IdempotencyHeader,
    body: MeldingBody,
    responses: {
      201: Answer,
      422: { description: 'The Idempotency-Key was sent before with another body.' },
    },
  })
  async create(
    @Valid('body') b: MeldingInput,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') key: string | undefined,
  ) {
    const problems = meldingProblems(b, this.clock.now());
    if (problems.length > 0) throw badRequest(describeProblems(problems), problems);
    if (key === undefined) return this.register.execute(b, readerOf(actor));
    const claimed = await this.idempotent.claim(actor.subject, key, b);
    if (claimed.answer) return claimed.answer;
    const answer = await this.register.execute(b, readerOf(actor), claimed.resourceId);
    await this.idempotent.remember(claimed, answer);
    return answer;
  }
}
