// Deadlines, the monitoring flow's zienswijze and adoption, and the case types behind the HTTP edge.
import {
  MONITORING,
  caseId,
  caseworkControllers,
  answerProblems,
  OPERATIONS_OF,
} from './controllers.test-app';

describe('casework controllers: deadlines, hoor en wederhoor, case types', () => {
  const c = caseworkControllers();

  describe('deadlines', () => {
    it('refuses an unknown action and a date that does not exist', async () => {
      const bad = await c.t
        .http()
        .post(`/cases/${caseId(1)}/deadlines/herstelopdracht/stretch`)
        .set(c.actor)
        .send({ reason: 'omdat het moet' })
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'path', path: '/action' })]);
      await c.t
        .http()
        .post(`/cases/${caseId(1)}/deadlines/herstelopdracht/extend`)
        .set(c.actor)
        .send({ reason: 'omdat het moet', until: '2026-02-30' })
        .expect(400);
    });

    it('runs the checks as of today or earlier, never a later day', async () => {
      const ok = await c.t.http().post('/deadline-checks').set(c.actor).expect(201);
      expect(ok.body.asOf).toBe('2026-07-01');
      const later = await c.t
        .http()
        .post('/deadline-checks?asOf=9999-12-31')
        .set(c.actor)
        .expect(400);
      expect(later.body.message).toContain('asOf must be today (2026-07-01) or earlier');
      await c.t.http().post('/deadline-checks?asOf=2026-02-30').set(c.actor).expect(400);
      await c.t.http().post('/deadline-checks?asOf=a&asOf=b').set(c.actor).expect(400);
    });
  });

  describe('zienswijze and adoption', () => {
    it('takes a zienswijze of more than 100 kB (its own body limit)', async () => {
      const text = 'é'.repeat(99_000); // ~198 kB as UTF-8
      await c.t
        .http()
        .post(`/cases/${caseId(1)}/zienswijze`)
        .set(c.actor)
        .send({ text, receivedOn: '2026-07-01' })
        .expect(204);
      expect(c.hoor.registerZienswijze).toHaveBeenCalledWith(
        caseId(1),
        text,
        '2026-07-01',
        'vertrouwensinspecteur',
      );
    });

    it('refuses a body over the route limit with 413 naming it, and other routes keep 100 kB', async () => {
      const huge = await c.t
        .http()
        .post(`/cases/${caseId(1)}/zienswijze`)
        .set(c.actor)
        .send({ text: 'x'.repeat(1_100_000), receivedOn: '2026-07-01' })
        .expect(413);
      expect(huge.body.detail).toContain('1048576');
      await c.t
        .http()
        .post(`/cases/${caseId(1)}/notes`)
        .set(c.actor)
        .send({ text: 'x'.repeat(9_000), pad: 'y'.repeat(120_000) })
        .expect(413);
    });

    it('refuses unsafe text, an impossible date and a missing token', async () => {
      for (const body of [
        { text: 'a\u0000b', receivedOn: '2026-07-01' },
        { text: 'ok', receivedOn: '2026-02-30' },
        { text: 'x'.repeat(100_001), receivedOn: '2026-07-01' },
      ])
        await c.t
          .http()
          .post(`/cases/${caseId(1)}/zienswijze`)
          .set(c.actor)
          .send(body)
          .expect(400);
      await c.t
        .http()
        .post(`/cases/${caseId(1)}/zienswijze`)
        .send({ text: 'ok', receivedOn: '2026-07-01' })
        .expect(401);
      expect(c.hoor.registerZienswijze).not.toHaveBeenCalled();
    });

    it('adopts with a reason (204) and maps the use case refusal to problem+json', async () => {
      await c.t
        .http()
        .post(`/cases/${caseId(1)}/report/adopt`)
        .set(c.actor)
        .send({ reason: 'zienswijze gewogen' })
        .expect(204);
      const { CaseRuleError } = await import('./engine/case');
      c.hoor.adopt.mockRejectedValueOnce(new CaseRuleError('the report is adopted already', 409));
      const res = await c.t
        .http()
        .post(`/cases/${caseId(1)}/report/adopt`)
        .set(c.actor)
        .send({ reason: 'zienswijze gewogen' })
        .expect(409);
      expect(res.body).toMatchObject({ status: 409, detail: 'the report is adopted already' });
    });
  });

  describe('case types', () => {
    it('lists, reads and adds versions; validates path and body', async () => {
      await c.t.http().get('/case-types').set(c.actor).expect(200);
      await c.t.http().get(`/case-types/${MONITORING.code}`).set(c.actor).expect(200);
      await c.t.http().get(`/case-types/${MONITORING.code}/1`).set(c.actor).expect(200);
      expect(c.catalogue.get).toHaveBeenCalledWith(MONITORING.code, 1);
      await c.t.http().get(`/case-types/${MONITORING.code}/x`).set(c.actor).expect(400);
      const { code: _c, version: _v, ...definition } = MONITORING;
      await c.t
        .http()
        .put(`/case-types/${MONITORING.code}`)
        .set(c.actor)
        .send(definition)
        .expect(403);
      await c.t
        .http()
        .put(`/case-types/${MONITORING.code}`)
        .set(c.beheerder)
        .send(definition)
        .expect(200);
      await c.t
        .http()
        .put(`/case-types/${MONITORING.code}`)
        .set(c.beheerder)
        .send({ ...definition, name: 'a\u202Eb' })
        .expect(400);
    });
  });

  it('answers as its /openapi.json says, for every route', async () => {
    expect(await answerProblems(c, OPERATIONS_OF.cases)).toEqual([]);
  });
});
