// The controllers of the engine and of the flows together, behind the HTTP edge (outside engine/, which imports no flow).
import { FixedClock, Clock } from '@inspectorate/scheduling';
import {
  type ControllerTestApp,
  type LocalTokens,
  controllerTestApp,
  localTokens,
} from '@inspectorate/testing';
import { CaseTypeCatalogue } from './case-types/case-type.catalogue';
import { CaseTypesController } from './case-types/case-types.controller';
import { DEFAULT_CASE_TYPES } from './case-types/defaults';
import { HoorEnWederhoorController } from './flows/monitoring-herstelopdracht/controller';
import { HoorEnWederhoor } from './flows/monitoring-herstelopdracht/report.usecase';
import type { CaseDoc } from './engine/case';
import { CaseCommands } from './engine/case-commands';
import { CaseReads } from './engine/case-reads';
import { CaseRepository } from './engine/case.repository';
import { DeadlineChecks } from './engine/deadline-checks';
import { newTestEngine } from './engine/testing/fakes';
import { CasesController, DeadlineChecksController } from './engine/http/cases.controller';

const MONITORING = DEFAULT_CASE_TYPES[0]!;

function caseDoc(n: number, over: Partial<CaseDoc> = {}): CaseDoc {
  const now = new Date('2026-07-01T04:00:00Z');
  return {
    _id: `0190a000-0000-7000-8000-00000000000${n}`,
    uniqueKey: `key-${n}`,
    caseType: { code: MONITORING.code, version: MONITORING.version },
    confidential: false,
    subject: {
      kind: 'vestiging',
      bevoegdGezagNummer: '41234',
      brin: '12AB',
      vestigingCode: `12AB0${n}`,
      boardName: 'Stichting',
      schoolName: 'School',
      sector: 'vo',
    },
    schooljaar: '2025-2026',
    status: MONITORING.statuses[0]!.code,
    result: null,
    assignee: null,
    queue: null,
    deadlines: [],
    nextDueOn: `2026-07-1${n}`,
    documents: [],
    decisions: [],
    letters: [],
    notes: [],
    timeline: [],
    openedAt: now,
    closedAt: null,
    updatedAt: now,
    version: 1,
    ...over,
  };
}

// A user who may do everything casework has (the vertrouwensinspecteur reads
// confidential cases), with a token of local keys (libs/testing's localTokens).
let actor: { authorization: string };

describe('casework controllers (libs/http, in-memory fakes)', () => {
  let t: ControllerTestApp;
  let test: ReturnType<typeof newTestEngine>;
  const hoor = { registerZienswijze: jest.fn(), adopt: jest.fn() };
  const catalogue = {
    list: jest.fn(async () => DEFAULT_CASE_TYPES),
    current: jest.fn(async () => MONITORING),
    get: jest.fn(async () => MONITORING),
    addVersion: jest.fn(async (d: object) => ({ ...MONITORING, ...d, version: 2 })),
  };

  let tokens: LocalTokens;
  let beheerder: { authorization: string };

  beforeAll(async () => {
    tokens = await localTokens();
    actor = await tokens.bearer(['vertrouwensinspecteur', 'coordinator']);
    beheerder = await tokens.bearer('beheerder');
    test = newTestEngine([], { now: '2026-07-01T04:00:00Z' });
    t = await controllerTestApp(
      {
        controllers: [
          CasesController,
          DeadlineChecksController,
          HoorEnWederhoorController,
          CaseTypesController,
        ],
        providers: [
          { provide: CaseRepository, useValue: test.repository },
          { provide: CaseCommands, useValue: test.commands },
          { provide: CaseReads, useValue: test.reads },
          { provide: DeadlineChecks, useValue: test.checks },
          { provide: Clock, useValue: new FixedClock('2026-07-01T04:00:00Z') },
          { provide: HoorEnWederhoor, useValue: hoor },
          { provide: CaseTypeCatalogue, useValue: catalogue },
        ],
      },
      { auth: tokens },
    );
    for (const n of [1, 2, 3]) test.repository.docs.set(caseDoc(n)._id, caseDoc(n));
    test.repository.docs.set(
      caseDoc(4)._id,
      caseDoc(4, { confidential: true, subject: { ...caseDoc(4).subject, brin: '99ZZ' } }),
    );
  });
  afterAll(() => t.close());
  beforeEach(() => jest.clearAllMocks());

  const id = (n: number) => caseDoc(n)._id;

  describe('GET /cases', () => {
    it('answers 400, not 500, to a repeated parameter where one is expected', async () => {
      const res = await t.http().get('/cases?brin=01AA&brin=02AA').set(actor).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ in: 'query', path: '/brin' })]);
    });

    it('refuses a day that does not exist as deadlineBefore', async () => {
      const res = await t.http().get('/cases?deadlineBefore=2026-02-30').set(actor).expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ in: 'query', path: '/deadlineBefore' }),
      ]);
    });

    it('filters on deadlineBefore (exclusive) and BRIN in any case', async () => {
      const res = await t
        .http()
        .get('/cases?deadlineBefore=2026-07-13&brin=12ab')
        .set(actor)
        .expect(200);
      expect(res.body.items.map((c: CaseDoc) => c._id)).toEqual([id(1), id(2)]);
    });

    it('pages with after/limit and a next link keeping the filters; the last page has none', async () => {
      const first = await t.http().get('/cases?board=41234&limit=2').set(actor).expect(200);
      expect(first.body.items.map((c: CaseDoc) => c._id)).toEqual([id(1), id(2)]);
      expect(first.body.next).toMatch(/^\/cases\?board=41234&limit=2&after=[A-Za-z0-9_-]+$/);
      const second = await t.http().get(first.body.next).set(actor).expect(200);
      expect(second.body.items.map((c: CaseDoc) => c._id)).toEqual([id(3), id(4)]);
      expect(second.body.next).toBeNull();
    });

    it('hides the subject of a confidential case in a queue', async () => {
      const res = await t.http().get('/cases?limit=500').set(actor).expect(200);
      const confidential = res.body.items.find((c: CaseDoc) => c._id === id(4));
      expect(confidential.subject).toEqual({ kind: 'vestiging' });
    });

    it.each([
      ['limit=0', '/limit'],
      ['limit=501', '/limit'],
      ['limit=abc', '/limit'],
      ['after=not%20a%20cursor', '/after'],
      ['offset=10', '/offset'],
      ['colour=red', '/colour'],
      ['board=123', '/board'],
    ])('refuses %s with the parameter named', async (query, path) => {
      const res = await t.http().get(`/cases?${query}`).set(actor).expect(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ in: 'query', path })]),
      );
    });

    it('refuses a cursor that is not a case id of this list', async () => {
      const cursor = Buffer.from(JSON.stringify({ x: 1 })).toString('base64url');
      await t.http().get(`/cases?after=${cursor}`).set(actor).expect(400);
    });
  });

  describe('a case', () => {
    it('is read with a token, and the read recorded; 401 without one, 404 when unknown', async () => {
      const res = await t
        .http()
        .get(`/cases/${id(1)}`)
        .set(actor)
        .expect(200);
      expect(res.body).toMatchObject({ _id: id(1), timelineLength: 0 });
      const missing = await t
        .http()
        .get(`/cases/${id(1)}`)
        .expect(401);
      expect(missing.body).toMatchObject({ code: 'missing-token' });
      await t
        .http()
        .get(`/cases/${id(1)}/timeline`)
        .set(actor)
        .expect(200);
      const reads = await t
        .http()
        .get(`/cases/${id(1)}/reads`)
        .set(actor)
        .expect(200);
      expect(reads.body.entries).toHaveLength(2);
      const unknown = await t
        .http()
        .get(`/cases/${id(9)}`)
        .set(actor)
        .expect(404);
      expect(unknown.body).toMatchObject({ status: 404, code: 'not-found' });
      await t
        .http()
        .get(`/cases/${id(9)}/reads`)
        .set(actor)
        .expect(404);
    });

    it('needs a reason to read a confidential case (422)', async () => {
      await t
        .http()
        .get(`/cases/${id(4)}`)
        .set(actor)
        .expect(422);
      await t
        .http()
        .get(`/cases/${id(4)}`)
        .set({ ...actor, 'X-Reason': 'behandeling signaal' })
        .expect(200);
    });

    it('records the token’s user as the reader, whatever an X-Actor header claims', async () => {
      test.repository.readLog.length = 0;
      await t
        .http()
        .get(`/cases/${id(1)}`)
        .set({ ...actor, 'X-Actor': 'director-general' })
        .expect(200);
      expect(test.repository.readLog).toMatchObject([{ actor: 'vertrouwensinspecteur' }]);
    });

    it('keeps a confidential case from an inspecteur: 403 to read, absent from lists', async () => {
      const inspecteur = await tokens.bearer('inspecteur');
      await t
        .http()
        .get(`/cases/${id(4)}`)
        .set({ ...inspecteur, 'X-Reason': 'nieuwsgierig' })
        .expect(403);
      await t
        .http()
        .get(`/cases/${id(4)}/reads`)
        .set(inspecteur)
        .expect(403);
      await t
        .http()
        .post(`/cases/${id(4)}/notes`)
        .set(inspecteur)
        .send({ text: 'x' })
        .expect(403);
      const list = await t.http().get('/cases?limit=100').set(inspecteur).expect(200);
      expect(list.body.items.map((c: CaseDoc) => c._id)).not.toContain(id(4));
      expect(list.body.items.length).toBeGreaterThan(0);
      await t.http().get('/cases?queue=coordinators').set(inspecteur).expect(403);
      await t
        .http()
        .get('/cases')
        .set(await tokens.bearer('instrumentaanbieder'))
        .expect(403);
    });
  });

  describe('notes and assignment', () => {
    it('takes a note and an assignment (204)', async () => {
      await t
        .http()
        .post(`/cases/${id(2)}/notes`)
        .set(actor)
        .send({ text: 'Gebeld.' })
        .expect(204);
      await t
        .http()
        .post(`/cases/${id(2)}/assign`)
        .set(actor)
        .send({ assignee: 'inspecteur-8', reason: 'verlof' })
        .expect(204);
      expect(test.repository.docs.get(id(2))!.assignee).toBe('inspecteur-8');
    });

    it.each([
      ['NUL', 'a\u0000b'],
      ['ESC', 'a\u001bb'],
      ['RTL override', 'exe\u202Etxt'],
      ['lone surrogate', 'a\ud800b'],
    ])('refuses a note with %s', async (_what, text) => {
      const res = await t
        .http()
        .post(`/cases/${id(2)}/notes`)
        .set(actor)
        .send({ text })
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ in: 'body', path: '/text' })]);
    });

    it('refuses a note without a token, an empty note, text/plain and an unknown case', async () => {
      await t
        .http()
        .post(`/cases/${id(2)}/notes`)
        .send({ text: 'x' })
        .expect(401);
      await t
        .http()
        .post(`/cases/${id(2)}/notes`)
        .set(actor)
        .send({ text: '' })
        .expect(400);
      await t
        .http()
        .post(`/cases/${id(2)}/notes`)
        .set({ ...actor, 'Content-Type': 'text/plain' })
        .send('{"text":"x"}')
        .expect(415);
      await t
        .http()
        .post(`/cases/${id(9)}/notes`)
        .set(actor)
        .send({ text: 'x' })
        .expect(404);
    });
  });

  describe('deadlines', () => {
    it('refuses an unknown action and a date that does not exist', async () => {
      const bad = await t
        .http()
        .post(`/cases/${id(1)}/deadlines/herstelopdracht/stretch`)
        .set(actor)
        .send({ reason: 'omdat het moet' })
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'path', path: '/action' })]);
      await t
        .http()
        .post(`/cases/${id(1)}/deadlines/herstelopdracht/extend`)
        .set(actor)
        .send({ reason: 'omdat het moet', until: '2026-02-30' })
        .expect(400);
    });

    it('runs the checks as of today or earlier, never a later day', async () => {
      const ok = await t.http().post('/deadline-checks').set(actor).expect(201);
      expect(ok.body.asOf).toBe('2026-07-01');
      const later = await t.http().post('/deadline-checks?asOf=9999-12-31').set(actor).expect(400);
      expect(later.body.message).toContain('asOf must be today (2026-07-01) or earlier');
      await t.http().post('/deadline-checks?asOf=2026-02-30').set(actor).expect(400);
      await t.http().post('/deadline-checks?asOf=a&asOf=b').set(actor).expect(400);
    });
  });

  describe('zienswijze and adoption', () => {
    it('takes a zienswijze of more than 100 kB (its own body limit)', async () => {
      const text = 'é'.repeat(99_000); // ~198 kB as UTF-8
      await t
        .http()
        .post(`/cases/${id(1)}/zienswijze`)
        .set(actor)
        .send({ text, receivedOn: '2026-07-01' })
        .expect(204);
      expect(hoor.registerZienswijze).toHaveBeenCalledWith(
        id(1),
        text,
        '2026-07-01',
        'vertrouwensinspecteur',
      );
    });

    it('refuses a body over the route limit with 413 naming it, and other routes keep 100 kB', async () => {
      const huge = await t
        .http()
        .post(`/cases/${id(1)}/zienswijze`)
        .set(actor)
        .send({ text: 'x'.repeat(1_100_000), receivedOn: '2026-07-01' })
        .expect(413);
      expect(huge.body.detail).toContain('1048576');
      await t
        .http()
        .post(`/cases/${id(1)}/notes`)
        .set(actor)
        .send({ text: 'x'.repeat(9_000), pad: 'y'.repeat(120_000) })
        .expect(413);
    });

    it('refuses unsafe text, an impossible date and a missing token', async () => {
      for (const body of [
        { text: 'a\u0000b', receivedOn: '2026-07-01' },
        { text: 'ok', receivedOn: '2026-02-30' },
        { text: 'x'.repeat(100_001), receivedOn: '2026-07-01' },
      ])
        await t
          .http()
          .post(`/cases/${id(1)}/zienswijze`)
          .set(actor)
          .send(body)
          .expect(400);
      await t
        .http()
        .post(`/cases/${id(1)}/zienswijze`)
        .send({ text: 'ok', receivedOn: '2026-07-01' })
        .expect(401);
      expect(hoor.registerZienswijze).not.toHaveBeenCalled();
    });

    it('adopts with a reason (204) and maps the use case refusal to problem+json', async () => {
      await t
        .http()
        .post(`/cases/${id(1)}/report/adopt`)
        .set(actor)
        .send({ reason: 'zienswijze gewogen' })
        .expect(204);
      const { CaseRuleError } = await import('./engine/case');
      hoor.adopt.mockRejectedValueOnce(new CaseRuleError('the report is adopted already', 409));
      const res = await t
        .http()
        .post(`/cases/${id(1)}/report/adopt`)
        .set(actor)
        .send({ reason: 'zienswijze gewogen' })
        .expect(409);
      expect(res.body).toMatchObject({ status: 409, detail: 'the report is adopted already' });
    });
  });

  describe('case types', () => {
    it('lists, reads and adds versions; validates path and body', async () => {
      await t.http().get('/case-types').set(actor).expect(200);
      await t.http().get(`/case-types/${MONITORING.code}`).set(actor).expect(200);
      await t.http().get(`/case-types/${MONITORING.code}/1`).set(actor).expect(200);
      expect(catalogue.get).toHaveBeenCalledWith(MONITORING.code, 1);
      await t.http().get(`/case-types/${MONITORING.code}/x`).set(actor).expect(400);
      const { code: _c, version: _v, ...definition } = MONITORING;
      await t.http().put(`/case-types/${MONITORING.code}`).set(actor).send(definition).expect(403);
      await t
        .http()
        .put(`/case-types/${MONITORING.code}`)
        .set(beheerder)
        .send(definition)
        .expect(200);
      await t
        .http()
        .put(`/case-types/${MONITORING.code}`)
        .set(beheerder)
        .send({ ...definition, name: 'a\u202Eb' })
        .expect(400);
    });
  });

  it('answers as its /openapi.json says, for every route', async () => {
    expect(await t.checkAnswers({ all: true })).toEqual([]);
  });
});
