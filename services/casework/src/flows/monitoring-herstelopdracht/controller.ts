import { Controller, HttpCode, Post } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { type Actor, actorLabel, CurrentActor, RequirePermission } from '@inspectorate/auth';
import { Api, DateParam, SafeText, Valid } from '@inspectorate/http';
import { CasePath, Reason } from '../../engine/http/schemas';
import { HoorEnWederhoor } from './report.usecase';

/**
 * A zienswijze may be long (a board's full answer to a report, pasted in):
 * up to 100,000 characters, which in UTF-8 and JSON escaping is more than the
 * 100 kB every other route takes, so this route has its own body limit.
 */
export const ZIENSWIJZE_MAX_CHARS = 100_000;
export const ZIENSWIJZE_BODY_LIMIT = 1024 * 1024;

const ZienswijzeBody = Type.Object(
  {
    text: SafeText({ minLength: 1, maxLength: ZIENSWIJZE_MAX_CHARS }),
    receivedOn: DateParam,
  },
  { additionalProperties: false },
);
const AdoptBody = Type.Object({ reason: Reason }, { additionalProperties: false });

/**
 * What people do in the hoor en wederhoor of a monitoring bureauonderzoek
 * (cases.work; who acted is the verified token's actor).
 */
@RequirePermission('cases.work')
@Controller('cases')
export class HoorEnWederhoorController {
  constructor(private readonly hoor: HoorEnWederhoor) {}

  /** The board's zienswijze on the concept report (hoor en wederhoor), within its term. */
  @Post(':id/zienswijze')
  @HttpCode(204)
  @Api({
    summary: "Register the board's zienswijze on the concept report",
    tags: ['monitoring'],
    params: CasePath,
    body: ZienswijzeBody,
    bodyLimit: ZIENSWIJZE_BODY_LIMIT,
    responses: { 204: { description: 'Registered' } },
  })
  async zienswijze(
    @Valid('params') p: { id: string },
    @Valid('body') b: { text: string; receivedOn: string },
    @CurrentActor() actor: Actor,
  ) {
    await this.hoor.registerZienswijze(p.id, b.text, b.receivedOn, actorLabel(actor));
  }

  /** Adopt (vaststellen) the report before the zienswijze term ends, e.g. once the zienswijze is weighed. */
  @Post(':id/report/adopt')
  @HttpCode(204)
  @Api({
    summary: 'Adopt (vaststellen) the report',
    tags: ['monitoring'],
    params: CasePath,
    body: AdoptBody,
    responses: { 204: { description: 'Adopted' } },
  })
  async adopt(
    @Valid('params') p: { id: string },
    @Valid('body') b: { reason: string },
    @CurrentActor() actor: Actor,
  ) {
    await this.hoor.adopt(p.id, actorLabel(actor), b.reason);
  }
}
