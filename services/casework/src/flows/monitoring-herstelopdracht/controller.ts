import { Body, Controller, Headers, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { Reason } from '../../engine/http/cases.controller';
import { CaseworkErrorFilter, actorOf, parseBody } from '../../http';
import { HoorEnWederhoor } from './report.usecase';

const ZienswijzeBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 100_000 }),
    receivedOn: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
);
const AdoptBody = Type.Object({ reason: Reason }, { additionalProperties: false });

/** What people do in the hoor en wederhoor of a monitoring bureauonderzoek. */
@Controller('cases')
@UseFilters(CaseworkErrorFilter)
export class HoorEnWederhoorController {
  constructor(private readonly hoor: HoorEnWederhoor) {}

  /** The board's zienswijze on the concept report (hoor en wederhoor), within its term. */
  @Post(':id/zienswijze')
  @HttpCode(204)
  async zienswijze(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('x-actor') actor?: string,
  ) {
    const b = parseBody<{ text: string; receivedOn: string }>(ZienswijzeBody, body);
    await this.hoor.registerZienswijze(id, b.text, b.receivedOn, actorOf(actor));
  }

  /** Adopt (vaststellen) the report before the zienswijze term ends, e.g. once the zienswijze is weighed. */
  @Post(':id/report/adopt')
  @HttpCode(204)
  async adopt(@Param('id') id: string, @Body() body: unknown, @Headers('x-actor') actor?: string) {
    const b = parseBody<{ reason: string }>(AdoptBody, body);
    await this.hoor.adopt(id, actorOf(actor), b.reason);
  }
}
