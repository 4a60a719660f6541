import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  type Actor,
  actorLabel,
  BoardOfResource,
  boardsAllowed,
  CurrentActor,
  OwnBoard,
  RequirePermission,
} from '@inspectorate/auth';
import { Api, NotFoundError, type PagingInput, Valid, pageOf, pagingOf } from '@inspectorate/http';
import type { Request, Response } from 'express';
import type { Filter } from 'mongodb';
import { attachmentFileName, attachmentPdf, letterFileName, letterPdf } from '../domain/pdf';
import { letterPlainText } from '../domain/letter';
import {
  type InboxItemDoc,
  InboxStore,
  type LetterDoc,
  type LetterState,
  LettersStore,
  type ListCursor,
} from '../persistence/letters.store';
import { ResendLetterUseCase } from '../usecases/resend-letter.usecase';
import {
  AttachmentPath,
  BoardInboxPath,
  InboxPage,
  InboxQuery,
  KenmerkPath,
  LetterDetail,
  LetterPage,
  LetterSummary,
  LettersQuery,
  Pdf,
  SchoolInboxPath,
} from './schemas';

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

const PDF_ACCESS =
  "Whoever reads letters; a partner system only the letters in its own boards' inboxes (its token's `bevoegd_gezag`), and 404 letter-not-found for any other, as for a kenmerk that does not exist.";

const isCursor = (v: unknown): v is ListCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ListCursor).at === 'string' &&
  typeof (v as ListCursor).id === 'string';

/** Issued letters (for operators: blocked and failed ones, resend) and the ISD inboxes. */
@Controller()
export class LettersController {
  constructor(
    private readonly letters: LettersStore,
    private readonly inbox: InboxStore,
    private readonly resendLetter: ResendLetterUseCase,
  ) {}

  @RequirePermission('letters.read')
  @Get('letters')
  @Api({
    summary: 'Issued letters, newest first, by state, case or board',
    tags: ['letters'],
    query: LettersQuery,
    responses: { 200: LetterPage },
  })
  async list(
    @Valid('query')
    query: { state?: LetterState; caseId?: string; bevoegdGezagNummer?: string } & PagingInput,
    @Req() req: Request,
  ) {
    const filter: Filter<LetterDoc> = {};
    if (query.state !== undefined) filter.state = query.state;
    if (query.caseId !== undefined) filter.caseId = query.caseId;
    if (query.bevoegdGezagNummer !== undefined)
      filter.bevoegdGezagNummer = query.bevoegdGezagNummer;
    const paging = pagingOf(query, isCursor);
    const found = await this.letters.list(filter, paging.limit + 1, paging.after);
    const page = pageOf(found, paging, req, (l) => ({ at: l.issuedAt.toISOString(), id: l._id }));
    return { letters: page.items.map(summary), next: page.next };
  }

  @RequirePermission('letters.read')
  @Get('letters/:kenmerk')
  @Api({
    summary: 'One letter with its text, attachments and history',
    tags: ['letters'],
    params: KenmerkPath,
    responses: { 200: LetterDetail },
  })
  async get(@Valid('params') { kenmerk }: { kenmerk: string }) {
    const letter = await this.find(kenmerk);
    return {
      ...summary(letter),
      text: letter.text,
      plainText: letterPlainText(letter.text),
      attachments: letter.attachments,
      history: letter.history,
    };
  }

  // The files an inbox links to. A partner system holds letters.pdf only for
  // its own boards and the path names none: the letter must be in one of
  // their inboxes (pdfFor).
  @RequirePermission('letters.pdf')
  @BoardOfResource()
  @Get('letters/:kenmerk/pdf')
  @Api({
    summary: 'The letter as PDF',
    description: PDF_ACCESS,
    tags: ['letters'],
    params: KenmerkPath,
    responses: { 200: Pdf },
  })
  async pdf(
    @Valid('params') { kenmerk }: { kenmerk: string },
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const letter = await this.pdfFor(actor, kenmerk);
    sendPdf(res, letterFileName(letter.kenmerk), await letterPdf(letter.text));
  }

  /** Attachment n (1-based, as in the inbox's file list). */
  @RequirePermission('letters.pdf')
  @BoardOfResource()
  @Get('letters/:kenmerk/attachments/:n/pdf')
  @Api({
    summary: 'Attachment n of a letter as PDF (1 is the first)',
    description: PDF_ACCESS,
    tags: ['letters'],
    params: AttachmentPath,
    responses: { 200: Pdf },
  })
  async attachment(
    @Valid('params') { kenmerk, n }: { kenmerk: string; n: number },
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const letter = await this.pdfFor(actor, kenmerk);
    const attachment = letter.attachments[n - 1];
    if (!attachment) throw new NotFoundError(`letter ${kenmerk} has no attachment ${n}`);
    sendPdf(res, attachmentFileName(kenmerk, n - 1), await attachmentPdf(attachment, kenmerk));
  }

  @RequirePermission('letters.resend')
  @Post('letters/:kenmerk/resend')
  @HttpCode(202)
  @Api({
    summary: 'Send a blocked or failed letter again, to the addresses known now',
    tags: ['letters'],
    params: KenmerkPath,
    responses: { 202: LetterSummary },
  })
  async resend(@Valid('params') { kenmerk }: { kenmerk: string }, @CurrentActor() actor: Actor) {
    return summary(await this.resendLetter.execute(kenmerk, actorLabel(actor)));
  }

  @RequirePermission('inbox.read')
  // A partner system holds inbox.read only for the boards of its token
  // (bevoegd_gezag): checked here too, not only at the gateway.
  @OwnBoard('nummer')
  @Get('inbox/board/:nummer')
  @Api({
    summary: "A board's ISD inbox, newest first",
    tags: ['inbox'],
    params: BoardInboxPath,
    query: InboxQuery,
    responses: { 200: InboxPage },
  })
  async boardInbox(
    @Valid('params') { nummer }: { nummer: string },
    @Valid('query') query: PagingInput,
    @Req() req: Request,
  ) {
    return this.inboxPage('board', nummer, query, req);
  }

  @RequirePermission('inbox.read')
  @Get('inbox/school/:brin')
  @Api({
    summary: "A school's ISD inbox (afschriften), newest first",
    tags: ['inbox'],
    params: SchoolInboxPath,
    query: InboxQuery,
    responses: { 200: InboxPage },
  })
  async schoolInbox(
    @Valid('params') { brin }: { brin: string },
    @Valid('query') query: PagingInput,
    @Req() req: Request,
  ) {
    return this.inboxPage('school', brin, query, req);
  }

  private async inboxPage(owner: 'board' | 'school', id: string, query: PagingInput, req: Request) {
    const paging = pagingOf(query, isCursor);
    const found = await this.inbox.list(owner, id, paging.limit + 1, paging.after);
    const page = pageOf(found, paging, req, (i) => ({
      at: i.deliveredAt.toISOString(),
      id: i._id,
    }));
    return { items: page.items.map(inboxView), next: page.next };
  }

  /**
   * The letter whose PDF `actor` asks for. Limited to its own boards (a
   * partner system): only a letter in one of their inboxes, else the same 404
   * as for a kenmerk that does not exist, so another board's letters cannot
   * be told apart from none (kenmerken are sequential).
   */
  private async pdfFor(actor: Actor, kenmerk: string): Promise<LetterDoc> {
    const boards = boardsAllowed(actor, 'letters.pdf');
    if (boards === 'all') return this.find(kenmerk);
    const [letter, inInbox] = await Promise.all([
      this.letters.byKenmerk(kenmerk),
      this.inbox.inBoardInbox(kenmerk, boards),
    ]);
    if (!letter || !inInbox) {
      throw new NotFoundError(
        `there is no letter with kenmerk ${kenmerk} in the inbox of your boards (${boards.join(', ')})`,
        { code: 'letter-not-found' },
      );
    }
    return letter;
  }

  private async find(kenmerk: string): Promise<LetterDoc> {
    const letter = await this.letters.byKenmerk(kenmerk);
    if (!letter) throw new NotFoundError(`there is no letter with kenmerk ${kenmerk}`);
    return letter;
  }
}

function sendPdf(res: Response, filename: string, pdf: Buffer): void {
  res.setHeader('content-type', 'application/pdf');
  res.setHeader('content-disposition', `inline; filename="${filename}"`);
  res.end(pdf);
}
