import { ConflictError, NotFoundError } from '@inspectorate/http';
import { Clock, FixedClock } from '@inspectorate/scheduling';
import {
  type ControllerTestApp,
  controllerTestApp,
  type LocalTokens,
  localTokens,
} from '@inspectorate/testing';
import { DEFAULT_TEMPLATES } from '../domain/default-templates';
import type { TemplateContent } from '../domain/template';
import {
  InboxStore,
  type InboxItemDoc,
  type LetterDoc,
  LettersStore,
  type ListCursor,
} from '../persistence/letters.store';
import { type TemplateDoc, TemplatesStore } from '../persistence/templates.store';
import { ResendLetterUseCase } from '../usecases/resend-letter.usecase';
import { LettersController } from './letters.controller';
import { TemplatesController } from './templates.controller';

const letter = (n: number, state: LetterDoc['state'] = 'sent'): LetterDoc =>
  ({
    _id: `case-${n}:req`,
    kenmerk: `2026-000000${n}`,
    requestId: `case-${n}:req`,
    caseId: `case-${n}`,
    template: 'herstelopdracht-monitoring',
    templateVersion: 1,
    bevoegdGezagNummer: '10001',
    brin: '11AA',
    vestigingCode: '11AA00',
    afschriftAanDirectie: true,
    issuedAt: new Date(Date.UTC(2026, 5, 10 + n)),
    correlationId: 'c',
    text: {
      kenmerk: `2026-000000${n}`,
      datum: '10 juni 2026',
      subject: 'Herstelopdracht',
      addressee: ['Stichting 10001'],
      inReplyToKenmerk: null,
      blocks: [{ kind: 'paragraph', text: 'Geacht bestuur,' }],
      signatory: { name: 'A. Inspecteur', role: 'Directeur' },
      afschrift: null,
      attachmentTitles: ['Conceptrapport'],
    },
    attachments: [{ title: 'Conceptrapport', paragraphs: ['Bevindingen.'] }],
    state,
    blockedReason: state === 'blocked' ? 'no-address: board 10001 has no address' : null,
    warnings: [],
    mail: {
      status: 'sent',
      to: 'b@school.nl',
      cc: [],
      attempts: 1,
      nextAttemptAt: null,
      lastError: null,
      sentAt: null,
    },
    portal: { status: 'sent', inboxes: [], sentAt: null },
    history: [],
  }) as unknown as LetterDoc;

const inboxItem = (n: number): InboxItemDoc => ({
  _id: `2026-000000${n}:board:10001`,
  owner: 'board',
  ownerId: '10001',
  kenmerk: `2026-000000${n}`,
  caseId: `case-${n}`,
  subject: 'Herstelopdracht',
  template: 'herstelopdracht-monitoring',
  afschrift: false,
  files: ['brief.pdf', 'conceptrapport.pdf'],
  deliveredAt: new Date(Date.UTC(2026, 5, 10 + n)),
});

/** Newest first, like the stores; `after` continues after the given item. */
function newestFirst<T>(
  items: T[],
  at: (t: T) => Date,
  id: (t: T) => string,
  limit: number,
  after?: ListCursor,
) {
  const sorted = [...items].sort(
    (a, b) => at(b).getTime() - at(a).getTime() || id(a).localeCompare(id(b)),
  );
  const start = after ? sorted.findIndex((t) => id(t) === after.id) + 1 : 0;
  return sorted.slice(start, start + limit);
}

function fakes() {
  const letters = [letter(1), letter(2), letter(3, 'blocked')];
  const inbox = [inboxItem(1), inboxItem(2), inboxItem(3)];
  const templates: TemplateDoc[] = [];
  const calls: unknown[][] = [];
  const lettersStore = {
    async byKenmerk(kenmerk: string) {
      return letters.find((l) => l.kenmerk === kenmerk) ?? null;
    },
    async list(filter: Record<string, unknown>, limit: number, after?: ListCursor) {
      calls.push(['letters', filter, limit, after]);
      const matching = letters.filter((l) =>
        Object.entries(filter).every(
          ([k, v]) => (l as unknown as Record<string, unknown>)[k] === v,
        ),
      );
      return newestFirst(
        matching,
        (l) => l.issuedAt,
        (l) => l._id,
        limit,
        after,
      );
    },
  };
  const inboxStore = {
    async inBoardInbox(kenmerk: string, boards: readonly string[]) {
      return inbox.some(
        (i) => i.kenmerk === kenmerk && i.owner === 'board' && boards.includes(i.ownerId),
      );
    },
    async list(owner: string, ownerId: string, limit: number, after?: ListCursor) {
      calls.push(['inbox', owner, ownerId, limit, after]);
      return newestFirst(
        inbox,
        (i) => i.deliveredAt,
        (i) => i._id,
        limit,
        after,
      );
    },
  };
  const resend = {
    async execute(kenmerk: string, actor: string) {
      calls.push(['resend', kenmerk, actor]);
      const found = letters.find((l) => l.kenmerk === kenmerk);
      if (!found) throw new NotFoundError(`there is no letter with kenmerk ${kenmerk}`);
      if (found.state !== 'blocked')
        throw new ConflictError(
          `letter ${kenmerk} is ${found.state}; only blocked or failed letters can be resent`,
        );
      return { ...found, state: 'sending' };
    },
  };
  const templatesStore = {
    async list() {
      return templates;
    },
    async latest(name: string) {
      return templates.filter((t) => t.name === name).at(-1) ?? null;
    },
    async version(name: string, version: number) {
      return templates.find((t) => t.name === name && t.version === version) ?? null;
    },
    async addVersion(name: string, content: TemplateContent, actor: string, now: Date) {
      const version = templates.filter((t) => t.name === name).length + 1;
      const doc = {
        _id: `${name}@${version}`,
        name,
        version,
        ...content,
        createdAt: now,
        createdBy: actor,
      } as TemplateDoc;
      templates.push(doc);
      return doc;
    },
  };
  return { calls, lettersStore, inboxStore, resend, templatesStore };
}

describe('notifications controllers (HTTP edge, fakes)', () => {
  let t: ControllerTestApp;
  let f: ReturnType<typeof fakes>;
  const template = DEFAULT_TEMPLATES['herstelopdracht-monitoring']!;

  // Local keys (libs/testing's localTokens): an operator with every role these routes name.
  let tokens: LocalTokens;
  let actor: { authorization: string };

  beforeAll(async () => {
    f = fakes();
    tokens = await localTokens();
    actor = await tokens.bearer(['coordinator', 'klantcontact', 'beheerder'], {
      preferred_username: 'operator-1',
    });
    t = await controllerTestApp(
      {
        controllers: [LettersController, TemplatesController],
        providers: [
          { provide: Clock, useValue: new FixedClock('2026-06-15T10:00:00Z') },
          { provide: LettersStore, useValue: f.lettersStore },
          { provide: InboxStore, useValue: f.inboxStore },
          { provide: ResendLetterUseCase, useValue: f.resend },
          { provide: TemplatesStore, useValue: f.templatesStore },
        ],
      },
      { auth: tokens },
    );
  });
  afterAll(async () => {
    expect(await t.checkAnswers({ all: true })).toEqual([]);
    await t.close();
  });
  beforeEach(() => (f.calls.length = 0));

  describe('letters', () => {
    it('pages letters newest first with a next link that keeps the filter', async () => {
      const first = await t
        .http()
        .get('/letters?limit=2&bevoegdGezagNummer=10001')
        .set(actor)
        .expect(200);
      expect(first.body.letters.map((l: { kenmerk: string }) => l.kenmerk)).toEqual([
        '2026-0000003',
        '2026-0000002',
      ]);
      expect(f.calls[0]).toEqual(['letters', { bevoegdGezagNummer: '10001' }, 3, undefined]);
      const second = await t.http().get(first.body.next).set(actor).expect(200);
      expect(second.body).toMatchObject({ letters: [{ kenmerk: '2026-0000001' }], next: null });
      await t.http().get('/letters?state=blocked&caseId=case-3').set(actor).expect(200);
    });

    it('refuses a wrong state, a repeated filter and old offset paging, each with a 400 naming it', async () => {
      const res = await t.http().get('/letters?state=lost').set(actor).expect(400);
      expect(res.body.errors[0]).toMatchObject({ in: 'query', path: '/state' });
      const twice = await t.http().get('/letters?caseId=a&caseId=b').set(actor).expect(400);
      expect(twice.body.errors[0].message).toBe('is given 2 times; give it once');
      const offset = await t.http().get('/letters?offset=50').set(actor).expect(400);
      expect(offset.body.errors[0].message).toContain('cursor paging');
    });

    it('shows a letter, its PDF and its attachments by number', async () => {
      await t.http().get('/letters/2026-0000001').set(actor).expect(200);
      const pdf = await t.http().get('/letters/2026-0000001/pdf').set(actor).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      await t.http().get('/letters/2026-0000001/attachments/1/pdf').set(actor).expect(200);
      await t.http().get('/letters/2026-0000001/attachments/2/pdf').set(actor).expect(404);
      await t.http().get('/letters/2026-0000009').set(actor).expect(404);
      await t.http().get('/letters/26-1').set(actor).expect(400);
    });

    it.each(['0x1', '1e0', '1.0', '0', '-1'])(
      'refuses attachment number %s (400), never reads it as another number',
      async (n) => {
        const res = await t
          .http()
          .get(`/letters/2026-0000001/attachments/${n}/pdf`)
          .set(actor)
          .expect(400);
        expect(res.body.errors[0]).toMatchObject({ in: 'path', path: '/n' });
      },
    );

    it('resends a blocked letter (202), says why not for a sent one (409), names the actor', async () => {
      await t
        .http()
        .post('/letters/2026-0000003/resend')
        .set({ ...actor, 'X-Actor': 'director-general' })
        .expect(202);
      expect(f.calls[0]).toEqual(['resend', '2026-0000003', 'operator-1']);
      const sent = await t.http().post('/letters/2026-0000001/resend').set(actor).expect(409);
      expect(sent.body).toMatchObject({ status: 409, code: 'conflict' });
      await t.http().post('/letters/2026-0000009/resend').set(actor).expect(404);
      await t.http().post('/letters/2026-0000003/resend').expect(401);
      await t
        .http()
        .post('/letters/2026-0000003/resend')
        .set(await tokens.bearer('inspecteur'))
        .expect(403);
      await t
        .http()
        .get('/letters')
        .set(await tokens.bearer('partner'))
        .expect(403);
    });
  });

  describe('inbox', () => {
    it('pages a board inbox and a school inbox', async () => {
      const first = await t.http().get('/inbox/board/10001?limit=2').set(actor).expect(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.items[0].files[1].href).toBe('/letters/2026-0000003/attachments/1/pdf');
      const second = await t.http().get(first.body.next).set(actor).expect(200);
      expect(second.body).toMatchObject({ items: [{ kenmerk: '2026-0000001' }], next: null });
      await t.http().get('/inbox/school/11AA').set(actor).expect(200);
      await t.http().get('/inbox/school/11A').set(actor).expect(400);
      await t.http().get('/inbox/board/10001?limit=501').set(actor).expect(400);
    });

    it("gives a partner system its own boards' inboxes (bevoegd_gezag), no other's", async () => {
      const partner = await tokens.bearer('partner', { bevoegd_gezag: '10001' });
      const mine = await t.http().get('/inbox/board/10001').set(partner).expect(200);
      expect(mine.body.items).toHaveLength(3);
      const other = await t.http().get('/inbox/board/10002').set(partner).expect(403);
      expect(other.body).toMatchObject({ code: 'not-own-board' });
      await t.http().get('/inbox/school/11AA').set(partner).expect(403);
      const none = await tokens.bearer('partner');
      await t.http().get('/inbox/board/10001').set(none).expect(403);
    });

    it("gives a partner system the PDFs its own boards' inboxes link to, 404 for any other letter", async () => {
      const partner = await tokens.bearer('partner', { bevoegd_gezag: '10001' });
      const pdf = await t.http().get('/letters/2026-0000001/pdf').set(partner).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      await t.http().get('/letters/2026-0000001/attachments/1/pdf').set(partner).expect(200);
      // Another board's partner: the letter is not in its inbox, answered as if it did not exist.
      const other = await tokens.bearer('partner', { bevoegd_gezag: '10002' });
      for (const path of ['/letters/2026-0000001/pdf', '/letters/2026-0000001/attachments/1/pdf']) {
        const refused = await t.http().get(path).set(other).expect(404);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.body).toMatchObject({
          status: 404,
          code: 'letter-not-found',
          detail:
            'there is no letter with kenmerk 2026-0000001 in the inbox of your boards (10002)',
        });
      }
      // A kenmerk that does not exist gets the very same answer.
      const missing = await t.http().get('/letters/2026-0000009/pdf').set(partner).expect(404);
      expect(missing.body.code).toBe('letter-not-found');
      // No board in the token: refused at the door (403), nothing looked up.
      const none = await t
        .http()
        .get('/letters/2026-0000001/pdf')
        .set(await tokens.bearer('partner'))
        .expect(403);
      expect(none.body.code).toBe('not-own-board');
      // Still no letter itself, no list.
      await t.http().get('/letters/2026-0000001').set(partner).expect(403);
    });
  });

  describe('templates', () => {
    it('stores a version (201) and reads the latest or a given version', async () => {
      await t
        .http()
        .put('/templates/herstelopdracht-monitoring')
        .set(await tokens.bearer('beheerder', { preferred_username: 'redactie' }))
        .send(template)
        .expect(201);
      await t.http().get('/templates').set(actor).expect(200);
      await t.http().get('/templates/herstelopdracht-monitoring').set(actor).expect(200);
      await t.http().get('/templates/herstelopdracht-monitoring?version=1').set(actor).expect(200);
      await t.http().get('/templates/herstelopdracht-monitoring?version=2').set(actor).expect(404);
      await t
        .http()
        .get('/templates/herstelopdracht-monitoring?version=1e0')
        .set(actor)
        .expect(400);
      await t.http().get('/templates/Bad_Name').set(actor).expect(400);
    });

    it('refuses NUL, ESC, RTL overrides and lone surrogates in template text', async () => {
      for (const bad of ['a\u0000b', 'a\u001b[2Jb', 'a\u202eb', 'a\udc00b']) {
        const res = await t
          .http()
          .put('/templates/herstelopdracht-monitoring')
          .set(actor)
          .send({ ...template, body: `${template.body}${bad}` })
          .expect(400);
        expect(res.body.errors).toEqual([
          { in: 'body', path: '/body', message: expect.stringContaining('control characters') },
        ]);
      }
      const subject = await t
        .http()
        .put('/templates/herstelopdracht-monitoring')
        .set(actor)
        .send({ ...template, subject: 'two\nlines' })
        .expect(400);
      expect(subject.body.errors[0].path).toBe('/subject');
    });

    it('answers an unknown placeholder with 400 invalid-template', async () => {
      const res = await t
        .http()
        .put('/templates/herstelopdracht-monitoring')
        .set(actor)
        .send({ ...template, body: `${template.body} @onbekend@` })
        .expect(400);
      expect(res.body.code).toBe('invalid-template');
    });
  });
});
