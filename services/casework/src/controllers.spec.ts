// The engine's controllers behind the HTTP edge: lists, one case, notes and assignment.
import type { CaseDoc } from './engine/case';
import { caseId, caseworkControllers, answerProblems, OPERATIONS_OF } from './controllers.test-app';

describe('casework controllers (libs/http, in-memory fakes)', () => {
  const c = caseworkControllers();

  describe('GET /cases', () => {
    it('answers 400, not 500, to a repeated parameter where one is expected', async () => {
      const res = await c.t.http().get('/cases?brin=01AA&brin=02AA').set(c.actor).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ in: 'query', path: '/brin' })]);
    });

    it('refuses a day that does not exist as deadlineBefore', async () => {
      const res = await c.t.http().get('/cases?deadlineBefore=2026-02-30').set(c.actor).expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ in: 'query', path: '/deadlineBefore' }),
      ]);
    });

    it('filters on deadlineBefore (exclusive) and BRIN in any case', async () => {
      const res = await c.t
        .http()
        .get('/cases?deadlineBefore=2026-07-13&brin=12ab')
        .set(c.actor)
        .expect(200);
      expect(res.body.items.map((c: CaseDoc) => c._id)).toEqual([caseId(1), caseId(2)]);
    });

    it('pages with after/limit and a next link keeping the filters; the last page has none', async () => {
      const first = await c.t.http().get('/cases?board=41234&limit=2').set(c.actor).expect(200);
      expect(first.body.items.map((c: CaseDoc) => c._id)).toEqual([caseId(1), caseId(2)]);
      expect(first.body.next).toMatch(/^\/cases\?board=41234&limit=2&after=[A-Za-z0-9_-]+$/);
      const second = await c.t.http().get(first.body.next).set(c.actor).expect(200);
      expect(second.body.items.map((c: CaseDoc) => c._id)).toEqual([caseId(3), caseId(4)]);
      expect(second.body.next).toBeNull();
    });

    it('hides the subject of a confidential case in a queue', async () => {
      const res = await c.t.http().get('/cases?limit=500').set(c.actor).expect(200);
      const confidential = res.body.items.find((c: CaseDoc) => c._id === caseId(4));
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
      const res = await c.t.http().get(`/cases?${query}`).set(c.actor).expect(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ in: 'query', path })]),
      );
    });

    it('refuses a cursor that is not a case id of this list', async () => {
      const cursor = Buffer.from(JSON.stringify({ x: 1 })).toString('base64url');
      await c.t.http().get(`/cases?after=${cursor}`).set(c.actor).expect(400);
    });
  });

  describe('a case', () => {
    it('is read with a token, and the read recorded; 401 without one, 404 when unknown', async () => {
      const res = await c.t
        .http()
        .get(`/cases/${caseId(1)}`)
        .set(c.actor)
        .expect(200);
      expect(res.body).toMatchObject({ _id: caseId(1), timelineLength: 0 });
      const missing = await c.t
        .http()
        .get(`/cases/${caseId(1)}`)
        .expect(401);
      expect(missing.body).toMatchObject({ code: 'missing-token' });
      await c.t
        .http()
        .get(`/cases/${caseId(1)}/timeline`)
        .set(c.actor)
        .expect(200);
      const reads = await c.t
        .http()
        .get(`/cases/${caseId(1)}/reads`)
        .set(c.actor)
        .expect(200);
      expect(reads.body.entries).toHaveLength(2);
      const unknown = await c.t
        .http()
        .get(`/cases/${caseId(9)}`)
        .set(c.actor)
        .expect(404);
      expect(unknown.body).toMatchObject({ status: 404, code: 'not-found' });
      await c.t
        .http()
        .get(`/cases/${caseId(9)}/reads`)
        .set(c.actor)
        .expect(404);
    });

    it('needs a reason to read a confidential case (422)', async () => {
      await c.t
        .http()
        .get(`/cases/${caseId(4)}`)
        .set(c.actor)
        .expect(422);
      await c.t
        .http()
        .get(`/cases/${caseId(4)}`)
        .set({ ...c.actor, 'X-Reason': 'behandeling signaal' })
        .expect(200);
    });

    it('records the token’s user as the reader, whatever an X-Actor header claims', async () => {
      c.test.repository.readLog.length = 0;
      await c.t
        .http()
        .get(`/cases/${caseId(1)}`)
        .set({ ...c.actor, 'X-Actor': 'director-general' })
        .expect(200);
      expect(c.test.repository.readLog).toMatchObject([{ actor: 'vertrouwensinspecteur' }]);
    });

    it('keeps a confidential case from an inspecteur: 403 to read, absent from lists', async () => {
      const inspecteur = await c.tokens.bearer('inspecteur');
      await c.t
        .http()
        .get(`/cases/${caseId(4)}`)
        .set({ ...inspecteur, 'X-Reason': 'nieuwsgierig' })
        .expect(403);
      await c.t
        .http()
        .get(`/cases/${caseId(4)}/reads`)
        .set(inspecteur)
        .expect(403);
      await c.t
        .http()
        .post(`/cases/${caseId(4)}/notes`)
        .set(inspecteur)
        .send({ text: 'x' })
        .expect(403);
      const list = await c.t.http().get('/cases?limit=100').set(inspecteur).expect(200);
      expect(list.body.items.map((c: CaseDoc) => c._id)).not.toContain(caseId(4));
      expect(list.body.items.length).toBeGreaterThan(0);
      await c.t.http().get('/cases?queue=coordinators').set(inspecteur).expect(403);
      await c.t
        .http()
        .get('/cases')
        .set(await c.tokens.bearer('instrumentaanbieder'))
        .expect(403);
    });
  });

  describe('notes and assignment', () => {
    it('takes a note and an assignment (204)', async () => {
      await c.t
        .http()
        .post(`/cases/${caseId(2)}/notes`)
        .set(c.actor)
        .send({ text: 'Gebeld.' })
        .expect(204);
      await c.t
        .http()
        .post(`/cases/${caseId(2)}/assign`)
        .set(c.actor)
        .send({ assignee: 'inspecteur-8', reason: 'verlof' })
        .expect(204);
      expect(c.test.repository.docs.get(caseId(2))!.assignee).toBe('inspecteur-8');
    });

    it.each([
      ['NUL', 'a\u0000b'],
      ['ESC', 'a\u001bb'],
      ['RTL override', 'exe\u202Etxt'],
      ['lone surrogate', 'a\ud800b'],
    ])('refuses a note with %s', async (_what, text) => {
      const res = await c.t
        .http()
        .post(`/cases/${caseId(2)}/notes`)
        .set(c.actor)
        .send({ text })
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ in: 'body', path: '/text' })]);
    });

    it('refuses a note without a token, an empty note, text/plain and an unknown case', async () => {
      await c.t
        .http()
        .post(`/cases/${caseId(2)}/notes`)
        .send({ text: 'x' })
        .expect(401);
      await c.t
        .http()
        .post(`/cases/${caseId(2)}/notes`)
        .set(c.actor)
        .send({ text: '' })
        .expect(400);
      await c.t
        .http()
        .post(`/cases/${caseId(2)}/notes`)
        .set({ ...c.actor, 'Content-Type': 'text/plain' })
        .send('{"text":"x"}')
        .expect(415);
      await c.t
        .http()
        .post(`/cases/${caseId(9)}/notes`)
        .set(c.actor)
        .send({ text: 'x' })
        .expect(404);
    });
  });

  it('answers as its /openapi.json says, for every route it covers', async () => {
    expect(await answerProblems(c, OPERATIONS_OF.flows)).toEqual([]);
  });
});
