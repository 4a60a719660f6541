import {
  BadRequestException,
  Controller,
  Get,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import type { Filter } from 'mongodb';
import { attachmentFileName, attachmentPdf, letterFileName, letterPdf } from '../domain/pdf';
import { letterPlainText } from '../domain/letter';
import {
  type InboxItemDoc,
  InboxStore,
  LETTER_STATES,
  type LetterDoc,
  type LetterState,
  LettersStore,
} from '../persistence/letters.store';
import { ResendLetterUseCase } from '../usecases/resend-letter.usecase';
import { BOARD_NUMBER, BRIN, CASE_ID, KENMERK, param, paging } from './validation';

const summary = (l: LetterDoc) => ({
  kenmerk: l.kenmerk,
  requestId: l.requestId,
  caseId: l.caseId,
  template: l.template,
  templateVersion: l.templateVersion,
  bevoegdGezagNummer: l.bevoegdGezagNummer,
  brin: l.brin,
  vestigingCode: l.vestigingCode,
  issuedAt: l.issuedAt.toISOString(),
  state: l.state,
  blockedReason: l.blockedReason,
  warnings: l.warnings,
  mail: l.mail,
  portal: l.portal,
});

const inboxView = (i: InboxItemDoc) => ({
  kenmerk: i.kenmerk,
  caseId: i.caseId,
  subject: i.subject,
  template: i.template,
  afschrift: i.afschrift,
  files: i.files.map((name, n) => ({
    name,
    href: n === 0 ? `/letters/${i.kenmerk}/pdf` : `/letters/${i.kenmerk}/attachments/${n}/pdf`,
  })),
  deliveredAt: i.deliveredAt.toISOString(),
});

/** Issued letters (for operators: blocked and failed ones, resend) and the ISD inboxes. */
@Controller()
export class LettersController {
  constructor(
    private readonly letters: LettersStore,
    private readonly inbox: InboxStore,
    private readonly resendLetter: ResendLetterUseCase,
  ) {}

  @Get('letters')
  async list(
    @Query('state') state?: string,
    @Query('caseId') caseId?: string,
    @Query('bevoegdGezagNummer') board?: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ) {
    const filter: Filter<LetterDoc> = {};
    if (state !== undefined) {
      if (!(LETTER_STATES as readonly string[]).includes(state)) {
        throw new BadRequestException({
          error: 'invalid-request',
          message: `state '${state}' is not one of ${LETTER_STATES.join(', ')}`,
        });
      }
      filter.state = state as LetterState;
    }
    if (caseId !== undefined) filter.caseId = param(caseId, 'caseId', CASE_ID, 'a case id');
    if (board !== undefined) {
      filter.bevoegdGezagNummer = param(board, 'bevoegdGezagNummer', BOARD_NUMBER, '41234');
    }
    const page = paging(limit, offset);
    const letters = await this.letters.list(filter, page.limit, page.skip);
    return { letters: letters.map(summary), limit: page.limit, offset: page.skip };
  }

  @Get('letters/:kenmerk')
  async get(@Param('kenmerk') kenmerk: string) {
    const letter = await this.find(kenmerk);
    return {
      ...summary(letter),
      text: letter.text,
      plainText: letterPlainText(letter.text),
      attachments: letter.attachments,
      history: letter.history,
    };
  }

  @Get('letters/:kenmerk/pdf')
  async pdf(@Param('kenmerk') kenmerk: string, @Res() res: Response): Promise<void> {
    const letter = await this.find(kenmerk);
    sendPdf(res, letterFileName(letter.kenmerk), await letterPdf(letter.text));
  }

  /** Attachment n (1-based, as in the inbox's file list). */
  @Get('letters/:kenmerk/attachments/:n/pdf')
  async attachment(
    @Param('kenmerk') kenmerk: string,
    @Param('n') n: string,
    @Res() res: Response,
  ): Promise<void> {
    const letter = await this.find(kenmerk);
    const index = Number(n) - 1;
    const attachment = Number.isInteger(index) ? letter.attachments[index] : undefined;
    if (!attachment) throw new NotFoundException(`letter ${kenmerk} has no attachment ${n}`);
    sendPdf(res, attachmentFileName(kenmerk, index), await attachmentPdf(attachment, kenmerk));
  }

  @Post('letters/:kenmerk/resend')
  @HttpCode(202)
  async resend(@Param('kenmerk') kenmerk: string, @Headers('x-actor') actor?: string) {
    param(kenmerk, 'kenmerk', KENMERK, '2026-0000123');
    return summary(await this.resendLetter.execute(kenmerk, actor?.trim() || 'operator'));
  }

  @Get('inbox/board/:nummer')
  async boardInbox(
    @Param('nummer') nummer: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ) {
    param(nummer, 'bevoegd gezag nummer', BOARD_NUMBER, '41234');
    const page = paging(limit, offset);
    return {
      items: (await this.inbox.list('board', nummer, page.limit, page.skip)).map(inboxView),
    };
  }

  @Get('inbox/school/:brin')
  async schoolInbox(
    @Param('brin') brin: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ) {
    param(brin, 'BRIN', BRIN, '12AB');
    const page = paging(limit, offset);
    return { items: (await this.inbox.list('school', brin, page.limit, page.skip)).map(inboxView) };
  }

  private async find(kenmerk: string): Promise<LetterDoc> {
    param(kenmerk, 'kenmerk', KENMERK, '2026-0000123');
    const letter = await this.letters.byKenmerk(kenmerk);
    if (!letter) throw new NotFoundException(`there is no letter with kenmerk ${kenmerk}`);
    return letter;
  }
}

function sendPdf(res: Response, filename: string, pdf: Buffer): void {
  res.setHeader('content-type', 'application/pdf');
  res.setHeader('content-disposition', `inline; filename="${filename}"`);
  res.end(pdf);
}
