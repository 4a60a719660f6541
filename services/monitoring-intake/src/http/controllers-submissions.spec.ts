// Submissions, sweeps and deadlines behind the HTTP edge, on fakes.
import { intakeControllers, OPERATIONS_OF } from './controllers.test-app';

describe('monitoring-intake controllers: submissions, sweeps and deadlines (HTTP edge, fakes)', () => {
  const c = intakeControllers(OPERATIONS_OF.consentsAndProviders);

  describe('submissions', () => {
    const asA = { 'x-api-key': 'ok' };
    it('answers a delivery 201, a refused one as problem+json with its fields, a non-object 400', async () => {
      await c.t
        .http()
        .post('/provider/submissions')
        .set(asA)
        .send({ vestigingCode: '10AA00' })
        .expect(201);
      const refused = await c.t
        .http()
        .post('/provider/submissions')
        .set(asA)
        .send({ vestigingCode: '20MB00' })
        .expect(422);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({
        status: 422,
        code: 'invalid-submission',
        errors: [{ in: 'body', path: '/vestigingCode' }],
      });
      const array = await c.t.http().post('/provider/submissions').set(asA).send([{}]).expect(400);
      expect(array.body.detail).toContain('bulk');
      await c.t
        .http()
        .post('/provider/submissions')
        .set(asA)
        .set('content-type', 'text/plain')
        .send('{}')
        .expect(415);
    });

    it('takes a bulk as JSON or NDJSON, and refuses other types with 415', async () => {
      const res = await c.t
        .http()
        .post('/provider/submissions/bulk')
        .set(asA)
        .send([{ vestigingCode: '10AA00' }])
        .expect(200);
      expect(res.body.accepted).toBe(1);
      await c.t
        .http()
        .post('/provider/submissions/bulk')
        .set(asA)
        .set('content-type', 'application/x-ndjson')
        .send('{}\n{}\n')
        .expect(200);
      const csv = await c.t
        .http()
        .post('/provider/submissions/bulk')
        .set(asA)
        .set('content-type', 'text/csv')
        .send('a,b')
        .expect(415);
      expect(csv.body.detail).toContain('application/x-ndjson');
    });

    it('lists and shows deliveries, validating the path', async () => {
      await c.t.http().get('/provider/submissions?schooljaar=2025-2026').set(asA).expect(200);
      await c.t.http().get('/provider/submissions/2025-2026/10AA00').set(asA).expect(200);
      await c.t.http().get('/provider/submissions/2025-2026/10AA01').set(asA).expect(404);
      await c.t.http().get('/provider/submissions/2025-2027/10AA00').set(asA).expect(400);
    });
  });

  describe('sweeps and deadlines', () => {
    it('runs a sweep with a real date, and refuses a date that does not exist', async () => {
      await c.t.http().post('/sweeps/2025-2026?asOf=2026-07-02').expect(401);
      await c.t.http().post('/sweeps/2025-2026?asOf=2026-07-02').set(c.coordinator).expect(200);
      expect(c.f.calls[0]).toEqual(['sweep', '2025-2026', '2026-07-02']);
      const bad = await c.t
        .http()
        .post('/sweeps/2025-2026?asOf=2026-02-30')
        .set(c.coordinator)
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ in: 'query', path: '/asOf' });
      const early = await c.t.http().post('/sweeps/2026-2027').set(c.coordinator).expect(409);
      expect(early.body.error).toBe('deadline-not-passed');
      await c.t.http().get('/sweeps/2025-2026/missing').set(c.coordinator).expect(200);
    });

    it('reads and sets deadlines, 422 for a deadline outside its schooljaar', async () => {
      await c.t.http().get('/deadlines/2025-2026').set(c.coordinator).expect(200);
      await c.t
        .http()
        .put('/deadlines/2026-2027')
        .set(c.beheerder)
        .send({ deadline: '2027-06-15' })
        .expect(200);
      expect(c.f.calls[0]).toEqual(['set', '2026-2027', '2027-06-15', 'beheerder']);
      const bad = await c.t
        .http()
        .put('/deadlines/2027-2028')
        .set(c.beheerder)
        .send({ deadline: '2026-06-15' })
        .expect(422);
      expect(bad.body.issues[0].path).toBe('/deadline');
    });
  });
});
