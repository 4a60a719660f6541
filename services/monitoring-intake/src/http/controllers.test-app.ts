// The monitoring-intake controllers behind the HTTP edge on fakes, shared by controllers.spec.ts
// (consents, providers) and controllers-submissions.spec.ts (submissions, sweeps, deadlines).
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

export const consent = (schooljaar: string, vestigingCode: string, providerId: string) => ({
  schooljaar,
  vestigingCode,
  providerId,
  status: 'granted',
});

export function fakes() {
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

export interface IntakeControllers {
  t: ControllerTestApp;
  f: ReturnType<typeof fakes>;
  // The provider records its consents (monitoring.own-consents).
  school: { 'x-api-key': string };
  tokens: LocalTokens;
  beheerder: { authorization: string };
  coordinator: { authorization: string };
}

/**
 * Starts the app in beforeAll of the calling describe; afterAll checks every
 * answer against /openapi.json and that every operation was answered, except
 * those the other spec answers (coveredElsewhere).
 */
export function intakeControllers(coveredElsewhere: readonly string[]): IntakeControllers {
  const c = { school: { 'x-api-key': 'ok' } } as IntakeControllers;
  const elsewhere = new Set(coveredElsewhere.map((op) => `${op}: no answer checked`));
  beforeAll(async () => {
    c.f = fakes();
    c.tokens = await localTokens();
    c.beheerder = await c.tokens.bearer('beheerder');
    c.coordinator = await c.tokens.bearer('coordinator');
    c.t = await controllerTestApp(
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
          { provide: ConsentsService, useValue: c.f.consents },
          { provide: SubmissionsService, useValue: c.f.submissions },
          { provide: IdempotencyStore, useValue: c.f.idempotency },
          { provide: SweepService, useValue: c.f.sweeps },
          { provide: DeadlinesService, useValue: c.f.deadlines },
          { provide: JobRunner, useValue: c.f.jobs },
          { provide: ProvidersStore, useValue: c.f.store },
        ],
      },
      { guards: [[ProviderAuthGuard, fakeAuth]], auth: c.tokens },
    );
  });
  afterAll(async () => {
    expect((await c.t.checkAnswers({ all: true })).filter((p) => !elsewhere.has(p))).toEqual([]);
    await c.t.close();
  });
  beforeEach(() => (c.f.calls.length = 0));
  return c;
}

/** The operations each spec answers; together, every route (each spec's check leaves out the other's). */
export const OPERATIONS_OF = {
  consentsAndProviders: [
    'PUT /consents/{schooljaar}/{vestigingCode}/{providerId}',
    'DELETE /consents/{schooljaar}/{vestigingCode}/{providerId}',
    'GET /provider/consents',
    'POST /providers',
    'GET /providers',
    'GET /providers/{providerId}',
    'POST /providers/{providerId}/keys',
    'DELETE /providers/{providerId}/keys/{keyId}',
  ],
  submissionsAndSweeps: [
    'GET /deadlines/{schooljaar}',
    'PUT /deadlines/{schooljaar}',
    'POST /provider/submissions',
    'GET /provider/submissions',
    'GET /provider/submissions/{schooljaar}/{vestigingCode}',
    'POST /provider/submissions/bulk',
    'POST /sweeps/{schooljaar}',
    'GET /sweeps/{schooljaar}/missing',
  ],
};
