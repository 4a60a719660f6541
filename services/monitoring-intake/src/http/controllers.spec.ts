import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { ConflictError, NotFoundError, RuleViolationError } from '@inspectorate/http';
import { Clock, FixedClock, JobRunner } from '@inspectorate/scheduling';
import {
  type ControllerTestApp,
  InMemoryStore,
  type LocalTokens,
  controllerTestApp,
  localTokens,
} from '@inspectorate/testing';
import { ConsentsController, ProviderConsentsController } from '../consents/consents.controller';
import { ConsentsService } from '../consents/consents.service';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { ApiKeys, Providers } from '../persistence/collections';
import { ProviderAuthGuard } from '../providers/provider-auth.guard';
import { ProvidersController } from '../providers/providers.controller';
import { ProvidersStore } from '../providers/providers.store';
import { IdempotencyStore } from '../submissions/idempotency.store';
import { SubmissionsController } from '../submissions/submissions.controller';
import { SubmissionsService } from '../submissions/submissions.service';
import { SweepController } from '../sweep/sweep.controller';
import { SweepService } from '../sweep/sweep.service';

const consent = (schooljaar: string, vestigingCode: string, providerId: string) => ({
  schooljaar,
  vestigingCode,
  providerId,
  status: 'granted',
});

function fakes() {
  const calls: unknown[][] = [];
  const consents = {
    async grant(schooljaar: string, vestigingCode: string, providerId: string, actor: string) {
      calls.push(['grant', schooljaar, vestigingCode, providerId, actor]);
      if (providerId === 'unknown') throw new NotFoundError(`no provider ${providerId}`);
      if (vestigingCode === '99ZZ00')
        throw new RuleViolationError(`vestiging ${vestigingCode} is not in the registry`, {
          code: 'unknown-vestiging',
        });
      return {
        consent: consent(schooljaar, vestigingCode, providerId),
        changed: vestigingCode !== '10AA01',
      };
    },
    async withdraw(schooljaar: string, vestigingCode: string, providerId: string) {
      return {
        consent: { ...consent(schooljaar, vestigingCode, providerId), status: 'withdrawn' },
        changed: true,
      };
    },
    async ofProvider(providerId: string, schooljaar?: string) {
      calls.push(['ofProvider', providerId, schooljaar]);
      return [consent('2025-2026', '10AA00', providerId)];
    },
  };
  const submissions = {
    async deliverOne(_providerId: string, body: Record<string, unknown>) {
      if (body['vestigingCode'] === '20MB00')
        return {
          status: 'rejected',
          httpStatus: 422,
          error: 'invalid-submission',
          message: 'the submission is not valid: /vestigingCode is an mbo vestiging',
          issues: [{ path: '/vestigingCode', message: 'is an mbo vestiging' }],
        };
      return {
        status: 'accepted',
        httpStatus: 201,
        submissionId: 's1',
        revision: 1,
        late: false,
        receivedAt: '2026-06-15T10:00:00.000Z',
      };
    },
    async deliver(_providerId: string, items: unknown[]) {
      return items.map(() => ({
        status: 'accepted',
        httpStatus: 201,
        submissionId: 's',
        revision: 1,
        late: false,
        receivedAt: 'x',
      }));
    },
    async listForProvider() {
      return [];
    },
    async forProvider(_p: string, _s: string, vestigingCode: string) {
      return vestigingCode === '10AA00' ? { vestigingCode } : null;
    },
  };
  const idempotency = {
    run: async (
      _s: string,
      _k: string | undefined,
      _r: unknown,
      _n: Date,
      fn: () => Promise<{ status: number; body: unknown }>,
    ) => ({
      ...(await fn()),
      replayed: false,
    }),
  };
  const sweeps = {
    async sweep(schooljaar: string, asOf?: string) {
      calls.push(['sweep', schooljaar, asOf]);
      if (schooljaar === '2026-2027')
        throw new ConflictError('the deadline has not passed', { code: 'deadline-not-passed' });
      return { schooljaar, markedMissing: 0 };
    },
    async missingOf() {
      return [];
    },
  };
  const deadlines = {
    async deadlineFor(schooljaar: string) {
      return { schooljaar, deadline: '2026-07-01' };
    },
    async set(schooljaar: string, deadline: string, actor: string) {
      calls.push(['set', schooljaar, deadline, actor]);
      return { schooljaar, deadline };
    },
  };
  const jobs = {
    runExclusive: async (_job: string, fn: (ctx: { signal: AbortSignal }) => Promise<unknown>) => ({
      ran: true,
      value: await fn({ signal: new AbortController().signal }),
    }),
  };
  const store = { providers: new InMemoryStore(Providers), keys: new InMemoryStore(ApiKeys) };
  return { calls, consents, submissions, idempotency, sweeps, deadlines, jobs, store };
}

/** The provider API's guard, faked: a request with `x-api-key: ok` is provider aanbieder-a. */
const fakeAuth: CanActivate = {
  canActivate(context: ExecutionContext) {
    const req = context.switchToHttp().getRequest();
    if (req.actor) return true; // a JWT, checked by libs/auth's guard
    const providerId = { ok: 'aanbieder-a', 'as-unknown': 'unknown' }[
      req.headers['x-api-key'] as string
    ];
    if (!providerId) return false;
    req.provider = { providerId, keyId: 'k1', by: 'api-key:k1' };
    return true;
  },
};

describe('monitoring-intake controllers (HTTP edge, fakes)', () => {
  let t: ControllerTestApp;
  let f: ReturnType<typeof fakes>;
  // The provider records its consents (monitoring.own-consents).
  const school = { 'x-api-key': 'ok' };
  let tokens: LocalTokens;
  let beheerder: { authorization: string };
  let coordinator: { authorization: string };

  beforeAll(async () => {
    f = fakes();
    tokens = await localTokens();
    beheerder = await tokens.bearer('beheerder');
    coordinator = await tokens.bearer('coordinator');
    t = await controllerTestApp(
      {
        controllers: [
          ConsentsController,
          ProviderConsentsController,
          ProvidersController,
          SubmissionsController,
          SweepController,
        ],
        providers: [
          { provide: Clock, useValue: new FixedClock('2026-06-15T10:00:00Z') },
          { provide: ConsentsService, useValue: f.consents },
          { provide: SubmissionsService, useValue: f.submissions },
          { provide: IdempotencyStore, useValue: f.idempotency },
          { provide: SweepService, useValue: f.sweeps },
          { provide: DeadlinesService, useValue: f.deadlines },
          { provide: JobRunner, useValue: f.jobs },
          { provide: ProvidersStore, useValue: f.store },
        ],
      },
      { guards: [[ProviderAuthGuard, fakeAuth]], auth: tokens },
    );
  });
  afterAll(async () => {
    expect(await t.checkAnswers({ all: true })).toEqual([]);
    await t.close();
  });
  beforeEach(() => (f.calls.length = 0));

  describe('consents', () => {
    it('grants (201 new, 200 again) and withdraws, passing who acted', async () => {
      await t.http().put('/consents/2025-2026/10AA00/aanbieder-a').set(school).expect(201);
      expect(f.calls[0]).toEqual(['grant', '2025-2026', '10AA00', 'aanbieder-a', 'api-key:k1']);
      await t.http().put('/consents/2025-2026/10AA01/aanbieder-a').set(school).expect(200);
      await t.http().delete('/consents/2025-2026/10AA00/aanbieder-a').set(school).expect(200);
    });

    it('maps the use case refusals: unknown provider 404, unknown vestiging 422', async () => {
      const unknown = await t
        .http()
        .put('/consents/2025-2026/10AA00/unknown')
        .set('x-api-key', 'as-unknown')
        .expect(404);
      expect(unknown.body).toMatchObject({
        status: 404,
        code: 'not-found',
        detail: 'no provider unknown',
      });
      const vestiging = await t
        .http()
        .put('/consents/2025-2026/99ZZ00/aanbieder-a')
        .set(school)
        .expect(422);
      expect(vestiging.body).toMatchObject({
        code: 'unknown-vestiging',
        error: 'unknown-vestiging',
      });
    });

    it.each(['1900-1901', '2099-2100', '2022-2023', '2027-2028'])(
      'refuses consents for schooljaar %s, far from the current one (400 naming the window)',
      async (schooljaar) => {
        const res = await t
          .http()
          .put(`/consents/${schooljaar}/10AA00/aanbieder-a`)
          .set(school)
          .expect(400);
        expect(res.body.errors).toEqual([
          {
            in: 'path',
            path: '/schooljaar',
            message:
              'must be from 2023-2024 to 2026-2027 (around the current schooljaar 2025-2026)',
          },
        ]);
        expect(f.calls).toEqual([]);
      },
    );

    it('takes the schooljaren next to the current one', async () => {
      await t.http().put('/consents/2023-2024/10AA00/aanbieder-a').set(school).expect(201);
      await t.http().put('/consents/2026-2027/10AA00/aanbieder-a').set(school).expect(201);
    });

    it('records who acted from the credential, never from an X-Actor header', async () => {
      await t
        .http()
        .put('/consents/2025-2026/10AA00/aanbieder-a')
        .set(school)
        .set('X-Actor', 'director-general')
        .expect(201);
      expect(f.calls[0]).toEqual(['grant', '2025-2026', '10AA00', 'aanbieder-a', 'api-key:k1']);
    });

    it("refuses another provider's consents (403), and a caller without a credential", async () => {
      const res = await t
        .http()
        .put('/consents/2025-2026/10AA00/aanbieder-b')
        .set(school)
        .expect(403);
      expect(res.body).toMatchObject({ code: 'not-your-consent' });
      await t.http().delete('/consents/2025-2026/10AA00/aanbieder-b').set(school).expect(403);
      await t.http().put('/consents/2025-2026/10AA00/aanbieder-a').expect(403);
      await t
        .http()
        .put('/consents/2025-2026/10AA00/aanbieder-a')
        .set(await tokens.bearer('inspecteur'))
        .expect(403);
      expect(f.calls).toEqual([]);
    });

    it('validates every path segment at once', async () => {
      const res = await t
        .http()
        .put('/consents/2025-2027/10AA0/aan%20bieder')
        .set(school)
        .expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
        '/schooljaar',
        '/vestigingCode',
        '/providerId',
      ]);
    });

    it('lists a provider its own consents', async () => {
      await t
        .http()
        .get('/provider/consents?schooljaar=2025-2026')
        .set('x-api-key', 'ok')
        .expect(200);
      expect(f.calls[0]).toEqual(['ofProvider', 'aanbieder-a', '2025-2026']);
      await t
        .http()
        .get('/provider/consents?schooljaar=2025-2026&schooljaar=2024-2025')
        .set('x-api-key', 'ok')
        .expect(400);
      await t.http().get('/provider/consents').expect(403);
    });
  });

  describe('providers', () => {
    it('registers a provider (201), refuses a second time (409) and unsafe names (400)', async () => {
      const created = await t
        .http()
        .post('/providers')
        .set(beheerder)
        .send({ providerId: 'p-1', name: 'Vragenlijst BV' })
        .expect(201);
      expect(created.body.provider).toMatchObject({ providerId: 'p-1', name: 'Vragenlijst BV' });
      expect(created.body.apiKey).toEqual(expect.any(String));
      const again = await t
        .http()
        .post('/providers')
        .set(beheerder)
        .send({ providerId: 'p-1', name: 'Vragenlijst BV' })
        .expect(409);
      expect(again.body.code).toBe('provider-exists');
      for (const name of [
        'Vragen\u0000lijst',
        'Vragen\u001b[31mlijst',
        'BV \u202etxt.exe',
        'half \ud800 surrogate',
      ]) {
        const res = await t
          .http()
          .post('/providers')
          .set(beheerder)
          .send({ providerId: 'p-2', name })
          .expect(400);
        expect(res.body.errors).toEqual([
          { in: 'body', path: '/name', message: expect.stringContaining('control characters') },
        ]);
      }
    });

    it('are for the beheerder only: 401 without a token, 403 for another role', async () => {
      await t.http().get('/providers').expect(401);
      await t.http().get('/providers').set(coordinator).expect(403);
      await t
        .http()
        .post('/providers')
        .set(await tokens.bearer('instrumentaanbieder'))
        .send({ providerId: 'p-9', name: 'X' })
        .expect(403);
    });

    it('answers JSON sent as text/plain with 415 naming application/json, not "/providerId is required"', async () => {
      const res = await t
        .http()
        .post('/providers')
        .set(beheerder)
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ providerId: 'p-3', name: 'X' }))
        .expect(415);
      expect(res.body.detail).toBe('send the body as application/json (got text/plain)');
      expect(res.body.errors).toBeUndefined();
    });

    it('lists, shows, rotates and revokes keys', async () => {
      await t.http().get('/providers').set(beheerder).expect(200);
      await t.http().get('/providers/p-1').set(beheerder).expect(200);
      await t.http().get('/providers/nope').set(beheerder).expect(404);
      const key = await t.http().post('/providers/p-1/keys').set(beheerder).expect(201);
      await t
        .http()
        .post('/providers/p-1/keys')
        .set(beheerder)
        .send({ revokeOthers: 'yes' })
        .expect(400);
      await t.http().delete(`/providers/p-1/keys/${key.body.keyId}`).set(beheerder).expect(204);
      await t.http().delete('/providers/p-1/keys/nokey').set(beheerder).expect(404);
    });
  });

  describe('submissions', () => {
    const asA = { 'x-api-key': 'ok' };
    it('answers a delivery 201, a refused one as problem+json with its fields, a non-object 400', async () => {
      await t
        .http()
        .post('/provider/submissions')
        .set(asA)
        .send({ vestigingCode: '10AA00' })
        .expect(201);
      const refused = await t
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
      const array = await t.http().post('/provider/submissions').set(asA).send([{}]).expect(400);
      expect(array.body.detail).toContain('bulk');
      await t
        .http()
        .post('/provider/submissions')
        .set(asA)
        .set('content-type', 'text/plain')
        .send('{}')
        .expect(415);
    });

    it('takes a bulk as JSON or NDJSON, and refuses other types with 415', async () => {
      const res = await t
        .http()
        .post('/provider/submissions/bulk')
        .set(asA)
        .send([{ vestigingCode: '10AA00' }])
        .expect(200);
      expect(res.body.accepted).toBe(1);
      await t
        .http()
        .post('/provider/submissions/bulk')
        .set(asA)
        .set('content-type', 'application/x-ndjson')
        .send('{}\n{}\n')
        .expect(200);
      const csv = await t
        .http()
        .post('/provider/submissions/bulk')
        .set(asA)
        .set('content-type', 'text/csv')
        .send('a,b')
        .expect(415);
      expect(csv.body.detail).toContain('application/x-ndjson');
    });

    it('lists and shows deliveries, validating the path', async () => {
      await t.http().get('/provider/submissions?schooljaar=2025-2026').set(asA).expect(200);
      await t.http().get('/provider/submissions/2025-2026/10AA00').set(asA).expect(200);
      await t.http().get('/provider/submissions/2025-2026/10AA01').set(asA).expect(404);
      await t.http().get('/provider/submissions/2025-2027/10AA00').set(asA).expect(400);
    });
  });

  describe('sweeps and deadlines', () => {
    it('runs a sweep with a real date, and refuses a date that does not exist', async () => {
      await t.http().post('/sweeps/2025-2026?asOf=2026-07-02').expect(401);
      await t.http().post('/sweeps/2025-2026?asOf=2026-07-02').set(coordinator).expect(200);
      expect(f.calls[0]).toEqual(['sweep', '2025-2026', '2026-07-02']);
      const bad = await t
        .http()
        .post('/sweeps/2025-2026?asOf=2026-02-30')
        .set(coordinator)
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ in: 'query', path: '/asOf' });
      const early = await t.http().post('/sweeps/2026-2027').set(coordinator).expect(409);
      expect(early.body.error).toBe('deadline-not-passed');
      await t.http().get('/sweeps/2025-2026/missing').set(coordinator).expect(200);
    });

    it('reads and sets deadlines, 422 for a deadline outside its schooljaar', async () => {
      await t.http().get('/deadlines/2025-2026').set(coordinator).expect(200);
      await t
        .http()
        .put('/deadlines/2026-2027')
        .set(beheerder)
        .send({ deadline: '2027-06-15' })
        .expect(200);
      expect(f.calls[0]).toEqual(['set', '2026-2027', '2027-06-15', 'beheerder']);
      const bad = await t
        .http()
        .put('/deadlines/2027-2028')
        .set(beheerder)
        .send({ deadline: '2026-06-15' })
        .expect(422);
      expect(bad.body.issues[0].path).toBe('/deadline');
    });
  });
});
